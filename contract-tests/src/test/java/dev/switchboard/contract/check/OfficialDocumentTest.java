package dev.switchboard.contract.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A spec cut from a platform's official OpenAPI document keeps what it keeps unchanged. Each
 * {@code specs/<id>/official/source.properties} names the official repository, commit and path,
 * the stored copy's SHA-256 and our cut ({@code spec}); the cut is compared with the copy by
 * {@link OfficialDocuments}, and every operation's {@code x-source} must name the file and commit.
 */
class OfficialDocumentTest {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final java.util.Set<String> METHODS =
      java.util.Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private static final String OFFICIAL = String.join("\n",
      "openapi: 3.0.1",
      "info: {title: Acme, version: '2.0'}",
      "tags: [{name: Admins}, {name: Other}]",
      "paths:",
      "  /admins:",
      "    parameters: [{name: Acme-Version, in: header, schema: {type: string}}]",
      "    get: {summary: List admins, responses: {'200': {description: ok}}}",
      "    post: {summary: Create admin, responses: {'200': {description: ok}}}",
      "  /teams:",
      "    get: {summary: List teams, responses: {'200': {description: ok}}}",
      "components:",
      "  schemas:",
      "    admin: {type: object, properties: {id: {type: string}, email: {type: string}, away_mode_enabled: {type: boolean}}}",
      "    team: {type: object, properties: {id: {type: string}}}");

  private static final String CUT = String.join("\n",
      "openapi: 3.0.1",
      "info: {title: Acme, version: '2.0', x-unknowns: [rate limits]}",
      "paths:",
      "  /admins:",
      "    parameters: [{name: Acme-Version, in: header, schema: {type: string}}]",
      "    get: {summary: List admins, x-source: acme/openapi@abc descriptions/2.0, responses: {'200': {description: ok}}}",
      "components:",
      "  schemas:",
      "    admin: {type: object, properties: {id: {type: string}, email: {type: string}, away_mode_enabled: {type: boolean}}}");

  private static JsonNode yaml(String text) {
    try {
      return YAML.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aCutThatLeavesOutWholeThingsAndAddsOnlyExtensionsIsFaithful() {
    assertThat(OfficialDocuments.differences(yaml(CUT), yaml(OFFICIAL))).isEmpty();
  }

  @Test
  void aFieldLeftOutOfAKeptSchemaIsReported() {
    String cut = CUT.replace(", away_mode_enabled: {type: boolean}", "");
    assertThat(OfficialDocuments.differences(yaml(cut), yaml(OFFICIAL)))
        .containsExactly("/components/schemas/admin/properties/away_mode_enabled: left out of a kept object");
  }

  @Test
  void aRenamedFieldIsReportedBothWays() {
    String cut = CUT.replace("email: {type: string}", "mail: {type: string}");
    assertThat(OfficialDocuments.differences(yaml(cut), yaml(OFFICIAL))).containsExactlyInAnyOrder(
        "/components/schemas/admin/properties/mail: not in the official document (added or renamed)",
        "/components/schemas/admin/properties/email: left out of a kept object");
  }

  @Test
  void aChangedValueAPathLevelParameterLeftOutAndAnInventedPathAreReported() {
    String cut = CUT.replace("summary: List admins", "summary: List all admins")
        .replace("    parameters: [{name: Acme-Version, in: header, schema: {type: string}}]\n", "")
        .replace("paths:\n", "paths:\n  /bots:\n    get: {summary: Bots}\n");
    assertThat(OfficialDocuments.differences(yaml(cut), yaml(OFFICIAL))).containsExactlyInAnyOrder(
        "/paths/~1admins/get/summary: \"List all admins\", the official document has \"List admins\"",
        "/paths/~1admins/parameters: left out of a kept object",
        "/paths/~1bots: no such path in the official document");
  }

  @Test
  void everyStoredOfficialDocumentMatchesItsCutAndItsSource() throws Exception {
    List<Path> sources;
    try (Stream<Path> files = Files.walk(Locations.specsDir())) {
      sources = files.filter(f -> f.getFileName().toString().equals("source.properties")
          && f.getParent().getFileName().toString().equals(OfficialDocuments.FOLDER)).sorted().collect(Collectors.toList());
    }
    assertThat(sources).as("specs cut from an official document").isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (Path source : sources) {
      problems.addAll(check(source));
    }
    assertThat(problems).isEmpty();
  }

  private static List<String> check(Path source) throws Exception {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(source)) {
      p.load(in);
    }
    String where = Locations.specsDir().relativize(source).toString();
    List<String> out = new ArrayList<>();
    for (String key : List.of("repository", "commit", "path", "spec", "sha256")) {
      if (p.getProperty(key, "").isBlank()) {
        out.add(where + ": no " + key);
      }
    }
    if (!out.isEmpty()) {
      return out;
    }
    String commit = p.getProperty("commit");
    if (!commit.matches("[0-9a-f]{40}")) {
      out.add(where + ": commit is not a full 40-hex commit id: " + commit);
    }
    String path = p.getProperty("path");
    Path document = source.getParent().resolve(path.substring(path.lastIndexOf('/') + 1));
    Path spec = source.getParent().getParent().resolve(p.getProperty("spec"));
    if (!Files.isRegularFile(document) || !Files.isRegularFile(spec)) {
      out.add(where + ": missing " + (Files.isRegularFile(document) ? spec : document));
      return out;
    }
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(document)));
    if (!sha.equals(p.getProperty("sha256"))) {
      out.add(where + ": the stored official document changed (sha256 " + sha + ")");
    }
    JsonNode cut = YAML.readTree(spec.toFile());
    OfficialDocuments.differences(cut, YAML.readTree(document.toFile())).forEach(d -> out.add(spec.getFileName() + " " + d));
    cut.path("paths").fields().forEachRemaining(item -> item.getValue().fields().forEachRemaining(op -> {
      // One string or a list of them; the official file, its commit and its path must be in it.
      JsonNode named = op.getValue().path("x-source");
      String xs = named.isArray() ? named.toString() : named.asText("");
      if (METHODS.contains(op.getKey())
          && !(xs.contains(path) && xs.contains(commit.substring(0, 7)) && xs.contains(p.getProperty("repository")))) {
        out.add(spec.getFileName() + " " + op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + item.getKey()
            + ": x-source must name " + p.getProperty("repository") + ", the commit and " + path);
      }
    }));
    return out;
  }
}
