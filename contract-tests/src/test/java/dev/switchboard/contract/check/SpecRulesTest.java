package dev.switchboard.contract.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rules every spec under {@code specs/} keeps, whichever platform or API version it describes
 * (specs are discovered, so a new one is covered without touching this test):
 *
 * <ul>
 *   <li>provenance: every OpenAPI operation carries a non-blank {@code x-source}; every bcrumbs
 *       root field and operation document carries an {@code # x-source:} comment;
 *   <li>{@code nullable} only beside a {@code type}: OpenAPI 3.0.3 gives it no effect otherwise,
 *       and independent validators refuse such a spec.
 * </ul>
 */
class SpecRulesTest {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /**
   * Every OpenAPI document under specs/, found by content, not by a list of names; a platform's
   * official document kept under {@code specs/<id>/official/} is the platform's, not ours, and is
   * checked against our trimmed spec by {@link OfficialDocumentTest} instead.
   */
  static List<Path> openApiSpecs(Path specs) {
    try (Stream<Path> files = Files.walk(specs)) {
      return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml") || f.toString().endsWith(".json"))
          .filter(f -> !specs.relativize(f).toString().replace('\\', '/').contains("/" + OfficialDocuments.FOLDER + "/"))
          .filter(f -> read(f).has("openapi"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(Path f) {
    try {
      return YAML.readTree(f.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(f.toString(), e);
    }
  }

  static List<String> operationsWithoutSource(JsonNode spec) {
    List<String> missing = new ArrayList<>();
    spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      if (METHODS.contains(op.getKey()) && !hasSource(op.getValue())) {
        missing.add(op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey()
            + " (" + op.getValue().path("operationId").asText("no operationId") + ")");
      }
    }));
    return missing;
  }

  private static boolean hasSource(JsonNode node) {
    JsonNode s = node.get("x-source");
    if (s == null) {
      return false;
    }
    if (s.isArray()) {
      if (s.size() == 0) {
        return false;
      }
      for (JsonNode x : s) {
        if (!x.isTextual() || x.asText().isBlank()) {
          return false;
        }
      }
      return true;
    }
    return s.isTextual() && !s.asText().isBlank();
  }

  static List<String> nullableWithoutType(JsonNode node, String pointer) {
    List<String> found = new ArrayList<>();
    if (node.isObject()) {
      if (node.path("nullable").asBoolean(false) && !node.has("type")) {
        found.add(pointer);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        found.addAll(nullableWithoutType(f.getValue(), pointer + "/" + f.getKey()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        found.addAll(nullableWithoutType(node.get(i), pointer + "/" + i));
      }
    }
    return found;
  }

  @Test
  void everySpecIsFound() {
    List<String> names = openApiSpecs(Locations.specsDir()).stream()
        .map(p -> Locations.specsDir().relativize(p).toString()).collect(Collectors.toList());
    assertThat(names).contains("bird/openapi.yaml", "chatcaptain/openapi.yaml", "chatwoot/openapi.yaml", "livechat/openapi.yaml");
  }

  @Test
  void everyOperationSaysWhereItsTruthComesFrom() {
    List<String> missing = new ArrayList<>();
    for (Path spec : openApiSpecs(Locations.specsDir())) {
      operationsWithoutSource(read(spec)).forEach(op -> missing.add(Locations.specsDir().relativize(spec) + ": " + op));
    }
    assertThat(missing).as("operations without x-source").isEmpty();
  }

  @Test
  void nullableOnlyBesideAType() {
    List<String> found = new ArrayList<>();
    for (Path spec : openApiSpecs(Locations.specsDir())) {
      nullableWithoutType(read(spec), "#").forEach(p -> found.add(Locations.specsDir().relativize(spec) + " " + p));
    }
    assertThat(found).as("nullable without type (no effect in OpenAPI 3.0.3)").isEmpty();
  }

  /** The checks bite: a spec that breaks each rule is reported, one that keeps them is not. */
  @Test
  void theChecksFindWhatTheyLookFor() throws IOException {
    JsonNode bad = YAML.readTree(String.join("\n",
        "openapi: 3.0.3",
        "paths:",
        "  /a:",
        "    parameters: []",
        "    get:",
        "      operationId: noSource",
        "    post:",
        "      operationId: blankSource",
        "      x-source: ' '",
        "    put:",
        "      operationId: sourced",
        "      x-source: seed 000",
        "components:",
        "  schemas:",
        "    X:",
        "      type: object",
        "      properties:",
        "        a:",
        "          nullable: true",
        "          allOf: [{$ref: '#/components/schemas/Y'}]",
        "        b:",
        "          type: object",
        "          nullable: true",
        "          allOf: [{$ref: '#/components/schemas/Y'}]"));
    assertThat(operationsWithoutSource(bad)).containsExactlyInAnyOrder("GET /a (noSource)", "POST /a (blankSource)");
    assertThat(nullableWithoutType(bad, "#")).containsExactly("#/components/schemas/X/properties/a");
  }

  // ---- bcrumbs (GraphQL): provenance as comment annotations ----

  private static final Pattern ROOT_TYPE = Pattern.compile("(?s)\\btype (Query|Mutation) \\{(.*?)\\n\\}");
  private static final Pattern ROOT_FIELD = Pattern.compile("(?m)^  (\\w+)\\(");

  /** Root fields of the schema's Query and Mutation without an {@code # x-source:} comment right above them. */
  static List<String> rootFieldsWithoutSource(String schema) {
    List<String> missing = new ArrayList<>();
    Matcher type = ROOT_TYPE.matcher(schema);
    while (type.find()) {
      String body = type.group(2);
      Matcher field = ROOT_FIELD.matcher(body);
      while (field.find()) {
        String before = body.substring(0, field.start()).stripTrailing();
        String lastLine = before.substring(before.lastIndexOf('\n') + 1).trim();
        if (!lastLine.matches("# x-source: \\S.*")) {
          missing.add(type.group(1) + "." + field.group(1));
        }
      }
    }
    return missing;
  }

  @Test
  void everyGraphQlOperationSaysWhereItsTruthComesFrom() throws IOException {
    List<String> missing = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Locations.specsDir())) {
      for (Path f : files.filter(Files::isRegularFile).sorted().collect(Collectors.toList())) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (f.toString().endsWith(".graphqls")) {
          assertThat(ROOT_TYPE.matcher(text).find()).as(f + " has root types").isTrue();
          rootFieldsWithoutSource(text).forEach(r -> missing.add(Locations.specsDir().relativize(f) + ": " + r));
        } else if (f.toString().endsWith(".graphql") && !text.lines().anyMatch(l -> l.matches("# x-source: \\S.*"))) {
          missing.add(Locations.specsDir().relativize(f) + ": no # x-source: line");
        }
      }
    }
    assertThat(missing).as("GraphQL operations without x-source").isEmpty();
  }

  @Test
  void theGraphQlCheckFindsAFieldWithoutSource() {
    String schema = "type Query {\n  # x-source: seed 004\n  a(x: Int): Int\n  \"\"\"doc\"\"\"\n  b(y: Int): Int\n}\n";
    assertThat(rootFieldsWithoutSource(schema)).containsExactly("Query.b");
  }

  /** The one undocumented input field bcrumbs' client sends is declared, marked, in one place. */
  @Test
  void bcrumbsAssumptionsAreMarked() throws IOException {
    String schema = Files.readString(Locations.specsDir().resolve("bcrumbs/schema.graphqls"), StandardCharsets.UTF_8);
    String documented = schema.substring(schema.indexOf("input AgentsInput {"), schema.indexOf("}", schema.indexOf("input AgentsInput {")));
    assertThat(Pattern.compile("(?m)^  (\\w+):").matcher(documented).results().map(m -> m.group(1)))
        .as("AgentsInput as the seed documents it").containsExactly("workspaceId", "conversationId", "name", "surname", "email");
    assertThat(schema).contains("ASSUMPTION x-assumption: bcrumbs-agents-cursor");
    assertThat(Pattern.compile("(?m)^\\s+(\\w+): [\\w!\\[\\]]+ @assumed\\(").matcher(schema).results().map(m -> m.group(1)))
        .as("input fields marked @assumed").containsExactly("after");
  }
}
