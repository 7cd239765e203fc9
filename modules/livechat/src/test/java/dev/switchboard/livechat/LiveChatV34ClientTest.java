package dev.switchboard.livechat;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.livechat.v34.model.AgentRoutingStatus;
import dev.switchboard.livechat.v34.model.Bot;
import dev.switchboard.livechat.v34.model.BotIdRequest;
import dev.switchboard.livechat.v34.model.CreateBotRequest;
import dev.switchboard.livechat.v34.model.DefaultGroupPriority;
import dev.switchboard.livechat.v34.model.ListBotsRequest;
import dev.switchboard.livechat.v34.model.ListRoutingStatusesRequest;
import dev.switchboard.livechat.v34.model.RoutingStatus;
import dev.switchboard.livechat.v34.model.RoutingStatusFilters;
import dev.switchboard.livechat.v34.model.SetRoutingStatusRequest;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.WireLog;
import dev.switchboard.runtime.testing.LogCapture;
import dev.switchboard.runtime.testing.Loopback;
import dev.switchboard.runtime.testing.ProviderChecks;
import dev.switchboard.runtime.testing.Specs;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The v3.4 client (the default) and the X-Region header on both versions, over WireMock. */
class LiveChatV34ClientTest {
  private static final String TOKEN = "fra:v34-token-77e1";
  private static final String BOT = "5c9871d5372c824cbf22d860a707a578";

  @RegisterExtension static WireMockExtension server = Loopback.wireMock();
  @RegisterExtension LogCapture logs = new LogCapture();

  private LiveChatClient client() {
    return LiveChatClient.builder().baseUrl(server.baseUrl() + "/v3.4").accessToken(TOKEN)
        .retryPolicy(RetryPolicy.none()).wireLog(WireLog.FULL).build();
  }

  @Test
  void theV34SpecParsesStrictly() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation(
        Specs.openApi("livechat").resolveSibling("openapi-v3.4.yaml").toUri().toString(), null, options);
    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getPaths()).containsOnlyKeys(
        "/configuration/action/create_bot", "/configuration/action/delete_bot", "/configuration/action/update_bot",
        "/configuration/action/list_bots", "/configuration/action/get_bot",
        "/agent/action/set_routing_status", "/agent/action/list_routing_statuses");
  }

  @Test
  void v34IsTheDefaultAndV31IsOneSettingAway() {
    LiveChatClient v34 = LiveChatClient.builder().accessToken(TOKEN).build();
    LiveChatClient v31 = LiveChatClient.builder().apiVersion(LiveChatApiVersion.V3_1).accessToken(TOKEN).build();

    assertThat(v34.apiVersion()).isEqualTo(LiveChatApiVersion.V3_4);
    assertThat(v31.apiVersion()).isEqualTo(LiveChatApiVersion.V3_1);
    assertThat(LiveChatApiVersion.V3_4.defaultBaseUrl()).hasToString("https://api.livechatinc.com/v3.4");
    assertThatThrownBy(v34::botAgents).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiVersion(LiveChatApiVersion.V3_1)");
    assertThatThrownBy(v31::bots).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiVersion(LiveChatApiVersion.V3_4)");
    assertThat(v34.bots()).isNotNull();
    assertThat(v31.botAgents()).isNotNull();
  }

  @Test
  void createBotPostsTheV34FieldsWithRegionAndToken() {
    server.stubFor(post("/v3.4/configuration/action/create_bot").willReturn(okJson("{\"id\":\"" + BOT + "\"}")));

    String id = client().bots().createBot(new CreateBotRequest().name("Helper").ownerClientId("app-1")
        .timezone("Europe/Berlin").jobTitle("Triage").mobile("+48 123").defaultGroupPriority(DefaultGroupPriority.LAST)).getId();

    assertThat(id).isEqualTo(BOT);
    server.verify(postRequestedFor(urlEqualTo("/v3.4/configuration/action/create_bot"))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withHeader("X-Region", equalTo("fra"))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalToJson("{\"name\":\"Helper\",\"owner_client_id\":\"app-1\",\"timezone\":\"Europe/Berlin\","
            + "\"job_title\":\"Triage\",\"mobile\":\"+48 123\",\"default_group_priority\":\"last\"}")));
  }

  @Test
  void readsDecodeTheUnwrappedAnswers() {
    String bot = "{\"id\":\"" + BOT + "\",\"name\":\"Helper\",\"default_group_priority\":\"first\",\"owner_client_id\":\"app-1\"}";
    server.stubFor(post("/v3.4/configuration/action/list_bots").willReturn(okJson("[" + bot + "]")));
    server.stubFor(post("/v3.4/configuration/action/get_bot").willReturn(okJson(bot)));
    server.stubFor(post("/v3.4/agent/action/list_routing_statuses")
        .willReturn(okJson("[{\"agent_id\":\"" + BOT + "\",\"status\":\"not_accepting_chats\"}]")));

    List<Bot> bots = client().bots().listBots(new ListBotsRequest().all(true));
    Bot one = client().bots().getBot(new BotIdRequest().id(BOT));
    List<AgentRoutingStatus> statuses = client().routingStatus().listRoutingStatuses(
        new ListRoutingStatusesRequest().filters(new RoutingStatusFilters()));

    assertThat(bots).extracting(Bot::getId).containsExactly(BOT);
    assertThat(one.getDefaultGroupPriority()).isEqualTo(DefaultGroupPriority.FIRST);
    assertThat(statuses.get(0).getStatus()).isEqualTo(RoutingStatus.NOT_ACCEPTING_CHATS);
    server.verify(postRequestedFor(urlEqualTo("/v3.4/configuration/action/get_bot")).withRequestBody(equalToJson("{\"id\":\"" + BOT + "\"}")));
    server.verify(postRequestedFor(urlEqualTo("/v3.4/agent/action/list_routing_statuses"))
        .withHeader("X-Region", equalTo("fra")).withRequestBody(equalToJson("{\"filters\":{}}")));
  }

  @Test
  void setRoutingStatusGoesToTheAgentChatApi() {
    server.stubFor(post("/v3.4/agent/action/set_routing_status").willReturn(okJson("{}")));

    client().routingStatus().setRoutingStatus(new SetRoutingStatusRequest().agentId(BOT).status(RoutingStatus.ACCEPTING_CHATS));

    server.verify(postRequestedFor(urlEqualTo("/v3.4/agent/action/set_routing_status"))
        .withHeader("X-Region", equalTo("fra"))
        .withRequestBody(equalToJson("{\"agent_id\":\"" + BOT + "\",\"status\":\"accepting_chats\"}")));
  }

  @Test
  void anExplicitRegionWinsAndATokenWithoutOneNeedsIt() {
    server.stubFor(post("/v3.4/configuration/action/delete_bot").willReturn(okJson("{}")));
    String bare = "bare-token-5d1f";

    assertThatThrownBy(() -> LiveChatClient.builder().accessToken(bare).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("region")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(bare));
    assertThatThrownBy(() -> LiveChatClient.builder().region("dal\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class);

    LiveChatClient.builder().baseUrl(server.baseUrl() + "/v3.4").accessToken(bare).region("dal").build()
        .bots().deleteBot(new BotIdRequest().id(BOT));
    LiveChatClient.builder().baseUrl(server.baseUrl() + "/v3.4").accessToken(TOKEN).region("dal").build()
        .bots().deleteBot(new BotIdRequest().id(BOT));

    server.verify(2, postRequestedFor(urlEqualTo("/v3.4/configuration/action/delete_bot"))
        .withHeader("X-Region", equalTo("dal")));
  }

  @Test
  void errorsAreTypedAndTheTokenAppearsNowhere() {
    server.stubFor(post("/v3.4/configuration/action/get_bot").willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"error\":{\"type\":\"not_found\",\"message\":\"no bot for " + TOKEN + "\"}}")));
    LiveChatClient client = client();

    ApiException thrown = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
        () -> client.bots().getBot(new BotIdRequest().id("nope")));

    assertThat(thrown).isInstanceOf(NotFoundException.class);
    assertThat(thrown.operation()).isEqualTo("getBot");
    ProviderChecks.assertSecretNowhere(TOKEN, logs, thrown, client, thrown.body());
  }
}
