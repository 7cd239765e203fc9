package dev.switchboard.facade;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.livechat.LiveChatDirectory;
import dev.switchboard.livechat.LiveChatClient;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.testing.Loopback;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** LiveChatDirectory at API v3.4 (the default): availability is the bot's routing status. */
class LiveChatDirectoryV34Test {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();

  private static final String CONF = "/v3.4/configuration/action/";
  private static final String AGENT = "/v3.4/agent/action/";
  private static final String STATUSES = "[{\"agent_id\":\"b1\",\"status\":\"accepting_chats\"},{\"agent_id\":\"b3\",\"status\":\"offline\"}]";

  private Mode.Ops ops(Mode mode) {
    return mode.on(LiveChatDirectory.of(LiveChatClient.builder().baseUrl(server.baseUrl() + "/v3.4")
        .accessToken("fra:lc-facade-token").retryPolicy(RetryPolicy.none()).build()));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listAndGetJoinTheBotsWithTheirRoutingStatus(Mode mode) {
    server.stubFor(post(CONF + "list_bots").willReturn(okJson("[{\"id\":\"b1\",\"name\":\"Botty\"},{\"id\":\"b2\",\"name\":\"Rob\"}]")));
    server.stubFor(post(CONF + "get_bot").willReturn(okJson("{\"id\":\"b1\",\"name\":\"Botty\"}")));
    server.stubFor(post(AGENT + "list_routing_statuses").willReturn(okJson(STATUSES)));

    assertThat(ops(mode).list(AgentQuery.ALL)).extracting(Agent::id, Agent::role, Agent::availability).containsExactly(
        Tuple.tuple("b1", "bot", Availability.ONLINE), Tuple.tuple("b2", "bot", Availability.UNKNOWN));
    assertThat(ops(mode).get("b1").availability()).isEqualTo(Availability.ONLINE);

    server.verify(postRequestedFor(urlEqualTo(CONF + "list_bots")).withHeader("X-Region", equalTo("fra"))
        .withRequestBody(equalToJson("{\"all\":true}")));
    server.verify(postRequestedFor(urlEqualTo(CONF + "get_bot")).withRequestBody(equalToJson("{\"id\":\"b1\"}")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createSetsTheRoutingStatusOfflineUnlessToldOtherwise(Mode mode) {
    server.stubFor(post(CONF + "create_bot").willReturn(okJson("{\"id\":\"b9\"}")));
    server.stubFor(post(AGENT + "set_routing_status").willReturn(okJson("{}")));

    Agent quiet = ops(mode).create(NewAgent.named("Nova").build());
    Agent ready = ops(mode).create(NewAgent.named("Ready").availability(Availability.AWAY).build());

    assertThat(quiet.id()).isEqualTo("b9");
    assertThat(quiet.availability()).isEqualTo(Availability.OFFLINE);
    assertThat(ready.availability()).isEqualTo(Availability.AWAY);
    server.verify(2, postRequestedFor(urlEqualTo(CONF + "create_bot")).withRequestBody(matchingJsonPath("$.status", absent())));
    server.verify(postRequestedFor(urlEqualTo(AGENT + "set_routing_status"))
        .withRequestBody(equalToJson("{\"agent_id\":\"b9\",\"status\":\"offline\"}")));
    server.verify(postRequestedFor(urlEqualTo(AGENT + "set_routing_status"))
        .withRequestBody(equalToJson("{\"agent_id\":\"b9\",\"status\":\"not_accepting_chats\"}")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void updateChangesFieldsAndRoutingStatusThenReadsBack(Mode mode) {
    server.stubFor(post(CONF + "update_bot").willReturn(okJson("{}")));
    server.stubFor(post(AGENT + "set_routing_status").willReturn(okJson("{}")));
    server.stubFor(post(CONF + "get_bot").willReturn(okJson("{\"id\":\"b1\",\"name\":\"Botty 2\"}")));
    server.stubFor(post(AGENT + "list_routing_statuses").willReturn(okJson(STATUSES)));

    Agent a = ops(mode).update("b1", AgentUpdate.builder().name("Botty 2").avatarUrl("https://img/x.png").build());
    ops(mode).update("b1", AgentUpdate.builder().availability(Availability.OFFLINE).build());
    ops(mode).setAvailability("b1", Availability.ONLINE);

    assertThat(a.name()).isEqualTo("Botty 2");
    server.verify(1, postRequestedFor(urlEqualTo(CONF + "update_bot")));
    server.verify(postRequestedFor(urlEqualTo(CONF + "update_bot"))
        .withRequestBody(equalToJson("{\"id\":\"b1\",\"name\":\"Botty 2\",\"avatar_path\":\"https://img/x.png\"}")));
    server.verify(postRequestedFor(urlEqualTo(AGENT + "set_routing_status"))
        .withRequestBody(equalToJson("{\"agent_id\":\"b1\",\"status\":\"offline\"}")));
    server.verify(postRequestedFor(urlEqualTo(AGENT + "set_routing_status"))
        .withRequestBody(equalToJson("{\"agent_id\":\"b1\",\"status\":\"accepting_chats\"}")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void badInputIsRejectedBeforeAnythingIsSent(Mode mode) {
    assertThatThrownBy(() -> ops(mode).setAvailability("b1", Availability.UNKNOWN)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("availability");
    assertThatThrownBy(() -> ops(mode).update("b1", AgentUpdate.builder().clearAvatarUrl().build()))
        .isInstanceOf(UnsupportedCapabilityException.class);
    assertThatThrownBy(() -> ops(mode).get(" ")).isInstanceOf(InvalidInputException.class).hasMessageContaining("id");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void deleteAndNotFound(Mode mode) {
    server.stubFor(post(CONF + "delete_bot").withRequestBody(matchingJsonPath("$.id", equalTo("b1"))).willReturn(okJson("{}")));
    server.stubFor(post(CONF + "delete_bot").withRequestBody(matchingJsonPath("$.id", equalTo("gone")))
        .willReturn(aResponse().withStatus(404).withBody("{\"error\":{\"type\":\"not_found\",\"message\":\"Bot not found\"}}")));

    ops(mode).delete("b1");

    assertThatThrownBy(() -> ops(mode).delete("gone")).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.operation()).isEqualTo("deleteBot"));
  }
}
