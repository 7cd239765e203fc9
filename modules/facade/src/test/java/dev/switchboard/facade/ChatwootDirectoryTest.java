package dev.switchboard.facade;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.chatwoot.ChatwootClient;
import dev.switchboard.chatwoot.ChatwootDirectory;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.testing.Loopback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChatwootDirectoryTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();

  private static final String LIST = "/api/v1/accounts/42/agents";
  private static final String ANN = "{\"id\":7,\"name\":\"Ann\",\"email\":\"ann@example.com\",\"role\":\"administrator\",\"availability_status\":\"busy\"}";
  private static final String BO = "{\"id\":8,\"name\":\"Bo\",\"email\":\"bo@example.com\",\"role\":\"agent\",\"availability_status\":\"online\"}";

  private Mode.Ops ops(Mode mode) {
    ChatwootClient client = ChatwootClient.builder().baseUrl(server.baseUrl()).apiAccessToken("cw-facade-token")
        .retryPolicy(RetryPolicy.none()).build();
    return mode.on(ChatwootDirectory.of(client, 42));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listMapsAndFiltersLocally(Mode mode) {
    server.stubFor(get(LIST).willReturn(okJson("[" + ANN + "," + BO + "]")));

    assertThat(ops(mode).list(AgentQuery.ALL)).extracting(Agent::id, Agent::name, Agent::role, Agent::availability)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("7", "Ann", "administrator", Availability.AWAY),
            org.assertj.core.groups.Tuple.tuple("8", "Bo", "agent", Availability.ONLINE));
    assertThat(ops(mode).list(AgentQuery.byEmail("BO@example.com"))).extracting(Agent::id).containsExactly("8");
    assertThat(ops(mode).list(AgentQuery.byName("an"))).extracting(Agent::id).containsExactly("7");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void getAndAvailabilityAreServedByListing(Mode mode) {
    server.stubFor(get(LIST).willReturn(okJson("[" + ANN + "," + BO + "]")));

    assertThat(ops(mode).get("8").email()).isEqualTo("bo@example.com");
    assertThat(ops(mode).availability("7")).isEqualTo(Availability.AWAY);
    assertThatThrownBy(() -> ops(mode).get("99")).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.provider()).isEqualTo("chatwoot"));
    server.verify(3, getRequestedFor(urlEqualTo(LIST)));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createSendsNameEmailRoleAndAvailability(Mode mode) {
    server.stubFor(post(LIST).willReturn(okJson(ANN)));

    Agent a = ops(mode).create(NewAgent.named("Ann").email("ann@example.com").role("administrator")
        .availability(Availability.AWAY).build());

    assertThat(a.id()).isEqualTo("7");
    server.verify(postRequestedFor(urlEqualTo(LIST)).withRequestBody(equalToJson(
        "{\"name\":\"Ann\",\"email\":\"ann@example.com\",\"role\":\"administrator\",\"availability\":\"busy\"}")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createDefaultsRoleToAgentAndRequiresEmail(Mode mode) {
    server.stubFor(post(LIST).willReturn(okJson(BO)));

    ops(mode).create(NewAgent.named("Bo").email("bo@example.com").build());

    server.verify(postRequestedFor(urlEqualTo(LIST)).withRequestBody(equalToJson(
        "{\"name\":\"Bo\",\"email\":\"bo@example.com\",\"role\":\"agent\"}")));
    assertThatThrownBy(() -> ops(mode).create(NewAgent.named("Bo").build()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
    assertThatThrownBy(() -> ops(mode).create(NewAgent.named("Bo").email("b@x").role("owner").build()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("role"));
    server.verify(1, postRequestedFor(urlEqualTo(LIST)));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void updateRenamesAndChangesRoleAndAvailability(Mode mode) {
    server.stubFor(patch(urlEqualTo(LIST + "/7")).willReturn(okJson(ANN)));

    ops(mode).update("7", AgentUpdate.builder().role("agent").availability(Availability.OFFLINE).build());
    ops(mode).setAvailability("7", Availability.ONLINE);
    ops(mode).update("7", AgentUpdate.builder().name("Annie").build());

    // Chatwoot reads `availability` (availability_status is derived and read-only).
    server.verify(patchRequestedFor(urlEqualTo(LIST + "/7")).withRequestBody(equalToJson(
        "{\"role\":\"agent\",\"availability\":\"offline\"}")));
    server.verify(patchRequestedFor(urlEqualTo(LIST + "/7")).withRequestBody(equalToJson("{\"availability\":\"online\"}")));
    server.verify(patchRequestedFor(urlEqualTo(LIST + "/7")).withRequestBody(equalToJson("{\"name\":\"Annie\"}")));
    assertThatThrownBy(() -> ops(mode).update("7", AgentUpdate.builder().name(" ").build()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(() -> ops(mode).update("7", AgentUpdate.builder().email("a@b.c").build()))
        .isInstanceOfSatisfying(UnsupportedCapabilityException.class, e -> assertThat(e.getMessage())
            .isEqualTo("chatwoot cannot change an agent's email (it can change only name, role and availability)"));
    assertThatThrownBy(() -> ops(mode).update("seven", AgentUpdate.builder().role("agent").build()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("id"));
    server.verify(3, patchRequestedFor(anyUrl()));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void deleteAndItsNotFound(Mode mode) {
    server.stubFor(delete(LIST + "/7").willReturn(ok()));
    server.stubFor(delete(LIST + "/9").willReturn(aResponse().withStatus(404).withBody("{\"error\":\"Resource could not be found\"}")));

    ops(mode).delete("7");

    server.verify(deleteRequestedFor(urlEqualTo(LIST + "/7")));
    assertThatThrownBy(() -> ops(mode).delete("9")).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.operation()).isEqualTo("removeAgent"));
  }
}
