package dev.switchboard.runtime.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A platform's official JavaScript SDK run by Node as a witness (the LiveChat, Intercom and Twilio
 * oracle tests): {@code src/test/oracle/package.json} (the SDK's exact version pinned, no lock file)
 * and {@code oracle.js} copied into a folder under {@code target/}, npm installing the SDK there when
 * the pinned version is not already installed, and {@code node oracle.js ...} run in that folder.
 *
 * <p>Every process runs without a proxy from the machine's environment ({@code HTTP(S)_PROXY},
 * {@code ALL_PROXY}, {@code NO_PROXY}, either case): the SDKs call 127.0.0.1 directly, or through the
 * proxy a test names itself in {@code env}.
 */
public final class NodeOracle {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> PROXIES = List.of("NO_PROXY", "no_proxy", "HTTP_PROXY", "http_proxy", "HTTPS_PROXY",
      "https_proxy", "ALL_PROXY", "all_proxy");

  private final Path dir;
  private final String node;
  private final List<String> unset;

  private NodeOracle(Path dir, String node, List<String> unset) {
    this.dir = dir;
    this.node = node;
    this.unset = unset;
  }

  /** What a process printed (stdout and stderr together) and its exit code; -1 when it timed out. */
  public record Result(int exit, String output) {}

  /**
   * @param name what is skipped without Node, for the loud line, e.g. {@code "Intercom oracle"}
   * @param lost what that skip leaves unchecked, for the same line
   * @param sdk the npm package pinned in {@code package.json}, e.g. {@code "intercom-client"}
   * @param dir where it is installed and run, e.g. {@code target/ic-oracle}
   * @param unset environment variables the SDK would read besides those the test sets (its fallback
   *     credentials), removed for every process
   * @return the installed oracle; or null when {@code node} is not on the PATH, after one loud line on
   *     stderr (under {@code CI}, which must have Node, that fails instead)
   * @throws Exception when the copy or npm fails
   */
  public static NodeOracle install(String name, String lost, String sdk, Path dir, List<String> unset) throws Exception {
    String node = onPath("node");
    if (node == null) {
      System.err.println("!!!!!!!! " + name + " SKIPPED: `node` is not on the PATH, so " + lost
          + " (install Node 20+; .ci/run requires it) !!!!!!!!");
      // A developer's machine may lack Node; CI must not, so there a missing node fails the build.
      assertThat(System.getenv("CI")).as("node is not on the PATH, and CI is set: CI needs Node 20+").isNull();
      return null;
    }
    String npm = onPath("npm");
    assertThat(npm).as("npm next to node on the PATH (node is there, so the oracle must run)").isNotNull();
    NodeOracle oracle = new NodeOracle(dir, node, List.copyOf(unset));
    Path sources = Path.of("src/test/oracle");
    Files.createDirectories(dir);
    for (String f : List.of("package.json", "oracle.js")) {
      Files.copy(sources.resolve(f), dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
    }
    String pinned = JSON.readTree(sources.resolve("package.json").toFile()).path("dependencies").path(sdk).asText();
    Path installed = dir.resolve("node_modules/" + sdk + "/package.json");
    if (!Files.isRegularFile(installed) || !pinned.equals(JSON.readTree(installed.toFile()).path("version").asText())) {
      // No lock file is written or committed: the exact version is pinned in package.json.
      Result npmInstall = oracle.process(List.of(npm, "install", "--no-package-lock", "--no-audit", "--no-fund",
          "--ignore-scripts", "--loglevel=error"), Map.of(), 300);
      assertThat(npmInstall.exit()).as("npm install in %s:%n%s", dir, npmInstall.output()).isZero();
    }
    assertThat(JSON.readTree(installed.toFile()).path("version").asText()).as("installed " + sdk).isEqualTo(pinned);
    return oracle;
  }

  /**
   * Runs {@code node oracle.js args...} in the oracle's folder, for at most 60 seconds.
   *
   * @param env set for the process (credentials travel here, never on a command line)
   * @param args oracle.js's arguments
   * @return what it printed and its exit code
   * @throws Exception when it cannot be started
   */
  public Result run(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(node, "oracle.js"));
    command.addAll(List.of(args));
    return process(command, env, 60);
  }

  private Result process(List<String> command, Map<String, String> env, int timeoutSeconds) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    Path log = Files.createTempFile("node-oracle", ".log");
    pb.redirectOutput(log.toFile());
    PROXIES.forEach(pb.environment()::remove);
    unset.forEach(pb.environment()::remove);
    pb.environment().putAll(env);
    Process p = pb.start();
    try {
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result(-1, "timed out after " + timeoutSeconds + " s: " + Files.readString(log));
      }
      return new Result(p.exitValue(), Files.readString(log));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static String onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String d : path.split(File.pathSeparator)) {
      Path candidate = Path.of(d, program);
      if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
