package dev.switchboard.contract.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code x-pagination}, the declaration the generated paging is made from
 * ({@code codegen/templates/java-feign/apiPaging.mustache}; for bcrumbs
 * {@code specs/bcrumbs/operations/*.pagination.properties} and {@code codegen/templates/graphql}):
 *
 * <ul>
 *   <li>every operation whose success response carries a next-page cursor (a property named like
 *       {@code nextPageToken}, {@code next_page_id}, {@code nextCursor}, {@code endCursor}) declares
 *       {@code x-pagination} naming it, so no paged list is left to hand-written loops;
 *   <li>each declaration is what the template can use and says where its truth comes from: an
 *       {@code x-source}; {@code itemSchema} the schema of one item; {@code items} an array property
 *       of the response whose items are {@code itemSchema} (or, absent, a response that is such an
 *       array); {@code cursorParam} a query parameter of the operation, with {@code nextCursor} a
 *       string property of the response, both or neither (neither: one response holds every item);
 *   <li>bcrumbs: the declared fields are the ones its operation selects and its schema defines,
 *       and the cursor input is the field the schema marks {@code @assumed}.
 * </ul>
 */
class PaginationRulesTest {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final Pattern CURSOR_FIELD =
      Pattern.compile("(?i)next_?page_?(token|id|cursor|url)|next_?cursor|end_?cursor|continuation_?token");
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** What is wrong with the paging declarations of one OpenAPI spec; empty when nothing is. */
  static List<String> problems(JsonNode spec) {
    List<String> found = new ArrayList<>();
    spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(m -> {
      if (!METHODS.contains(m.getKey())) {
        return;
      }
      JsonNode op = m.getValue();
      String name = op.path("operationId").asText(m.getKey() + " " + path.getKey());
      JsonNode response = success(spec, op);
      JsonNode paging = op.get("x-pagination");
      List<String> cursorFields = new ArrayList<>();
      properties(response).forEachRemaining(p -> {
        if (CURSOR_FIELD.matcher(p.getKey()).matches()) {
          cursorFields.add(p.getKey());
        }
        // One level down too: Twilio keeps its next page's URL in meta.next_page_url.
        properties(resolve(spec, p.getValue())).forEachRemaining(q -> {
          if (CURSOR_FIELD.matcher(q.getKey()).matches()) {
            cursorFields.add(p.getKey() + "." + q.getKey());
          }
        });
      });
      if (paging == null) {
        cursorFields.forEach(f -> found.add(name + ": answers the next-page cursor '" + f + "' but declares no x-pagination"));
        return;
      }
      if (paging.path("x-source").asText("").isBlank()) {
        found.add(name + ": x-pagination has no x-source");
      }
      String itemSchema = paging.path("itemSchema").asText("");
      if (!spec.path("components").path("schemas").has(itemSchema)) {
        found.add(name + ": x-pagination.itemSchema '" + itemSchema + "' is not a schema of the spec");
      }
      JsonNode array = paging.has("items") ? resolve(spec, response.path("properties").path(paging.path("items").asText())) : response;
      if (!"array".equals(array.path("type").asText()) || !refOf(array.path("items")).equals(itemSchema)) {
        found.add(name + ": x-pagination.items " + (paging.has("items") ? "'" + paging.path("items").asText() + "'" : "(the body)")
            + " is not an array of " + itemSchema + " in the response");
      }
      boolean hasCursor = paging.has("cursorParam");
      if (hasCursor != paging.has("nextCursor")) {
        found.add(name + ": x-pagination declares one of cursorParam and nextCursor without the other");
      }
      if (hasCursor) {
        if (!queryParameters(spec, path.getValue(), op).contains(paging.path("cursorParam").asText())) {
          found.add(name + ": x-pagination.cursorParam '" + paging.path("cursorParam").asText() + "' is not a query parameter");
        }
        JsonNode holder = paging.has("nextCursorIn")
            ? resolve(spec, response.path("properties").path(paging.path("nextCursorIn").asText())) : response;
        JsonNode cursor = resolve(spec, holder.path("properties").path(paging.path("nextCursor").asText()));
        if (!"string".equals(cursor.path("type").asText())) {
          found.add(name + ": x-pagination.nextCursor '" + paging.path("nextCursor").asText() + "' is not a string property of the "
              + (paging.has("nextCursorIn") ? "response's '" + paging.path("nextCursorIn").asText() + "'" : "response"));
        }
        if (paging.path("cursorFromUrl").asBoolean(false) && !"uri".equals(cursor.path("format").asText())) {
          found.add(name + ": x-pagination.cursorFromUrl, but nextCursor '" + paging.path("nextCursor").asText() + "' is no URL");
        }
      } else {
        cursorFields.forEach(f -> found.add(name + ": answers the next-page cursor '" + f + "' but x-pagination declares it unpaged"));
      }
    }));
    return found;
  }

  private static JsonNode success(JsonNode spec, JsonNode op) {
    Iterator<Map.Entry<String, JsonNode>> it = op.path("responses").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> r = it.next();
      if (r.getKey().startsWith("2")) {
        return resolve(spec, resolve(spec, r.getValue()).path("content").path("application/json").path("schema"));
      }
    }
    return YAML.missingNode();
  }

  private static Iterator<Map.Entry<String, JsonNode>> properties(JsonNode schema) {
    return schema.path("properties").fields();
  }

  private static Set<String> queryParameters(JsonNode spec, JsonNode pathItem, JsonNode op) {
    Set<String> names = new java.util.HashSet<>();
    for (JsonNode list : List.of(pathItem.path("parameters"), op.path("parameters"))) {
      for (JsonNode p : list) {
        JsonNode param = resolve(spec, p);
        if ("query".equals(param.path("in").asText())) {
          names.add(param.path("name").asText());
        }
      }
    }
    return names;
  }

  private static String refOf(JsonNode node) {
    String ref = node.path("$ref").asText("");
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  /** A local {@code $ref} followed (to any depth); anything else as it is. */
  private static JsonNode resolve(JsonNode spec, JsonNode node) {
    while (node.has("$ref")) {
      node = spec.at(node.get("$ref").asText().substring(1));
    }
    return node;
  }

  private static JsonNode read(Path f) {
    try {
      return YAML.readTree(f.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(f.toString(), e);
    }
  }

  @Test
  void everyPagedOperationDeclaresItsPagingAndEveryDeclarationIsUsable() {
    List<String> found = new ArrayList<>();
    int declared = 0;
    for (Path spec : SpecRulesTest.openApiSpecs(Locations.specsDir())) {
      JsonNode s = read(spec);
      problems(s).forEach(p -> found.add(Locations.specsDir().relativize(spec) + " " + p));
      declared += s.findValues("x-pagination").size();
    }
    assertThat(found).as("paging declarations").isEmpty();
    assertThat(declared).as("list operations with x-pagination (Bird, Chatwoot, ChatCaptain, LiveChat v3.1 and v3.4)")
        .isGreaterThanOrEqualTo(5);
  }

  /** The check bites: each way a declaration can be missing or wrong is reported. */
  @Test
  void theCheckFindsWhatItLooksFor() throws IOException {
    JsonNode bad = YAML.readTree(String.join("\n",
        "openapi: 3.0.3",
        "paths:",
        "  /undeclared:",
        "    get:",
        "      operationId: undeclared",
        "      responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/List'}}}}}",
        "  /wrong:",
        "    get:",
        "      operationId: wrong",
        "      parameters: [{name: limit, in: query, schema: {type: integer}}]",
        "      x-pagination: {cursorParam: pageToken, nextCursor: total, items: nope, itemSchema: Missing}",
        "      responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/List'}}}}}",
        "  /unpagedButCursor:",
        "    get:",
        "      operationId: unpagedButCursor",
        "      x-pagination: {items: results, itemSchema: Item, x-source: seed}",
        "      responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/List'}}}}}",
        "  /good:",
        "    get:",
        "      operationId: good",
        "      parameters: [{name: pageToken, in: query, schema: {type: string}}]",
        "      x-pagination: {cursorParam: pageToken, nextCursor: nextPageToken, items: results, itemSchema: Item, x-source: seed}",
        "      responses: {'200': {content: {application/json: {schema: {$ref: '#/components/schemas/List'}}}}}",
        "  /bare:",
        "    get:",
        "      operationId: bare",
        "      x-pagination: {itemSchema: Item, x-source: seed}",
        "      responses: {'200': {content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Item'}}}}}}",
        "  /nested:",
        "    get:",
        "      operationId: nested",
        "      responses: {'200': {content: {application/json: {schema: {type: object, properties: {"
            + "items: {type: array, items: {$ref: '#/components/schemas/Item'}}, "
            + "meta: {type: object, properties: {next_page_url: {type: string, format: uri}}}}}}}}}",
        "components:",
        "  schemas:",
        "    Item: {type: object}",
        "    List:",
        "      type: object",
        "      properties:",
        "        results: {type: array, items: {$ref: '#/components/schemas/Item'}}",
        "        nextPageToken: {type: string}",
        "        total: {type: integer}"));
    assertThat(problems(bad)).containsExactlyInAnyOrder(
        "undeclared: answers the next-page cursor 'nextPageToken' but declares no x-pagination",
        "nested: answers the next-page cursor 'meta.next_page_url' but declares no x-pagination",
        "wrong: x-pagination has no x-source",
        "wrong: x-pagination.itemSchema 'Missing' is not a schema of the spec",
        "wrong: x-pagination.items 'nope' is not an array of Missing in the response",
        "wrong: x-pagination.cursorParam 'pageToken' is not a query parameter",
        "wrong: x-pagination.nextCursor 'total' is not a string property of the response",
        "unpagedButCursor: answers the next-page cursor 'nextPageToken' but x-pagination declares it unpaged");
  }

  // ---- bcrumbs (GraphQL) ----

  @Test
  void bcrumbsPagingNamesWhatItsOperationSelectsAndTheAssumedCursor() throws IOException {
    Path dir = Locations.specsDir().resolve("bcrumbs");
    Properties paging = new Properties();
    paging.load(new StringReader(Files.readString(dir.resolve("operations/agents.pagination.properties"), StandardCharsets.UTF_8)));
    assertThat(Files.readString(dir.resolve("operations/agents.pagination.properties"), StandardCharsets.UTF_8))
        .as("the declaration says where its truth comes from").contains("# x-source: seed 004", "# x-source: assumption");
    String operation = Files.readString(dir.resolve("operations/" + paging.getProperty("paging.operation") + ".graphql"), StandardCharsets.UTF_8)
        .replaceAll("#[^\\n]*", "").replaceAll("\\s+", " ");
    String schema = Files.readString(dir.resolve("schema.graphqls"), StandardCharsets.UTF_8);

    assertThat(operation).as("the operation selects the declared fields")
        .contains(paging.getProperty("paging.operation") + "(input: $input) { " + paging.getProperty("paging.items") + " {")
        .contains(paging.getProperty("paging.pageInfo") + " { " + paging.getProperty("paging.hasNextPage") + " "
            + paging.getProperty("paging.endCursor"));
    assertThat(schema).as("the schema defines them")
        .containsPattern("(?m)^  " + paging.getProperty("paging.hasNextPage") + ": Boolean$")
        .containsPattern("(?m)^  " + paging.getProperty("paging.endCursor") + ": String$");
    assertThat(schema).as("the cursor input is the one the schema marks as assumed")
        .containsPattern("(?m)^  " + paging.getProperty("paging.cursorInput") + ": String @assumed\\(");
  }
}
