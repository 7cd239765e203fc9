package dev.switchboard.contract;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.switchboard.contract.Contracts.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.switchboard.bcrumbs.AgentWithApiKey;
import dev.switchboard.bcrumbs.BcrumbsClient;
import dev.switchboard.bcrumbs.graphql.AgentsQuery;
import dev.switchboard.bcrumbs.graphql.CreateAgentMutation;
import dev.switchboard.bcrumbs.graphql.CreateAgentWithApiKeyMutation;
import dev.switchboard.bcrumbs.graphql.PatchAgentMutation;
import dev.switchboard.bcrumbs.graphql.type.AgentCreateInput;
import dev.switchboard.bcrumbs.graphql.type.AgentCreateWithApiKeyInput;
import dev.switchboard.bcrumbs.graphql.type.AgentPatchInput;
import dev.switchboard.bcrumbs.graphql.type.AgentsInput;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.ValidationException;
import dev.switchboard.runtime.http.RetryPolicy;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the SDK sends to bcrumbs' GraphQL gateway and what it makes of the answers. Pact has no
 * GraphQL DSL: each operation is a JSON POST whose body holds the generated operation's exact
 * document and name, with type-matched variables.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "bcrumbs", pactVersion = PactSpecVersion.V4, hostInterface = LOOPBACK)
class BcrumbsContractTest {
  /** The spec's endpoint path (POST https://gateway.bcrumbs.net/core/gq). */
  static final String ENDPOINT = "/core/gq";
  private static final String KEY = "bcrumbs-test-api-key";
  private static final String ISSUED = "bc_test_issued_key_0a1b2c";

  private static BcrumbsClient client(MockServer server) {
    return BcrumbsClient.builder().baseUrl(server.getUrl() + ENDPOINT).apiKey(KEY)
        .retryPolicy(RetryPolicy.none()).build();
  }

  /** A GraphQL POST: the raw API key in {@code authorization}, the operation in the body. */
  private static PactDslRequestWithPath operation(PactDslWithProvider p, String state, String description,
      String name, String document, Consumer<LambdaDslObject> input) {
    return p.given(state).uponReceiving(description).method("POST").path(ENDPOINT)
        .matchHeader("authorization", NON_BLANK, KEY)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(newJsonBody(b -> b
            .stringValue("operationName", name)
            .stringValue("query", document)
            .object("variables", v -> v.object("input", input))).build());
  }

  private static Consumer<LambdaDslObject> agentFields(String id, String name) {
    return a -> a
        .stringType("id", id)
        .stringType("userId", "u1")
        .stringType("name", name)
        .stringType("surname", "Agent")
        .stringType("email", "ann@example.com");
  }

  private static DslPart data(String field, Consumer<LambdaDslObject> value) {
    return newJsonBody(b -> b.object("data", d -> d.object(field, value))).build();
  }

  private static DslPart errors(String field, String code, String message) {
    return newJsonBody(b -> b
        .minArrayLike("errors", 1, e -> e
            .stringType("message", message)
            .array("path", path -> path.stringValue(field))
            .object("extensions", x -> x.stringValue("code", code)))
        .nullValue("data")).build();
  }

  // ---- agents ----

  @Pact(consumer = CONSUMER)
  V4Pact agents(PactDslWithProvider p) {
    // The first page: only input fields the seed documents (Pact allows no unexpected keys).
    return operation(p, "workspace 12 has agent id_123", "query the first page of agents of workspace 12",
            AgentsQuery.OPERATION_NAME, AgentsQuery.OPERATION_DOCUMENT,
            i -> i.integerType("workspaceId", 12))
        .willRespondWith().status(200)
        .body(data("agents", a -> a
            .minArrayLike("nodes", 1, agentFields("id_123", "Ann"))
            .object("pageInfo", pi -> pi
                .booleanValue("hasNextPage", false)
                .stringType("endCursor", "cursor_123")
                .integerType("count", 1))))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "agents")
  void agents(MockServer server) {
    AgentsQuery.Agents page = client(server).agents(AgentsInput.builder().workspaceId(12).build());

    assertThat(page.nodes).hasSize(1);
    assertThat(page.nodes.get(0).id).isEqualTo("id_123");
    assertThat(page.nodes.get(0).email).isEqualTo("ann@example.com");
    assertThat(page.pageInfo.hasNextPage).isFalse();
    assertThat(page.pageInfo.endCursor).isEqualTo("cursor_123");
    assertThat(page.pageInfo.count).isEqualTo(1);
  }

  @Pact(consumer = CONSUMER)
  V4Pact agentsUnauthenticated(PactDslWithProvider p) {
    return operation(p, "the API key is revoked", "query agents with a revoked API key",
            AgentsQuery.OPERATION_NAME, AgentsQuery.OPERATION_DOCUMENT, i -> i.integerType("workspaceId", 12))
        .willRespondWith().status(200)
        .body(errors("agents", "UNAUTHENTICATED", "Invalid API key"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "agentsUnauthenticated")
  void anUnauthenticatedErrorIsAnAuthenticationException(MockServer server) {
    assertThatThrownBy(() -> client(server).agents(AgentsInput.builder().workspaceId(12).build()))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.provider()).isEqualTo("bcrumbs");
          assertThat(e.operation()).isEqualTo("agents");
          assertThat(e.graphQlErrors()).hasSize(1);
          assertThat(e.graphQlErrors().get(0).code()).isEqualTo("UNAUTHENTICATED");
          assertThat(e.getMessage()).doesNotContain(KEY);
        });
  }

  // ---- createAgent ----

  @Pact(consumer = CONSUMER)
  V4Pact createAgent(PactDslWithProvider p) {
    return operation(p, "workspace 12 has user u1 without an agent", "create an agent for user u1 in workspace 12",
            CreateAgentMutation.OPERATION_NAME, CreateAgentMutation.OPERATION_DOCUMENT,
            i -> i.integerType("workspaceId", 12)
                .stringType("userId", "u1")
                .stringType("name", "Ann")
                .stringType("surname", "Agent")
                .stringType("email", "ann@example.com"))
        .willRespondWith().status(200)
        .body(data("createAgent", agentFields("id_124", "Ann")))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createAgent")
  void createAgent(MockServer server) {
    CreateAgentMutation.CreateAgent created = client(server).createAgent(AgentCreateInput.builder()
        .workspaceId(12).userId("u1").name("Ann").surname("Agent").email("ann@example.com").build());

    assertThat(created.id).isEqualTo("id_124");
    assertThat(created.userId).isEqualTo("u1");
    assertThat(created.surname).isEqualTo("Agent");
  }

  @Pact(consumer = CONSUMER)
  V4Pact createAgentInvalidEmail(PactDslWithProvider p) {
    return operation(p, "workspace 12 has user u1 without an agent", "create an agent with an invalid email",
            CreateAgentMutation.OPERATION_NAME, CreateAgentMutation.OPERATION_DOCUMENT,
            i -> i.integerType("workspaceId", 12)
                .stringType("userId", "u1")
                .stringType("name", "Ann")
                .stringValue("email", "not-an-email"))
        .willRespondWith().status(200)
        .body(errors("createAgent", "BAD_USER_INPUT", "email is not a valid email address"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createAgentInvalidEmail")
  void aBadUserInputErrorIsAValidationException(MockServer server) {
    assertThatThrownBy(() -> client(server).createAgent(AgentCreateInput.builder()
        .workspaceId(12).userId("u1").name("Ann").email("not-an-email").build()))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.operation()).isEqualTo("createAgent");
          assertThat(e.graphQlErrors().get(0).code()).isEqualTo("BAD_USER_INPUT");
          assertThat(e.graphQlErrors().get(0).message()).contains("email");
        });
  }

  // ---- createAgentWithApiKey ----

  @Pact(consumer = CONSUMER)
  V4Pact createAgentWithApiKey(PactDslWithProvider p) {
    return operation(p, "workspace 12 exists", "create agent Bot with an API key in workspace 12",
            CreateAgentWithApiKeyMutation.OPERATION_NAME, CreateAgentWithApiKeyMutation.OPERATION_DOCUMENT,
            i -> i.integerType("workspaceId", 12).stringType("name", "Bot").stringType("apiKeyLabel", "Support bot"))
        .willRespondWith().status(200)
        .body(data("createAgentWithApiKey", r -> r
            .object("agent", a -> a
                .stringType("id", "id_125")
                .integerType("workspaceId", 12)
                .stringType("userId", "synthetic-1")
                .stringType("name", "Bot")
                .nullValue("surname")
                .stringValue("email", "")
                .datetime("createdAt", ISO_DATE_TIME, WHEN))
            .object("apiKey", k -> k
                .integerType("workspaceId", 12)
                .stringType("id", "k1")
                .stringType("key", ISSUED)
                .stringType("label", "Support bot")
                .stringType("agentId", "id_125")
                .datetime("createdAt", ISO_DATE_TIME, WHEN))))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createAgentWithApiKey")
  void createAgentWithApiKey(MockServer server) {
    AgentWithApiKey created = client(server).createAgentWithApiKey(AgentCreateWithApiKeyInput.builder()
        .workspaceId(12).name("Bot").apiKeyLabel("Support bot").build());

    assertThat(created.agent().id).isEqualTo("id_125");
    assertThat(created.agent().surname).isNull();
    assertThat(created.agent().createdAt).isEqualTo(OffsetDateTime.parse(WHEN.toString()));
    assertThat(created.apiKey().agentId()).isEqualTo("id_125");
    assertThat(created.apiKey().label()).isEqualTo("Support bot");
    assertThat(created.apiKey().takeKey()).isEqualTo(ISSUED);
  }

  // ---- patchAgent ----

  @Pact(consumer = CONSUMER)
  V4Pact patchAgent(PactDslWithProvider p) {
    return operation(p, "workspace 12 has agent id_123", "rename agent id_123 of workspace 12",
            PatchAgentMutation.OPERATION_NAME, PatchAgentMutation.OPERATION_DOCUMENT,
            i -> i.integerType("workspaceId", 12)
                .stringType("id", "id_123")
                .stringType("name", "Renamed")
                .stringType("surname", "Agent"))
        .willRespondWith().status(200)
        .body(data("patchAgent", agentFields("id_123", "Renamed")))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "patchAgent")
  void patchAgent(MockServer server) {
    PatchAgentMutation.PatchAgent patched = client(server).patchAgent(AgentPatchInput.builder()
        .workspaceId(12).id("id_123").name("Renamed").surname("Agent").build());

    assertThat(patched.id).isEqualTo("id_123");
    assertThat(patched.name).isEqualTo("Renamed");
  }

  @Pact(consumer = CONSUMER)
  V4Pact patchMissingAgent(PactDslWithProvider p) {
    return operation(p, "workspace 12 has no agent missing", "rename agent missing, which does not exist",
            PatchAgentMutation.OPERATION_NAME, PatchAgentMutation.OPERATION_DOCUMENT,
            i -> i.integerType("workspaceId", 12).stringValue("id", "missing").stringType("name", "Renamed"))
        .willRespondWith().status(200)
        .body(errors("patchAgent", "NOT_FOUND", "Agent not found"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "patchMissingAgent")
  void aGraphQlNotFoundErrorIsANotFoundException(MockServer server) {
    assertThatThrownBy(() -> client(server).patchAgent(AgentPatchInput.builder()
        .workspaceId(12).id("missing").name("Renamed").build()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.operation()).isEqualTo("patchAgent");
          assertThat(e.graphQlErrors()).hasSize(1);
          assertThat(e.graphQlErrors().get(0).code()).isEqualTo("NOT_FOUND");
          assertThat(e.graphQlErrors().get(0).path()).containsExactly("patchAgent");
          assertThat(e.partialData()).isEmpty();
        });
  }
}
