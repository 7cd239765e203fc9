package dev.switchboard.bcrumbs;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.switchboard.bcrumbs.graphql.AgentsQuery;
import dev.switchboard.bcrumbs.graphql.CreateAgentMutation;
import dev.switchboard.bcrumbs.graphql.CreateAgentWithApiKeyMutation;
import dev.switchboard.bcrumbs.graphql.PatchAgentMutation;
import dev.switchboard.bcrumbs.graphql.type.AgentCreateInput;
import dev.switchboard.bcrumbs.graphql.type.AgentCreateWithApiKeyInput;
import dev.switchboard.bcrumbs.graphql.type.AgentPatchInput;
import dev.switchboard.bcrumbs.graphql.type.AgentsInput;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.error.GraphQlError;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.PermissionException;
import dev.switchboard.runtime.error.ServerException;
import dev.switchboard.runtime.error.ValidationException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.WireLog;
import dev.switchboard.runtime.testing.LogCapture;
import dev.switchboard.runtime.testing.Loopback;
import dev.switchboard.runtime.testing.ProviderChecks;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BcrumbsClientTest {
  private static final String KEY = "bc-api-key-3e7f";
  private static final String ISSUED = "bc_live_issued_0a1b2c";
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension static WireMockExtension server = Loopback.wireMock();
  @RegisterExtension LogCapture logs = new LogCapture();

  private BcrumbsClient client() {
    return client(RetryPolicy.none());
  }

  private BcrumbsClient client(RetryPolicy policy) {
    return BcrumbsClient.builder().baseUrl(server.baseUrl() + "/core/gq").apiKey(KEY)
        .retryPolicy(policy).wireLog(WireLog.FULL).build();
  }

  /** The body the generated operation must compose: its exact document, its name, these variables. */
  private static String body(String operationName, String document, String variablesJson) {
    return "{\"operationName\":" + q(operationName) + ",\"variables\":" + variablesJson + ",\"query\":" + q(document) + "}";
  }

  private static String q(String s) {
    try {
      return JSON.writeValueAsString(s);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String node(String id) {
    return "{\"id\":\"" + id + "\",\"userId\":\"u-" + id + "\",\"name\":\"N" + id + "\",\"surname\":\"S\",\"email\":\"" + id + "@example.com\"}";
  }

  @Test
  void agentsQuerySendsTheGeneratedDocumentAndDecodes() {
    server.stubFor(post("/core/gq").willReturn(okJson("{\"data\":{\"agents\":{\"nodes\":[" + node("id_123")
        + "],\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":\"cursor_123\",\"count\":1}}}}")));

    AgentsQuery.Agents agents = client().agents(AgentsInput.builder().workspaceId(12).conversationId("c1").name("sample")
        .surname("sample").email("sample@example.com").build());

    assertThat(AgentsQuery.OPERATION_DOCUMENT).contains("query agents($input: AgentsInput!)", "nodes { id userId name surname email }",
        "pageInfo { hasNextPage endCursor count }");
    server.verify(postRequestedFor(urlEqualTo("/core/gq"))
        .withHeader("authorization", equalTo(KEY))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalToJson(body("agents", AgentsQuery.OPERATION_DOCUMENT,
            "{\"input\":{\"workspaceId\":12,\"conversationId\":\"c1\",\"name\":\"sample\",\"surname\":\"sample\",\"email\":\"sample@example.com\"}}"))));
    assertThat(agents.nodes).hasSize(1);
    assertThat(agents.nodes.get(0).email).isEqualTo("id_123@example.com");
    assertThat(agents.pageInfo.endCursor).isEqualTo("cursor_123");
    assertThat(agents.pageInfo.count).isEqualTo(1);
  }

  @Test
  void allAgentsFollowsEndCursorAcrossPages() {
    String page = "{\"data\":{\"agents\":{\"nodes\":[%s],\"pageInfo\":{\"hasNextPage\":%s,\"endCursor\":%s,\"count\":2}}}}";
    server.stubFor(post("/core/gq").withRequestBody(matchingJsonPath("$.variables.input.after", absent()))
        .willReturn(okJson(String.format(page, node("a") + "," + node("b"), true, "\"c1\""))));
    server.stubFor(post("/core/gq").withRequestBody(matchingJsonPath("$.variables.input.after", equalTo("c1")))
        .willReturn(okJson(String.format(page, node("c") + "," + node("d"), true, "\"c2\""))));
    server.stubFor(post("/core/gq").withRequestBody(matchingJsonPath("$.variables.input.after", equalTo("c2")))
        .willReturn(okJson(String.format(page, node("e"), false, "null"))));

    List<String> ids = client().allAgents(AgentsInput.builder().workspaceId(12).email("a@example.com").build()).stream()
        .map(n -> n.id).collect(Collectors.toList());

    assertThat(ids).containsExactly("a", "b", "c", "d", "e");
    List<Map<String, Object>> inputs = sentInputs();
    assertThat(inputs).hasSize(3);
    // The first page carries only fields the seed documents for AgentsInput; later ones add the cursor.
    assertThat(inputs.get(0)).containsOnlyKeys("workspaceId", "email");
    assertThat(inputs.get(1)).containsOnlyKeys("workspaceId", "email", "after").containsEntry("after", "c1");
    assertThat(inputs.get(2)).containsEntry("after", "c2");
  }

  @Test
  void allAgentsStopsWhenHasNextPageIsFalseEvenWithAnEndCursor() {
    // The seed's own example answers hasNextPage false with an endCursor: that cursor is not followed.
    server.stubFor(post("/core/gq").willReturn(okJson(
        "{\"data\":{\"agents\":{\"nodes\":[" + node("id_123") + "],\"pageInfo\":{\"hasNextPage\":false,"
            + "\"endCursor\":\"cursor_123\",\"count\":1}}}}")));

    List<String> ids = client().allAgents(AgentsInput.builder().workspaceId(12).build()).stream()
        .map(n -> n.id).collect(Collectors.toList());

    assertThat(ids).containsExactly("id_123");
    assertThat(sentInputs()).containsExactly(Map.of("workspaceId", 12));
  }

  /** The {@code variables.input} of every agents request the server received, in order. */
  private static List<Map<String, Object>> sentInputs() {
    return server.getAllServeEvents().stream()
        .sorted(java.util.Comparator.comparing(e -> e.getRequest().getLoggedDate()))
        .map(e -> {
          try {
            @SuppressWarnings("unchecked")
            Map<String, Object> input = (Map<String, Object>) ((Map<String, Object>) JSON.readValue(
                e.getRequest().getBodyAsString(), Map.class).get("variables")).get("input");
            return input;
          } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
          }
        })
        .collect(Collectors.toList());
  }

  @Test
  void createAgent() {
    server.stubFor(post("/core/gq").willReturn(okJson("{\"data\":{\"createAgent\":" + node("id_123") + "}}")));

    CreateAgentMutation.CreateAgent created = client().createAgent(AgentCreateInput.builder().workspaceId(12).userId("u1")
        .name("Ann").email("ann@example.com").build());

    server.verify(postRequestedFor(urlEqualTo("/core/gq")).withRequestBody(equalToJson(body("createAgent",
        CreateAgentMutation.OPERATION_DOCUMENT, "{\"input\":{\"workspaceId\":12,\"userId\":\"u1\",\"name\":\"Ann\",\"email\":\"ann@example.com\"}}"))));
    assertThat(created.id).isEqualTo("id_123");
  }

  @Test
  void createAgentWithApiKeyDecodesDateTimesAndHandsTheKeyOutOnce() {
    server.stubFor(post("/core/gq").willReturn(okJson("{\"data\":{\"createAgentWithApiKey\":{"
        + "\"agent\":{\"id\":\"a1\",\"workspaceId\":12,\"userId\":\"syn-1\",\"name\":\"Bot\",\"surname\":null,\"email\":\"\",\"createdAt\":\"2025-08-12T17:36:06.104Z\"},"
        + "\"apiKey\":{\"workspaceId\":12,\"id\":\"k1\",\"key\":\"" + ISSUED + "\",\"label\":\"API key · Bot\",\"agentId\":\"a1\",\"createdAt\":\"2025-08-12T19:36:06+02:00\"}}}}")));

    AgentWithApiKey created = client().createAgentWithApiKey(AgentCreateWithApiKeyInput.builder().workspaceId(12).name("Bot").build());

    server.verify(postRequestedFor(urlEqualTo("/core/gq")).withRequestBody(equalToJson(body("createAgentWithApiKey",
        CreateAgentWithApiKeyMutation.OPERATION_DOCUMENT, "{\"input\":{\"workspaceId\":12,\"name\":\"Bot\"}}"))));
    assertThat(created.agent().createdAt).isEqualTo(OffsetDateTime.parse("2025-08-12T17:36:06.104Z"));
    assertThat(created.apiKey().createdAt()).isEqualTo(OffsetDateTime.parse("2025-08-12T19:36:06+02:00"));
    assertThat(created.apiKey().label()).isEqualTo("API key · Bot");
    assertThat(created.toString()).doesNotContain(ISSUED);
    assertThat(created.apiKey().takeKey()).isEqualTo(ISSUED);
    assertThatThrownBy(() -> created.apiKey().takeKey()).isInstanceOf(IllegalStateException.class).hasMessageContaining("only once");
    assertThat(logs.text()).contains("createAgentWithApiKey").doesNotContain(ISSUED, KEY);
  }

  @Test
  void patchAgentTellsAbsentFromExplicitNull() {
    server.stubFor(post("/core/gq").willReturn(okJson("{\"data\":{\"patchAgent\":" + node("id_123") + "}}")));

    client().patchAgent(AgentPatchInput.builder().workspaceId(12).id("id_123").name("Renamed").build());
    client().patchAgent(AgentPatchInput.builder().workspaceId(12).id("id_123").name("Renamed").surname(null).build());

    server.verify(postRequestedFor(urlEqualTo("/core/gq")).withRequestBody(equalToJson(body("patchAgent",
        PatchAgentMutation.OPERATION_DOCUMENT, "{\"input\":{\"workspaceId\":12,\"id\":\"id_123\",\"name\":\"Renamed\"}}"))));
    server.verify(postRequestedFor(urlEqualTo("/core/gq")).withRequestBody(equalToJson(body("patchAgent",
        PatchAgentMutation.OPERATION_DOCUMENT, "{\"input\":{\"workspaceId\":12,\"id\":\"id_123\",\"name\":\"Renamed\",\"surname\":null}}"))));
  }

  @Test
  void graphQlErrorsWithoutDataAreTypedByCode() {
    String errors = "{\"errors\":[{\"message\":\"%s\",\"path\":[\"%s\"],\"extensions\":{\"code\":\"%s\"}}],\"data\":null}";
    Map<String, Class<? extends ApiException>> byCode = Map.of(
        "UNAUTHENTICATED", AuthenticationException.class, "FORBIDDEN", PermissionException.class,
        "NOT_FOUND", NotFoundException.class, "BAD_USER_INPUT", ValidationException.class,
        "INTERNAL_SERVER_ERROR", ApiException.class);
    byCode.forEach((code, type) -> {
      server.resetAll();
      server.stubFor(post("/core/gq").willReturn(okJson(String.format(errors, "failed " + code, "patchAgent", code))));

      assertThatThrownBy(() -> client().patchAgent(AgentPatchInput.builder().workspaceId(12).id("x").name("n").build()))
          .isExactlyInstanceOf(type)
          .satisfies(t -> {
            ApiException e = (ApiException) t;
            assertThat(e.provider()).isEqualTo("bcrumbs");
            assertThat(e.operation()).isEqualTo("patchAgent");
            assertThat(e.graphQlErrors()).containsExactly(new GraphQlError("failed " + code, List.of("patchAgent"), code, Map.of("code", code)));
            assertThat(e.partialData()).isEmpty();
            assertThat(e.getMessage()).contains(code, "failed " + code);
          });
    });
  }

  @Test
  void graphQlErrorsWithPartialDataKeepTheData() {
    server.stubFor(post("/core/gq").willReturn(okJson("{\"data\":{\"agents\":{\"nodes\":[" + node("a")
        + "],\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":null,\"count\":1}}},"
        + "\"errors\":[{\"message\":\"email hidden\",\"path\":[\"agents\",\"nodes\",0,\"email\"],\"extensions\":{\"code\":\"FORBIDDEN\"}}]}")));

    assertThatThrownBy(() -> client().agents(AgentsInput.builder().workspaceId(12).build()))
        .isInstanceOfSatisfying(PermissionException.class, e -> {
          assertThat(e.graphQlErrors().get(0).path()).containsExactly("agents", "nodes", 0, "email");
          assertThat(e.partialData()).get().isInstanceOfSatisfying(AgentsQuery.Data.class,
              d -> assertThat(d.agents.nodes.get(0).id).isEqualTo("a"));
        });
  }

  @Test
  void httpErrorsMapLikeTheRestClients() {
    server.stubFor(post("/core/gq").willReturn(aResponse().withStatus(401).withBody("{\"message\":\"invalid api key\"}")));
    assertThatThrownBy(() -> client().agents(AgentsInput.builder().workspaceId(12).build()))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.operation()).isEqualTo("agents");
          assertThat(e.status()).isEqualTo(401);
        });

    server.resetAll();
    server.stubFor(post("/core/gq").willReturn(aResponse().withStatus(500).withBody("boom")));
    assertThatThrownBy(() -> client().createAgent(AgentCreateInput.builder().workspaceId(1).userId("u").name("n").email("e").build()))
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.operation()).isEqualTo("createAgent"));
  }

  @Test
  void queriesAreRetriedAndMutationsAreNot() {
    RetryPolicy fast = RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(2)).build();
    server.stubFor(post("/core/gq").withRequestBody(matchingJsonPath("$.operationName", equalTo("agents")))
        .inScenario("q").whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    server.stubFor(post("/core/gq").withRequestBody(matchingJsonPath("$.operationName", equalTo("agents")))
        .inScenario("q").whenScenarioStateIs("up").willReturn(okJson("{\"data\":{\"agents\":{\"nodes\":[],\"pageInfo\":{\"hasNextPage\":false}}}}")));
    server.stubFor(post("/core/gq").withRequestBody(matchingJsonPath("$.operationName", equalTo("createAgent")))
        .willReturn(aResponse().withStatus(503)));

    assertThat(client(fast).agents(AgentsInput.builder().workspaceId(12).build()).nodes).isEmpty();
    assertThatThrownBy(() -> client(fast).createAgent(AgentCreateInput.builder().workspaceId(1).userId("u").name("n").email("e").build()))
        .isInstanceOf(ServerException.class);

    server.verify(2, postRequestedFor(urlEqualTo("/core/gq")).withRequestBody(matchingJsonPath("$.operationName", equalTo("agents"))));
    server.verify(1, postRequestedFor(urlEqualTo("/core/gq")).withRequestBody(matchingJsonPath("$.operationName", equalTo("createAgent"))));
  }

  @Test
  void missingRequiredInputIsRejectedBeforeSending() {
    assertThatThrownBy(() -> client().createAgent(AgentCreateInput.builder().workspaceId(12).name("n").email("e").build()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("input.userId"));
    assertThatThrownBy(() -> client().agents(null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("input"));
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void unknownFieldsInResponsesAreSkipped() {
    server.stubFor(post("/core/gq").willReturn(okJson("{\"data\":{\"patchAgent\":{\"id\":\"a\",\"role\":\"OWNER\",\"name\":\"n\","
        + "\"nested\":{\"x\":[1,2]},\"userId\":null,\"surname\":null,\"email\":null}},\"extensions\":{\"cost\":1}}")));

    PatchAgentMutation.PatchAgent a = client().patchAgent(AgentPatchInput.builder().workspaceId(1).id("a").name("n").build());

    assertThat(a.id).isEqualTo("a");
    assertThat(a.name).isEqualTo("n");
  }

  @Test
  void theApiKeyAppearsNowhere() {
    server.stubFor(post("/core/gq").willReturn(okJson("{\"errors\":[{\"message\":\"key " + KEY + " revoked\",\"extensions\":{\"code\":\"UNAUTHENTICATED\"}}]}")));
    BcrumbsClient client = client();

    ApiException thrown = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
        () -> client.agents(AgentsInput.builder().workspaceId(1).build()));

    ProviderChecks.assertSecretNowhere(KEY, logs, thrown, client, client.graphQl(), thrown.body(), thrown.graphQlErrors());
  }
}
