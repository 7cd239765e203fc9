package dev.switchboard.contract.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checks are known to bite: copies of real interactions, broken on purpose and written to a
 * temporary pact, are rejected with a message naming the pact, the interaction and the rule;
 * the unbroken copies pass.
 */
class CheckerBitesIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PactChecker CHECKER = new PactChecker(Locations.specsDir());

  private static final String CHATWOOT_LIST = "list the agents of account 1";
  private static final String CHATWOOT_REMOVE = "remove agent 42 from account 1";
  private static final String BIRD_GET = "get agent a1 of workspace w1";
  private static final String LIVECHAT_CREATE = "create bot agent Helper Bot in group 0";
  private static final String BCRUMBS_AGENTS = "query the first page of agents of workspace 12";

  @TempDir Path tmp;

  /** A deep copy of one interaction of a pact the consumer tests wrote. */
  private static ObjectNode realInteraction(String provider, String description) throws IOException {
    JsonNode pact = JSON.readTree(Locations.pactsDir().resolve("switchboard-" + provider + ".json").toFile());
    for (JsonNode i : pact.get("interactions")) {
      if (description.equals(i.path("description").asText())) {
        return i.deepCopy();
      }
    }
    throw new AssertionError("no interaction \"" + description + "\" in the " + provider + " pact");
  }

  /** Writes a one-interaction V4 pact with the real pact's consumer, provider and metadata. */
  private Path pactWith(String provider, ObjectNode interaction, String fileName) throws IOException {
    ObjectNode real = (ObjectNode) JSON.readTree(Locations.pactsDir().resolve("switchboard-" + provider + ".json").toFile());
    ObjectNode pact = JSON.createObjectNode();
    pact.set("consumer", real.get("consumer"));
    pact.set("provider", real.get("provider"));
    pact.putArray("interactions").add(interaction);
    pact.set("metadata", real.get("metadata"));
    Path file = tmp.resolve(fileName);
    JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), pact);
    return file;
  }

  /** Breaks a copy of a real interaction and returns what the checker says about it. */
  private List<Violation> broken(String provider, String description, String how, Consumer<ObjectNode> breakIt)
      throws IOException {
    ObjectNode copy = realInteraction(provider, description);
    copy.put("description", description + " (broken: " + how + ")");
    breakIt.accept(copy);
    return CHECKER.check(pactWith(provider, copy, "broken-" + provider + ".json")).violations();
  }

  private static ObjectNode requestBody(ObjectNode interaction) {
    return (ObjectNode) interaction.get("request").get("body").get("content");
  }

  private static ObjectNode responseBody(ObjectNode interaction) {
    return (ObjectNode) interaction.get("response").get("body").get("content");
  }

  private static void assertRejected(List<Violation> violations, String provider, String description, String how,
      String rule) {
    String interaction = description + " (broken: " + how + ")";
    assertThat(violations).as("violations").isNotEmpty();
    assertThat(violations).anySatisfy(v -> {
      assertThat(v.rule()).isEqualTo(rule);
      assertThat(v.pact()).isEqualTo("broken-" + provider + ".json");
      assertThat(v.interaction()).isEqualTo(interaction);
      assertThat(v.toString()).contains("broken-" + provider + ".json", "\"" + interaction + "\"", rule);
    });
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "chatwoot    | " + CHATWOOT_LIST,
      "chatwoot    | " + CHATWOOT_REMOVE,
      "bird        | " + BIRD_GET,
      "livechat    | " + LIVECHAT_CREATE,
      "bcrumbs     | " + BCRUMBS_AGENTS})
  void unbrokenCopiesPass(String provider, String description) throws IOException {
    Report report = CHECKER.check(pactWith(provider, realInteraction(provider, description), "copy-" + provider + ".json"));

    assertThat(report.interactions()).isEqualTo(1);
    assertThat(report.violations()).isEmpty();
  }

  // ---- OpenAPI ----

  @Test
  void aResponseFieldOfTheWrongTypeIsRejected() throws IOException {
    String how = "agent id is a string";
    List<Violation> v = broken("chatwoot", CHATWOOT_LIST, how,
        i -> ((ObjectNode) ((ArrayNode) i.get("response").get("body").get("content")).get(0)).put("id", "forty-two"));

    assertRejected(v, "chatwoot", CHATWOOT_LIST, how, "validation.response.body.schema.type");
  }

  @Test
  void anUndocumentedPathIsRejected() throws IOException {
    String how = "undocumented path";
    List<Violation> v = broken("bird", BIRD_GET, how,
        i -> ((ObjectNode) i.get("request")).put("path", "/workspaces/w1/agent/a1"));

    assertRejected(v, "bird", BIRD_GET, how, "validation.request.path.missing");
  }

  @Test
  void aRequestFieldOfTheWrongTypeIsRejected() throws IOException {
    String how = "max_chats_count is a string";
    List<Violation> v = broken("livechat", LIVECHAT_CREATE, how, i -> requestBody(i).put("max_chats_count", "six"));

    assertRejected(v, "livechat", LIVECHAT_CREATE, how, "validation.request.body.schema.type");
  }

  @Test
  void anUndocumentedRequestFieldIsRejected() throws IOException {
    String how = "undocumented field nickname";
    List<Violation> v = broken("livechat", LIVECHAT_CREATE, how, i -> requestBody(i).put("nickname", "Bot"));

    assertRejected(v, "livechat", LIVECHAT_CREATE, how, "validation.request.body.schema.additionalProperties");
  }

  @Test
  void aMissingRequiredRequestFieldIsRejected() throws IOException {
    String how = "no status";
    List<Violation> v = broken("livechat", LIVECHAT_CREATE, how, i -> requestBody(i).remove("status"));

    assertRejected(v, "livechat", LIVECHAT_CREATE, how, "validation.request.body.schema.required");
  }

  @Test
  void anUndocumentedStatusIsRejected() throws IOException {
    String how = "answered 409";
    List<Violation> v = broken("chatwoot", CHATWOOT_REMOVE, how, i -> ((ObjectNode) i.get("response")).put("status", 409));

    assertRejected(v, "chatwoot", CHATWOOT_REMOVE, how, "validation.response.status.unknown");
  }

  @Test
  void aMissingCredentialIsRejected() throws IOException {
    String how = "no Authorization header";
    List<Violation> v = broken("bird", BIRD_GET, how, i -> {
      ObjectNode request = (ObjectNode) i.get("request");
      ((ObjectNode) request.get("headers")).remove("Authorization");
      request.remove("matchingRules");
    });

    assertRejected(v, "bird", BIRD_GET, how, "validation.request.security.missing");
  }

  // ---- GraphQL ----

  @Test
  void anUnknownGraphQlFieldIsRejected() throws IOException {
    String how = "selects nickname";
    List<Violation> v = broken("bcrumbs", BCRUMBS_AGENTS, how, i -> {
      String query = requestBody(i).get("query").asText();
      assertThat(query).contains("nodes { id userId");
      requestBody(i).put("query", query.replace("nodes { id userId", "nodes { id nickname userId"));
    });

    assertRejected(v, "bcrumbs", BCRUMBS_AGENTS, how, "graphql.query.FieldUndefined");
    assertThat(v).anySatisfy(x -> assertThat(x.detail()).contains("nickname"));
  }

  @Test
  void anUnknownOperationNameIsRejected() throws IOException {
    String how = "operationName listAgents";
    List<Violation> v = broken("bcrumbs", BCRUMBS_AGENTS, how, i -> requestBody(i).put("operationName", "listAgents"));

    assertRejected(v, "bcrumbs", BCRUMBS_AGENTS, how, "graphql.request.operationName");
  }

  @Test
  void aMissingRequiredInputFieldIsRejected() throws IOException {
    String how = "no workspaceId";
    List<Violation> v = broken("bcrumbs", BCRUMBS_AGENTS, how,
        i -> ((ObjectNode) requestBody(i).get("variables").get("input")).remove("workspaceId"));

    assertRejected(v, "bcrumbs", BCRUMBS_AGENTS, how, "graphql.variables.requiredField");
  }

  @Test
  void aVariableOfTheWrongScalarTypeIsRejected() throws IOException {
    String how = "workspaceId is a string";
    List<Violation> v = broken("bcrumbs", BCRUMBS_AGENTS, how,
        i -> ((ObjectNode) requestBody(i).get("variables").get("input")).put("workspaceId", "twelve"));

    assertRejected(v, "bcrumbs", BCRUMBS_AGENTS, how, "graphql.variables.type");
  }

  @Test
  void anUnknownInputFieldIsRejected() throws IOException {
    String how = "input has nickname";
    List<Violation> v = broken("bcrumbs", BCRUMBS_AGENTS, how,
        i -> ((ObjectNode) requestBody(i).get("variables").get("input")).put("nickname", "x"));

    assertRejected(v, "bcrumbs", BCRUMBS_AGENTS, how, "graphql.variables.unknownField");
  }

  @Test
  void aResponseThatDoesNotMatchTheSelectionIsRejected() throws IOException {
    String how = "hasNextPage is a string";
    List<Violation> v = broken("bcrumbs", BCRUMBS_AGENTS, how,
        i -> ((ObjectNode) responseBody(i).get("data").get("agents").get("pageInfo")).put("hasNextPage", "no"));

    assertRejected(v, "bcrumbs", BCRUMBS_AGENTS, how, "graphql.response.type");
  }

  @Test
  void anUnselectedResponseFieldIsRejected() throws IOException {
    String how = "node has avatar";
    List<Violation> v = broken("bcrumbs", BCRUMBS_AGENTS, how,
        i -> ((ObjectNode) responseBody(i).get("data").get("agents").get("nodes").get(0)).put("avatar", "x"));

    assertRejected(v, "bcrumbs", BCRUMBS_AGENTS, how, "graphql.response.unselectedField");
  }

  @Test
  void aPactMissingOperationsAndErrorStatusesHasGaps() throws IOException {
    Path onlyGetAgent = pactWith("bird", realInteraction("bird", BIRD_GET), "partial-bird.json");
    Path onlyAgents = pactWith("bcrumbs", realInteraction("bcrumbs", BCRUMBS_AGENTS), "partial-bcrumbs.json");

    List<String> rest = SpecCoverage.restGaps(Locations.specsDir().resolve("bird/openapi.yaml"), onlyGetAgent);
    List<String> graphQl = SpecCoverage.graphQlGaps(Locations.specsDir().resolve("bcrumbs/schema.graphqls"), onlyAgents);

    assertThat(rest).contains("operation GET /workspaces/{workspaceId}/agents/me has no interaction",
            "documented error status 409 is answered by no interaction")
        .doesNotContain("operation GET /workspaces/{workspaceId}/agents/{agentId} has no interaction");
    assertThat(graphQl).containsExactly("root field createAgent is selected by no interaction",
        "root field createAgentWithApiKey is selected by no interaction",
        "root field patchAgent is selected by no interaction");
  }

  @Test
  void aPactOfAnotherConsumerIsRejected() throws IOException {
    ObjectNode copy = realInteraction("bird", BIRD_GET);
    Path file = pactWith("bird", copy, "other-consumer.json");
    ObjectNode pact = (ObjectNode) JSON.readTree(file.toFile());
    pact.putObject("consumer").put("name", "someone-else");
    JSON.writeValue(file.toFile(), pact);

    assertThat(CHECKER.check(file).violations()).anySatisfy(x -> assertThat(x.rule()).isEqualTo("pact.consumer"));
  }
}
