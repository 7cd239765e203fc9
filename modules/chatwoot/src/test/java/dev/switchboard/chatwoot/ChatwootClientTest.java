package dev.switchboard.chatwoot;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.chatwoot.api.AgentsApi;
import dev.switchboard.chatwoot.model.Agent;
import dev.switchboard.chatwoot.model.AgentCreate;
import dev.switchboard.chatwoot.model.AgentRole;
import dev.switchboard.chatwoot.model.AgentUpdate;
import dev.switchboard.chatwoot.model.AvailabilityStatus;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.ValidationException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.WireLog;
import dev.switchboard.runtime.testing.LogCapture;
import dev.switchboard.runtime.testing.Loopback;
import dev.switchboard.runtime.testing.ProviderChecks;
import dev.switchboard.runtime.testing.Specs;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ChatwootClientTest {
  private static final String TOKEN = "cw-token-91b2";
  private static final String AGENT = "{\"id\":7,\"account_id\":42,\"availability_status\":\"online\",\"auto_offline\":true,"
      + "\"confirmed\":true,\"email\":\"ann@example.com\",\"available_name\":\"Ann\",\"name\":\"Ann Agent\","
      + "\"role\":\"administrator\",\"thumbnail\":\"\",\"custom_role_id\":null}";

  @RegisterExtension static WireMockExtension server = Loopback.wireMock();
  @RegisterExtension LogCapture logs = new LogCapture();

  private ChatwootClient client() {
    return ChatwootClient.builder().baseUrl(server.baseUrl()).apiAccessToken(TOKEN)
        .retryPolicy(RetryPolicy.none()).wireLog(WireLog.FULL).build();
  }

  private AgentsApi agents() {
    return client().agents();
  }

  @Test
  void specParsesStrictly() {
    Specs.assertParsesStrictly("chatwoot");
  }

  @Test
  void listAgentsDecodesTheBareArray() {
    server.stubFor(get("/api/v1/accounts/42/agents").willReturn(okJson("[" + AGENT + "]")));

    List<Agent> agents = agents().listAgents(42L);

    server.verify(getRequestedFor(urlEqualTo("/api/v1/accounts/42/agents"))
        .withHeader("api_access_token", equalTo(TOKEN)).withHeader("Accept", equalTo("application/json")));
    Agent a = agents.get(0);
    assertThat(a.getId()).isEqualTo(7L);
    assertThat(a.getAccountId()).isEqualTo(42L);
    assertThat(a.getAvailabilityStatus()).isEqualTo(AvailabilityStatus.ONLINE);
    assertThat(a.getRole()).isEqualTo(AgentRole.ADMINISTRATOR);
    assertThat(a.getAutoOffline()).isTrue();
    assertThat(a.getConfirmed()).isTrue();
    assertThat(a.getAvailableName()).isEqualTo("Ann");
    assertThat(a.getCustomRoleId()).isNull();
  }

  @Test
  void addAgentSendsTheGivenFields() {
    server.stubFor(post("/api/v1/accounts/42/agents").willReturn(okJson(AGENT)));

    Agent a = agents().addAgent(42L, new AgentCreate().name("Ann Agent").email("ann@example.com")
        .role(AgentRole.AGENT).availability(AvailabilityStatus.BUSY).autoOffline(false));

    server.verify(postRequestedFor(urlEqualTo("/api/v1/accounts/42/agents"))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalToJson("{\"name\":\"Ann Agent\",\"email\":\"ann@example.com\",\"role\":\"agent\","
            + "\"availability\":\"busy\",\"auto_offline\":false}")));
    assertThat(a.getEmail()).isEqualTo("ann@example.com");
  }

  @Test
  void updateAgentSendsOnlyWhatWasSet() {
    server.stubFor(patch(urlEqualTo("/api/v1/accounts/42/agents/7")).willReturn(okJson(AGENT)));

    agents().updateAgent(42L, 7L, new AgentUpdate().availability(AvailabilityStatus.OFFLINE));
    agents().updateAgent(42L, 7L, new AgentUpdate().name("Ann Renamed"));

    // Chatwoot reads `availability`; `availability_status` would be dropped without an error.
    server.verify(patchRequestedFor(urlEqualTo("/api/v1/accounts/42/agents/7"))
        .withRequestBody(equalToJson("{\"availability\":\"offline\"}")));
    server.verify(patchRequestedFor(urlEqualTo("/api/v1/accounts/42/agents/7"))
        .withRequestBody(equalToJson("{\"name\":\"Ann Renamed\"}")));
  }

  @Test
  void removeAgent() {
    server.stubFor(delete("/api/v1/accounts/42/agents/7").willReturn(ok()));

    agents().removeAgent(42L, 7L);

    server.verify(deleteRequestedFor(urlEqualTo("/api/v1/accounts/42/agents/7")).withHeader("api_access_token", equalTo(TOKEN)));
  }

  @Test
  void documentedErrorsBecomeTypedExceptions() {
    server.stubFor(get("/api/v1/accounts/42/agents").willReturn(aResponse().withStatus(401)
        .withBody("{\"error\":\"You are not authorized to do this action\"}")));
    server.stubFor(delete("/api/v1/accounts/42/agents/99").willReturn(aResponse().withStatus(404)
        .withBody("{\"error\":\"Resource could not be found\"}")));
    server.stubFor(post("/api/v1/accounts/42/agents").willReturn(aResponse().withStatus(422)
        .withBody("{\"message\":\"Email has already been taken\",\"attributes\":[\"email\"]}")));

    assertThatThrownBy(() -> agents().listAgents(42L)).isInstanceOfSatisfying(AuthenticationException.class,
        e -> assertThat(e.body()).contains("not authorized"));
    assertThatThrownBy(() -> agents().removeAgent(42L, 99L)).isInstanceOfSatisfying(NotFoundException.class, e -> {
      assertThat(e.provider()).isEqualTo("chatwoot");
      assertThat(e.operation()).isEqualTo("removeAgent");
    });
    assertThatThrownBy(() -> agents().addAgent(42L, new AgentCreate().name("A").email("a@example.com").role(AgentRole.AGENT)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.body()).contains("\"attributes\":[\"email\"]");
        });
  }

  @Test
  void missingIdsAndRequiredFieldsAreRejectedBeforeSending() {
    // Ids are typed as numbers, so '/', '..' and friends cannot be expressed; null is the one hazard
    // (a client that dropped the segment would hit the collection).
    assertThatThrownBy(() -> agents().removeAgent(42L, null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("id"));
    assertThatThrownBy(() -> agents().addAgent(42L, new AgentCreate().name("A").role(AgentRole.AGENT)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("agentCreate.email"));
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void unknownEnumValuesDecode() {
    server.stubFor(get("/api/v1/accounts/42/agents").willReturn(okJson(
        "[{\"id\":1,\"availability_status\":\"away\",\"role\":\"supervisor\"}]")));

    Agent a = agents().listAgents(42L).get(0);

    assertThat(a.getAvailabilityStatus()).isEqualTo(AvailabilityStatus.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(a.getRole()).isEqualTo(AgentRole.UNKNOWN_DEFAULT_OPEN_API);
  }

  @Test
  void theTokenAppearsNowhere() {
    server.stubFor(get("/api/v1/accounts/42/agents").willReturn(aResponse().withStatus(401)
        .withBody("{\"error\":\"token " + TOKEN + " is invalid\"}")));
    ChatwootClient client = client();

    ApiException thrown = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class, () -> client.agents().listAgents(42L));

    ProviderChecks.assertSecretNowhere(TOKEN, logs, thrown, client, client.agents(), thrown.body());
  }
}
