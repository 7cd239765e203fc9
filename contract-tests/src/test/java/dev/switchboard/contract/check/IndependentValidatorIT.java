package dev.switchboard.contract.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every REST pact, checked against its spec by a validator this project does not write:
 * {@code @pactflow/swagger-mock-validator} from npm, the version pinned in
 * {@code contract-tests/validator/package.json} (installed by npm into {@code target/validator-npm} on first use; no lock file).
 * Pacts are discovered by file; {@code contract-tests/validator/providers.properties} maps each
 * pact's provider to its spec, in one place. Without {@code node} on the PATH this says so in one
 * loud line and skips; {@code .ci/run} requires node, so CI never skips it.
 *
 * <p>The validator ignores the path of an OpenAPI 3 {@code servers} URL, while our pacts record
 * full paths (LiveChat's {@code /v3.1/configuration/action/...}). So a spec whose server has a path
 * is handed over with that path written in front of each of its paths: the same operations,
 * nothing else changed.
 */
class IndependentValidatorIT {
  private static final String PACKAGE = "@pactflow/swagger-mock-validator";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();

  private static Path root() {
    return Locations.specsDir().getParent();
  }

  private static Path validatorDir() {
    return root().resolve("contract-tests/validator");
  }

  /** provider -> spec path from the project root, or "graphql". */
  static Map<String, String> providers() {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(validatorDir().resolve("providers.properties"))) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> out = new TreeMap<>();
    p.forEach((k, v) -> out.put(k.toString().trim(), v.toString().trim()));
    return out;
  }

  /** The node command; {@code -Dswitchboard.node=...} points elsewhere (used to try the skip path). */
  private static final String NODE = System.getProperty("switchboard.node", "node");

  private static boolean nodePresent() {
    try {
      Process p = new ProcessBuilder(NODE, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Output and exit code of a command run in {@code dir}; fails the test when it does not end in time. */
  private static Run run(Path dir, long timeoutSeconds, List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile("validator", ".log");
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s");
      }
      return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private record Run(int exit, String output) {}

  private static String pinnedVersion() throws IOException {
    return JSON.readTree(validatorDir().resolve("package.json").toFile()).path("dependencies").path(PACKAGE).asText();
  }

  /** Where npm installs the validator: under target/, so mvn clean removes it, as it does the oracle's. */
  private static Path installDir() {
    return Locations.pactsDir().resolveSibling("validator-npm");
  }

  /** Installs the pinned validator unless that exact version is already there. */
  private static Path installValidator() throws IOException, InterruptedException {
    Files.createDirectories(installDir());
    Files.copy(validatorDir().resolve("package.json"), installDir().resolve("package.json"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path installed = installDir().resolve("node_modules").resolve(PACKAGE);
    Path manifest = installed.resolve("package.json");
    String pinned = pinnedVersion();
    assertThat(pinned).as("package.json pins an exact version").matches("[0-9]+\\.[0-9]+\\.[0-9]+");
    if (!Files.exists(manifest) || !pinned.equals(JSON.readTree(manifest.toFile()).path("version").asText())) {
      // Nested: the validator's postinstall (patch-package) patches its own node_modules/ajv, which a
      // hoisted install moves up a level; in a fresh directory that install then failed.
      Run npm = run(installDir(), 600, List.of("npm", "install", "--no-package-lock", "--no-audit", "--no-fund",
          "--install-strategy=nested", "--loglevel=error"));
      assertThat(npm.exit()).as("npm install in " + installDir() + ":\n" + npm.output()).isZero();
    }
    Path cli = installed.resolve(JSON.readTree(manifest.toFile()).path("bin").path("swagger-mock-validator").asText());
    assertThat(cli).as("the validator's command-line entry").exists();
    return cli;
  }

  /** The spec as the validator should see it: with its server's path in front of each path. */
  static Path specForValidator(Path spec, Path workDir) throws IOException {
    ObjectNode doc = (ObjectNode) YAML.readTree(spec.toFile());
    String base = URI.create(doc.path("servers").path(0).path("url").asText("/")).getPath();
    if (base == null || base.isEmpty() || base.equals("/")) {
      return spec;
    }
    String prefix = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    ObjectNode paths = JSON.createObjectNode();
    doc.path("paths").fields().forEachRemaining(e -> paths.set(prefix + e.getKey(), e.getValue()));
    doc.set("paths", paths);
    doc.putArray("servers").addObject().put("url", "/");
    Path out = workDir.resolve(root().relativize(spec).toString().replace('/', '_') + ".json");
    Files.createDirectories(workDir);
    JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), doc);
    return out;
  }

  static List<Path> pacts() throws IOException {
    if (!Files.isDirectory(Locations.pactsDir())) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(Locations.pactsDir())) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void everyProviderHasASpecThatExists() {
    providers().forEach((provider, spec) -> {
      if (!spec.equals("graphql")) {
        assertThat(root().resolve(spec)).as(provider).isRegularFile();
      }
    });
  }

  @Test
  void everyRestPactPassesTheIndependentValidator() throws Exception {
    List<Path> pacts = pacts();
    assertThat(pacts).as("pacts in " + Locations.pactsDir()).isNotEmpty();
    Map<String, String> providers = providers();
    List<String> unmapped = new ArrayList<>();
    for (Path pact : pacts) {
      String provider = JSON.readTree(pact.toFile()).path("provider").path("name").asText();
      if (!providers.containsKey(provider)) {
        unmapped.add(pact.getFileName() + " (provider '" + provider + "')");
      }
    }
    assertThat(unmapped).as("pacts whose provider has no line in contract-tests/validator/providers.properties").isEmpty();

    if (!nodePresent()) {
      System.out.println("!!!!! SKIPPED: node is not on the PATH, so the independent pact validator ("
          + PACKAGE + ") did not run; install Node 20+ (.ci/run requires it) !!!!!");
      // A developer's machine may lack Node; CI must not, so there a missing node fails the build.
      assertThat(System.getenv("CI")).as("node is not on the PATH, and CI is set: CI needs Node 20+").isNull();
      Assumptions.abort("node is not on the PATH");
    }
    Path cli = installValidator();
    Path work = Locations.pactsDir().resolveSibling("validator-specs");
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Path pact : pacts) {
      String provider = JSON.readTree(pact.toFile()).path("provider").path("name").asText();
      String spec = providers.get(provider);
      if (spec.equals("graphql")) {
        continue;
      }
      Path specFile = specForValidator(root().resolve(spec), work);
      Run r = run(validatorDir(), 300, List.of(NODE, cli.toString(), specFile.toString(), pact.toString()));
      checked++;
      if (r.exit() != 0) {
        failures.add(pact.getFileName() + " against " + spec + ":\n" + r.output());
      }
    }
    assertThat(checked).as("REST pacts checked").isPositive();
    assertThat(failures).as("swagger-mock-validator findings").isEmpty();
  }
}
