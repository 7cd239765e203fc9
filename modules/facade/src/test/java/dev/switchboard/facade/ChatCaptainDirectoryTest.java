package dev.switchboard.facade;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.chatcaptain.ChatCaptainClient;
import dev.switchboard.chatcaptain.ChatCaptainDirectory;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.PermissionException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.testing.Loopback;
import java.util.EnumSet;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ChatCaptainDirectoryTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();

  private static final String ONLINE = "/v1/inbox/bot1/agents/online";

  private ChatCaptainDirectory directory() {
    return ChatCaptainDirectory.of(ChatCaptainClient.builder().baseUrl(server.baseUrl()).apiKey("cc-facade-key")
        .retryPolicy(RetryPolicy.none()).build(), "bot1");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listsOnlineStatusAndReadsOneAgentsAvailability(Mode mode) {
    server.stubFor(get(ONLINE).willReturn(okJson("{\"agents\":[{\"agentId\":\"a1\",\"online\":true},{\"agentId\":\"a2\",\"online\":false}]}")));

    assertThat(mode.on(directory()).list(AgentQuery.ALL)).extracting(Agent::id, Agent::availability).containsExactly(
        org.assertj.core.groups.Tuple.tuple("a1", Availability.ONLINE), org.assertj.core.groups.Tuple.tuple("a2", Availability.OFFLINE));
    assertThat(mode.on(directory()).availability("a2")).isEqualTo(Availability.OFFLINE);
    assertThat(mode.on(directory()).get("a1").name()).isNull();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void setsOnlyItsOwnStatus(Mode mode) {
    server.stubFor(post("/v1/inbox/bot1/agents/me/online").willReturn(okJson("{\"online\":true}")));

    mode.on(directory()).setAvailability(ChatCaptainDirectory.ME, Availability.ONLINE);

    server.verify(postRequestedFor(urlEqualTo("/v1/inbox/bot1/agents/me/online"))
        .withRequestBody(matchingJsonPath("$.online", equalTo("true")))
        .withRequestBody(matchingJsonPath("$.clientTimestamp", matching("[0-9]+"))));
    assertThatThrownBy(() -> mode.on(directory()).setAvailability("a2", Availability.ONLINE))
        .isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessageStartingWith("chatcaptain cannot set another agent's availability (an agent can set only its own");
    assertThatThrownBy(() -> mode.on(directory()).setAvailability(ChatCaptainDirectory.ME, Availability.AWAY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("availability"));
    server.verify(1, postRequestedFor(anyUrl()));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theKeysOwnAgentIsOneAgentUnderItsListedIdAndMe(Mode mode) {
    server.stubFor(get(ONLINE).willReturn(okJson("{\"agents\":[{\"agentId\":\"a1\",\"online\":true},{\"agentId\":\"a2\",\"online\":false}]}")));
    server.stubFor(post("/v1/inbox/bot1/agents/me/online").willReturn(okJson("{\"online\":false}")));
    ChatCaptainDirectory known = ChatCaptainDirectory.of(ChatCaptainClient.builder().baseUrl(server.baseUrl())
        .apiKey("cc-facade-key").retryPolicy(RetryPolicy.none()).build(), "bot1", "a2");

    assertThat(mode.on(known).get(ChatCaptainDirectory.ME).id()).isEqualTo("a2");
    assertThat(mode.on(known).availability(ChatCaptainDirectory.ME)).isEqualTo(Availability.OFFLINE);
    mode.on(known).setAvailability("a2", Availability.OFFLINE);
    server.verify(1, postRequestedFor(urlEqualTo("/v1/inbox/bot1/agents/me/online")));
    assertThatThrownBy(() -> mode.on(known).setAvailability("a1", Availability.ONLINE))
        .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining("'a2'");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void withoutTheOwnAgentReadingMeIsRefusedBeforeAnyRequestNamingTheSetting(Mode mode) {
    assertThatThrownBy(() -> mode.on(directory()).get(ChatCaptainDirectory.ME))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("id"))
        .hasMessageContaining("SWITCHBOARD_CHATCAPTAIN_AGENT");
    assertThatThrownBy(() -> mode.on(directory()).setAvailability("a2", Availability.ONLINE))
        .hasMessageContaining("SWITCHBOARD_CHATCAPTAIN_AGENT");
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void whatChatCaptainLacksIsRefusedLoudly(Mode mode) {
    assertThat(directory().capabilities()).isEqualTo(EnumSet.of(Capability.LIST, Capability.GET,
        Capability.GET_AVAILABILITY, Capability.SET_AVAILABILITY));
    assertThatThrownBy(() -> mode.on(directory()).create(NewAgent.named("x").build()))
        .isInstanceOf(UnsupportedCapabilityException.class).hasMessage("chatcaptain cannot create agents (its API has no such operation)");
    assertThatThrownBy(() -> mode.on(directory()).update("a1", AgentUpdate.builder().name("x").build()))
        .isInstanceOf(UnsupportedCapabilityException.class);
    assertThatThrownBy(() -> mode.on(directory()).delete("a1")).isInstanceOf(UnsupportedCapabilityException.class);
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void permissionErrorsAreTyped(Mode mode) {
    server.stubFor(get(ONLINE).willReturn(aResponse().withStatus(403).withBody("{\"error\":\"insufficient permissions\"}")));

    assertThatThrownBy(() -> mode.on(directory()).list(AgentQuery.ALL)).isInstanceOf(PermissionException.class);
  }
}
