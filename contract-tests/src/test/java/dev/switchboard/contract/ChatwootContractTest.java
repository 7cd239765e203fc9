package dev.switchboard.contract;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonArrayMinLike;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.switchboard.contract.Contracts.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.switchboard.chatwoot.ChatwootClient;
import dev.switchboard.chatwoot.api.AgentsApi;
import dev.switchboard.chatwoot.model.Agent;
import dev.switchboard.chatwoot.model.AgentCreate;
import dev.switchboard.chatwoot.model.AgentRole;
import dev.switchboard.chatwoot.model.AgentUpdate;
import dev.switchboard.chatwoot.model.AvailabilityStatus;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.ValidationException;
import dev.switchboard.runtime.http.RetryPolicy;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the SDK sends to Chatwoot's agents API and what it makes of the answers. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "chatwoot", pactVersion = PactSpecVersion.V4, hostInterface = LOOPBACK)
class ChatwootContractTest {
  private static final String TOKEN = "chatwoot-test-token";
  private static final String AGENTS = "/api/v1/accounts/1/agents";

  private static AgentsApi agents(MockServer server) {
    return ChatwootClient.builder().baseUrl(server.getUrl()).apiAccessToken(TOKEN)
        .retryPolicy(RetryPolicy.none()).build().agents();
  }

  /** An Agent as the spec describes it; only the id and the enums' value sets are pinned. */
  private static Consumer<LambdaDslObject> agent(long id, String role, String availability) {
    return a -> a
        .integerType("id", (int) id)
        .integerType("account_id", 1)
        .stringMatcher("availability_status", "online|busy|offline", availability)
        .booleanType("auto_offline", true)
        .booleanType("confirmed", true)
        .stringType("email", "jane@example.com")
        .stringType("provider", "email")
        .stringType("available_name", "Jane")
        .stringType("name", "Jane Doe")
        .stringMatcher("role", "agent|administrator", role)
        .stringType("thumbnail", "")
        .nullValue("custom_role_id");
  }

  private static Consumer<LambdaDslObject> error(String message) {
    return e -> e.stringType("error", message);
  }

  // ---- list agents ----

  @Pact(consumer = CONSUMER)
  V4Pact listAgents(PactDslWithProvider p) {
    return p.given("account 1 exists, the token is an administrator's, agent 42 is in account 1")
        .uponReceiving("list the agents of account 1")
        .method("GET").path(AGENTS)
        .matchHeader("api_access_token", NON_BLANK, TOKEN)
        .headers("Accept", "application/json")
        .willRespondWith().status(200)
        .body(newJsonArrayMinLike(1, arr -> arr.object(agent(42, "agent", "online"))).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listAgents")
  void listAgents(MockServer server) {
    List<Agent> list = agents(server).listAgents(1L);

    assertThat(list).hasSize(1);
    Agent a = list.get(0);
    assertThat(a.getId()).isEqualTo(42L);
    assertThat(a.getAccountId()).isEqualTo(1L);
    assertThat(a.getRole()).isEqualTo(AgentRole.AGENT);
    assertThat(a.getAvailabilityStatus()).isEqualTo(AvailabilityStatus.ONLINE);
    assertThat(a.getEmail()).isEqualTo("jane@example.com");
    assertThat(a.getCustomRoleId()).isNull();
    assertThat(a.getCustomRoleId_JsonNullable().isPresent()).isTrue();
  }

  @Pact(consumer = CONSUMER)
  V4Pact listAgentsUnauthorized(PactDslWithProvider p) {
    return p.given("the token is not valid for account 1")
        .uponReceiving("list the agents of account 1 with an invalid token")
        .method("GET").path(AGENTS)
        .matchHeader("api_access_token", NON_BLANK, TOKEN)
        .willRespondWith().status(401)
        .body(newJsonBody(b -> error("Invalid Access Token").accept(b)).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listAgentsUnauthorized")
  void listAgentsWithAnInvalidTokenIsAnAuthenticationError(MockServer server) {
    assertThatThrownBy(() -> agents(server).listAgents(1L))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.provider()).isEqualTo("chatwoot");
          assertThat(e.operation()).isEqualTo("listAgents");
        });
  }

  // ---- add agent ----

  @Pact(consumer = CONSUMER)
  V4Pact addAgent(PactDslWithProvider p) {
    return p.given("account 1 exists, the token is an administrator's, no agent has email jane@example.com")
        .uponReceiving("add agent Jane Doe to account 1")
        .method("POST").path(AGENTS)
        .matchHeader("api_access_token", NON_BLANK, TOKEN)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(newJsonBody(b -> b
            .stringType("name", "Jane Doe")
            .stringType("email", "jane@example.com")
            .stringMatcher("role", "agent|administrator", "agent")
            .stringValue("availability", "busy")
            .booleanType("auto_offline", false)).build())
        .willRespondWith().status(200)
        .body(newJsonBody(b -> agent(43, "agent", "busy").accept(b)).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "addAgent")
  void addAgent(MockServer server) {
    Agent created = agents(server).addAgent(1L,
        new AgentCreate().name("Jane Doe").email("jane@example.com").role(AgentRole.AGENT)
            .availability(AvailabilityStatus.BUSY).autoOffline(false));

    assertThat(created.getId()).isEqualTo(43L);
    assertThat(created.getName()).isEqualTo("Jane Doe");
    assertThat(created.getProvider()).isEqualTo("email");
    assertThat(created.getAvailabilityStatus()).isEqualTo(AvailabilityStatus.BUSY);
  }

  @Pact(consumer = CONSUMER)
  V4Pact addAgentOverTheLimit(PactDslWithProvider p) {
    return p.given("account 1 exists, the token is an administrator's, the account has no agent licences left")
        .uponReceiving("add an agent to an account without free licences")
        .method("POST").path(AGENTS)
        .matchHeader("api_access_token", NON_BLANK, TOKEN)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(newJsonBody(b -> b
            .stringValue("name", "Jane Doe")
            .stringValue("email", "jane@example.com")
            .stringValue("role", "agent")).build())
        .willRespondWith().status(402)
        .body(newJsonBody(b -> error("Account limit exceeded. Please purchase more licenses").accept(b)).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "addAgentOverTheLimit")
  void addAgentOverTheLicenceLimitIsATypedError(MockServer server) {
    assertThatThrownBy(() -> agents(server).addAgent(1L,
        new AgentCreate().name("Jane Doe").email("jane@example.com").role(AgentRole.AGENT)))
        .isInstanceOfSatisfying(ApiException.class, e -> {
          assertThat(e.status()).isEqualTo(402);
          assertThat(e.provider()).isEqualTo("chatwoot");
          assertThat(e.operation()).isEqualTo("addAgent");
          assertThat(e.body()).contains("Account limit exceeded");
        });
  }

  @Pact(consumer = CONSUMER)
  V4Pact addAgentEmailTaken(PactDslWithProvider p) {
    return p.given("account 1 exists, the token is an administrator's, an agent has email jane@example.com")
        .uponReceiving("add an agent who is already a member of the account")
        .method("POST").path(AGENTS)
        .matchHeader("api_access_token", NON_BLANK, TOKEN)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(newJsonBody(b -> b
            .stringValue("name", "Jane Doe")
            .stringValue("email", "jane@example.com")
            .stringValue("role", "agent")).build())
        .willRespondWith().status(422)
        .body(newJsonBody(b -> b
            .stringType("message", "User has already been taken")
            .array("attributes", a -> a.stringValue("user_id"))).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "addAgentEmailTaken")
  void addAgentWithATakenEmailIsAValidationError(MockServer server) {
    assertThatThrownBy(() -> agents(server).addAgent(1L,
        new AgentCreate().name("Jane Doe").email("jane@example.com").role(AgentRole.AGENT)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.operation()).isEqualTo("addAgent");
          assertThat(e.body()).contains("user_id");
        });
  }

  // ---- update agent ----

  @Pact(consumer = CONSUMER)
  V4Pact updateAgent(PactDslWithProvider p) {
    return p.given("account 1 exists, the token is an administrator's, agent 42 is in account 1")
        .uponReceiving("rename agent 42 of account 1 and make them a busy administrator")
        .method("PATCH").path(AGENTS + "/42")
        .matchHeader("api_access_token", NON_BLANK, TOKEN)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(newJsonBody(b -> b
            .stringType("name", "Jane Roe")
            .stringValue("role", "administrator")
            .stringValue("availability", "busy")).build())
        .willRespondWith().status(200)
        .body(newJsonBody(b -> agent(42, "administrator", "busy").accept(b)).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateAgent")
  void updateAgentSendsOnlyTheSetAttributes(MockServer server) {
    Agent updated = agents(server).updateAgent(1L, 42L,
        new AgentUpdate().name("Jane Roe").role(AgentRole.ADMINISTRATOR).availability(AvailabilityStatus.BUSY));

    assertThat(updated.getId()).isEqualTo(42L);
    assertThat(updated.getRole()).isEqualTo(AgentRole.ADMINISTRATOR);
    assertThat(updated.getAvailabilityStatus()).isEqualTo(AvailabilityStatus.BUSY);
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateAgentEmptyBody(PactDslWithProvider p) {
    return p.given("account 1 exists, the token is an administrator's, agent 42 is in account 1")
        .uponReceiving("update agent 42 with no attributes")
        .method("PATCH").path(AGENTS + "/42")
        .matchHeader("api_access_token", NON_BLANK, TOKEN)
        .matchHeader("Content-Type", JSON, "application/json")
        .body("{}")
        .willRespondWith().status(422)
        .body(newJsonBody(b -> error("param is missing or the value is empty: agent").accept(b)).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateAgentEmptyBody")
  void updateWithNoAttributesIsAValidationError(MockServer server) {
    assertThatThrownBy(() -> agents(server).updateAgent(1L, 42L, new AgentUpdate()))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.body()).contains("param is missing");
        });
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateAgentNotAdministrator(PactDslWithProvider p) {
    return p.given("account 1 exists, the token is an agent's, not an administrator's")
        .uponReceiving("update agent 42 with a token that is not an administrator's")
        .method("PATCH").path(AGENTS + "/42")
        .matchHeader("api_access_token", NON_BLANK, TOKEN)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(newJsonBody(b -> b.stringValue("role", "administrator")).build())
        .willRespondWith().status(401)
        .body(newJsonBody(b -> error("You are not authorized to do this action").accept(b)).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateAgentNotAdministrator")
  void aNonAdministratorGets401Not403(MockServer server) {
    assertThatThrownBy(() -> agents(server).updateAgent(1L, 42L, new AgentUpdate().role(AgentRole.ADMINISTRATOR)))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.operation()).isEqualTo("updateAgent");
        });
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateMissingAgent(PactDslWithProvider p) {
    return p.given("account 1 exists, the token is an administrator's, no agent 999 is in account 1")
        .uponReceiving("update agent 999, which is not in account 1")
        .method("PATCH").path(AGENTS + "/999")
        .matchHeader("api_access_token", NON_BLANK, TOKEN)
        .matchHeader("Content-Type", JSON, "application/json")
        .body(newJsonBody(b -> b.stringValue("role", "agent")).build())
        .willRespondWith().status(404)
        .body(newJsonBody(b -> error("Resource could not be found").accept(b)).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateMissingAgent")
  void updateAMissingAgentIsNotFound(MockServer server) {
    assertThatThrownBy(() -> agents(server).updateAgent(1L, 999L, new AgentUpdate().role(AgentRole.AGENT)))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.operation()).isEqualTo("updateAgent");
        });
  }

  // ---- remove agent ----

  @Pact(consumer = CONSUMER)
  V4Pact removeAgent(PactDslWithProvider p) {
    return p.given("account 1 exists, the token is an administrator's, agent 42 is in account 1")
        .uponReceiving("remove agent 42 from account 1")
        .method("DELETE").path(AGENTS + "/42")
        .matchHeader("api_access_token", NON_BLANK, TOKEN)
        .willRespondWith().status(200)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "removeAgent")
  void removeAgent(MockServer server) {
    var response = agents(server).removeAgentWithHttpInfo(1L, 42L);

    assertThat(response.getStatusCode()).isEqualTo(200);
    assertThat(response.getData()).isNull();
  }

  @Pact(consumer = CONSUMER)
  V4Pact removeMissingAgent(PactDslWithProvider p) {
    return p.given("account 1 exists, the token is an administrator's, no agent 999 is in account 1")
        .uponReceiving("remove agent 999, which is not in account 1")
        .method("DELETE").path(AGENTS + "/999")
        .matchHeader("api_access_token", NON_BLANK, TOKEN)
        .willRespondWith().status(404)
        .body(newJsonBody(b -> error("Resource could not be found").accept(b)).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "removeMissingAgent")
  void removeAMissingAgentIsNotFound(MockServer server) {
    assertThatThrownBy(() -> agents(server).removeAgent(1L, 999L))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.operation()).isEqualTo("removeAgent"));
  }
}
