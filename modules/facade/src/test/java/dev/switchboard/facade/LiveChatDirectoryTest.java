package dev.switchboard.facade;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.livechat.LiveChatDirectory;
import dev.switchboard.livechat.LiveChatApiVersion;
import dev.switchboard.livechat.LiveChatClient;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.testing.Loopback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LiveChatDirectoryTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();

  private static final String BASE = "/v3.1/configuration/action/";
  private static final String DETAILS = "{\"bot_agent\":{\"id\":\"b1\",\"name\":\"Botty\",\"status\":\"not accepting chats\"}}";

  private Mode.Ops ops(Mode mode) {
    return mode.on(LiveChatDirectory.of(LiveChatClient.builder().apiVersion(LiveChatApiVersion.V3_1)
        .baseUrl(server.baseUrl() + "/v3.1/configuration/action").accessToken("dal:lc-facade-token").retryPolicy(RetryPolicy.none()).build()));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listsAllBotsAndReadsDetails(Mode mode) {
    server.stubFor(post(BASE + "get_bot_agents").willReturn(okJson(
        "{\"bot_agents\":[{\"id\":\"b1\",\"name\":\"Botty\",\"status\":\"accepting chats\"},{\"id\":\"b2\",\"name\":\"Rob\",\"status\":\"offline\"}]}")));
    server.stubFor(post(BASE + "get_bot_agent_details").willReturn(okJson(DETAILS)));

    assertThat(ops(mode).list(AgentQuery.ALL)).extracting(Agent::id, Agent::role, Agent::availability).containsExactly(
        org.assertj.core.groups.Tuple.tuple("b1", "bot", Availability.ONLINE), org.assertj.core.groups.Tuple.tuple("b2", "bot", Availability.OFFLINE));
    assertThat(ops(mode).get("b1").name()).isEqualTo("Botty");
    assertThat(ops(mode).availability("b1")).isEqualTo(Availability.AWAY);

    server.verify(postRequestedFor(urlEqualTo(BASE + "get_bot_agents")).withRequestBody(equalToJson("{\"all\":true}")));
    server.verify(postRequestedFor(urlEqualTo(BASE + "get_bot_agent_details")).withRequestBody(equalToJson("{\"bot_agent_id\":\"b1\"}")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createStartsOfflineUnlessToldOtherwise(Mode mode) {
    // max_chats_count: the spec's documented default, which the generated model sends
    server.stubFor(post(BASE + "create_bot_agent").willReturn(okJson("{\"bot_agent_id\":\"b9\"}")));

    Agent a = ops(mode).create(NewAgent.named("Nova").build());
    ops(mode).create(NewAgent.named("Ready").availability(Availability.ONLINE).build());

    assertThat(a.id()).isEqualTo("b9");
    assertThat(a.availability()).isEqualTo(Availability.OFFLINE);
    server.verify(postRequestedFor(urlEqualTo(BASE + "create_bot_agent")).withRequestBody(equalToJson("{\"name\":\"Nova\",\"status\":\"offline\",\"max_chats_count\":6}")));
    server.verify(postRequestedFor(urlEqualTo(BASE + "create_bot_agent")).withRequestBody(equalToJson("{\"name\":\"Ready\",\"status\":\"accepting chats\",\"max_chats_count\":6}")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void updateSendsTheChangesAndReadsTheBotBack(Mode mode) {
    server.stubFor(post(BASE + "update_bot_agent").willReturn(okJson("{}")));
    server.stubFor(post(BASE + "get_bot_agent_details").willReturn(okJson(DETAILS)));

    Agent a = ops(mode).update("b1", AgentUpdate.builder().name("Botty").avatarUrl("https://img/x.png").availability(Availability.AWAY).build());
    ops(mode).setAvailability("b1", Availability.OFFLINE);

    assertThat(a.name()).isEqualTo("Botty");
    server.verify(postRequestedFor(urlEqualTo(BASE + "update_bot_agent")).withRequestBody(equalToJson(
        "{\"id\":\"b1\",\"name\":\"Botty\",\"avatar\":\"https://img/x.png\",\"status\":\"not accepting chats\"}")));
    server.verify(postRequestedFor(urlEqualTo(BASE + "update_bot_agent")).withRequestBody(equalToJson("{\"id\":\"b1\",\"status\":\"offline\"}")));
    assertThatThrownBy(() -> ops(mode).update("b1", AgentUpdate.builder().clearAvatarUrl().build()))
        .isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessage("livechat cannot remove a bot's avatar (a bot's avatarUrl can be replaced but not cleared)");
    server.verify(2, postRequestedFor(urlEqualTo(BASE + "update_bot_agent")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void deleteAndNotFound(Mode mode) {
    server.stubFor(post(BASE + "remove_bot_agent").withRequestBody(matchingJsonPath("$.bot_agent_id", equalTo("b1"))).willReturn(okJson("{}")));
    server.stubFor(post(BASE + "remove_bot_agent").withRequestBody(matchingJsonPath("$.bot_agent_id", equalTo("gone")))
        .willReturn(aResponse().withStatus(404).withBody("{\"error\":{\"type\":\"not_found\",\"message\":\"Bot agent not found\"}}")));

    ops(mode).delete("b1");

    assertThatThrownBy(() -> ops(mode).delete("gone")).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.body()).contains("not_found"));
  }
}
