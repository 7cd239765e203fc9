package dev.switchboard.contract;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.switchboard.contract.Contracts.*;
import static dev.switchboard.contract.LiveChatPacts.TOKEN;
import static dev.switchboard.contract.LiveChatPacts.empty;
import static dev.switchboard.contract.LiveChatPacts.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.switchboard.livechat.LiveChatClient;
import dev.switchboard.livechat.v34.model.AgentRoutingStatus;
import dev.switchboard.livechat.v34.model.Bot;
import dev.switchboard.livechat.v34.model.BotIdRequest;
import dev.switchboard.livechat.v34.model.CreateBotRequest;
import dev.switchboard.livechat.v34.model.DefaultGroupPriority;
import dev.switchboard.livechat.v34.model.GroupConfig;
import dev.switchboard.livechat.v34.model.GroupPriority;
import dev.switchboard.livechat.v34.model.ListBotsRequest;
import dev.switchboard.livechat.v34.model.ListRoutingStatusesRequest;
import dev.switchboard.livechat.v34.model.RoutingStatus;
import dev.switchboard.livechat.v34.model.RoutingStatusFilters;
import dev.switchboard.livechat.v34.model.SetRoutingStatusRequest;
import dev.switchboard.livechat.v34.model.UpdateBotRequest;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.PermissionException;
import dev.switchboard.runtime.error.RateLimitedException;
import dev.switchboard.runtime.error.ValidationException;
import dev.switchboard.runtime.http.RetryPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the SDK sends to LiveChat API v3.4 (the default version: Configuration API bot methods and
 * the Agent Chat API routing status methods) and what it makes of the answers. A pact of its own,
 * provider {@code livechat-v3.4}, checked against {@code specs/livechat/openapi-v3.4.yaml}.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "livechat-v3.4", pactVersion = PactSpecVersion.V4, hostInterface = LOOPBACK)
class LiveChatV34ContractTest {
  static final String VERSION_ROOT = "/v3.4";
  private static final String BOT = "5c9871d5372c824cbf22d860a707a578";
  private static final String ROUTING = "accepting_chats|not_accepting_chats|offline";

  private static LiveChatClient client(MockServer server) {
    return LiveChatClient.builder().baseUrl(server.getUrl() + VERSION_ROOT).accessToken(TOKEN)
        .retryPolicy(RetryPolicy.none()).build();
  }

  /** Every method is a JSON POST to {@code /v3.4/<api>/action/<method>} with the token's region. */
  private static PactDslRequestWithPath call(PactDslWithProvider p, String state, String description, String api,
      String method, DslPart body) {
    return LiveChatPacts.call(p, state, description, VERSION_ROOT + "/" + api + "/action/" + method, body);
  }



  // ---- create_bot ----

  @Pact(consumer = CONSUMER)
  V4Pact createBot(PactDslWithProvider p) {
    return call(p, "the token's application may create bots, group 0 exists",
            "create bot Helper Bot in group 0 (v3.4)", "configuration", "create_bot",
            newJsonBody(b -> b
                .stringType("name", "Helper Bot")
                .stringValue("default_group_priority", "first")
                .integerType("max_chats_count", 4)
                .minArrayLike("groups", 1, g -> g.integerType("id", 0).stringMatcher("priority", "first|normal|last", "normal"))
                .stringType("owner_client_id", "asXdesldiAJSq9padj")
                .stringType("timezone", "Europe/Warsaw")
                .stringType("job_title", "Triage")
                .stringType("mobile", "+48 600 700 800")).build())
        .willRespondWith().status(200)
        .body(newJsonBody(b -> b.stringType("id", BOT)).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createBot")
  void createBot(MockServer server) {
    String id = client(server).bots().createBot(new CreateBotRequest().name("Helper Bot")
        .defaultGroupPriority(DefaultGroupPriority.FIRST).maxChatsCount(4)
        .groups(List.of(new GroupConfig().id(0L).priority(GroupPriority.NORMAL)))
        .ownerClientId("asXdesldiAJSq9padj").timezone("Europe/Warsaw").jobTitle("Triage").mobile("+48 600 700 800")).getId();

    assertThat(id).isEqualTo(BOT);
  }

  @Pact(consumer = CONSUMER)
  V4Pact createBotUnknownGroup(PactDslWithProvider p) {
    return call(p, "the token's application may create bots, no group 99 exists",
            "create a bot in group 99, which does not exist (v3.4)", "configuration", "create_bot",
            newJsonBody(b -> b
                .stringValue("name", "Lost Bot")
                .array("groups", a -> a.object(g -> g.numberValue("id", 99).stringValue("priority", "normal")))).build())
        .willRespondWith().status(422)
        .body(error("validation", "Group not found"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createBotUnknownGroup")
  void anUnknownGroupIsAValidationError(MockServer server) {
    assertThatThrownBy(() -> client(server).bots().createBot(new CreateBotRequest().name("Lost Bot")
        .groups(List.of(new GroupConfig().id(99L).priority(GroupPriority.NORMAL)))))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.operation()).isEqualTo("createBot");
        });
  }

  @Pact(consumer = CONSUMER)
  V4Pact createBotForbidden(PactDslWithProvider p) {
    return call(p, "the token lacks the agents-bot--my:rw scope",
            "create a bot without the agents-bot--my:rw scope (v3.4)", "configuration", "create_bot",
            newJsonBody(b -> b.stringValue("name", "No Scope Bot")).build())
        .willRespondWith().status(403)
        .body(error("authorization", "Insufficient scopes"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createBotForbidden")
  void aMissingScopeIsAPermissionError(MockServer server) {
    assertThatThrownBy(() -> client(server).bots().createBot(new CreateBotRequest().name("No Scope Bot")))
        .isInstanceOfSatisfying(PermissionException.class, e -> assertThat(e.status()).isEqualTo(403));
  }

  // ---- delete_bot ----

  @Pact(consumer = CONSUMER)
  V4Pact deleteBot(PactDslWithProvider p) {
    return call(p, "bot " + BOT + " exists and is owned by the token's application",
            "delete bot " + BOT + " (v3.4)", "configuration", "delete_bot",
            newJsonBody(b -> b.stringType("id", BOT)).build())
        .willRespondWith().status(200).body(empty())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteBot")
  void deleteBot(MockServer server) {
    Object result = client(server).bots().deleteBot(new BotIdRequest().id(BOT));

    assertThat(result).isInstanceOfSatisfying(Map.class, m -> assertThat(m).isEmpty());
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteBotMalformed(PactDslWithProvider p) {
    return call(p, "the token's application may delete bots", "delete a bot with an empty id (v3.4)",
            "configuration", "delete_bot", newJsonBody(b -> b.stringValue("id", "")).build())
        .willRespondWith().status(400)
        .body(error("validation", "id must not be empty"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteBotMalformed")
  void aMalformedRequestIsAValidationError(MockServer server) {
    assertThatThrownBy(() -> client(server).bots().deleteBot(new BotIdRequest().id("")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  // ---- update_bot ----

  @Pact(consumer = CONSUMER)
  V4Pact updateBot(PactDslWithProvider p) {
    return call(p, "bot " + BOT + " exists and is owned by the token's application",
            "rename bot " + BOT + " and make it a supervisor by default (v3.4)", "configuration", "update_bot",
            newJsonBody(b -> b
                .stringType("id", BOT)
                .stringType("name", "Helper Bot 2")
                .stringValue("default_group_priority", "supervisor")
                .stringType("avatar_path", "https://cdn.example.com/avatars/bot2.png")).build())
        .willRespondWith().status(200).body(empty())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateBot")
  void updateBot(MockServer server) {
    Object result = client(server).bots().updateBot(new UpdateBotRequest().id(BOT).name("Helper Bot 2")
        .defaultGroupPriority(DefaultGroupPriority.SUPERVISOR).avatarPath("https://cdn.example.com/avatars/bot2.png"));

    assertThat(result).isInstanceOfSatisfying(Map.class, m -> assertThat(m).isEmpty());
  }

  // ---- list_bots ----

  private static PactDslJsonBody bot(PactDslJsonBody b) {
    return b.stringType("id", BOT)
        .stringType("name", "Helper Bot")
        .stringType("avatar_path", "https://cdn.example.com/avatars/bot.jpg")
        .stringMatcher("default_group_priority", "first|normal|last|supervisor", "normal")
        .stringType("owner_client_id", "asXdesldiAJSq9padj")
        .integerType("max_chats_count", 6);
  }

  @Pact(consumer = CONSUMER)
  V4Pact listBots(PactDslWithProvider p) {
    return call(p, "bot " + BOT + " exists, the token may read all bots", "list all bots of the licence (v3.4)",
            "configuration", "list_bots", newJsonBody(b -> b.booleanValue("all", true)).build())
        .willRespondWith().status(200)
        .body(bot(PactDslJsonArray.arrayMinLike(1)).closeObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listBots")
  void listBots(MockServer server) {
    List<Bot> all = client(server).bots().listBots(new ListBotsRequest().all(true));

    assertThat(all).hasSize(1);
    assertThat(all.get(0).getId()).isEqualTo(BOT);
    assertThat(all.get(0).getOwnerClientId()).isEqualTo("asXdesldiAJSq9padj");
  }

  @Pact(consumer = CONSUMER)
  V4Pact listBotsUnauthorized(PactDslWithProvider p) {
    return call(p, "the access token is expired", "list bots with an expired token (v3.4)",
            "configuration", "list_bots", newJsonBody(b -> b.booleanValue("all", true)).build())
        .willRespondWith().status(401)
        .body(error("authentication", "Invalid access token"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listBotsUnauthorized")
  void anExpiredTokenIsAnAuthenticationError(MockServer server) {
    assertThatThrownBy(() -> client(server).bots().listBots(new ListBotsRequest().all(true)))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.operation()).isEqualTo("listBots");
          assertThat(e.getMessage()).doesNotContain(TOKEN);
        });
  }

  // ---- get_bot ----

  @Pact(consumer = CONSUMER)
  V4Pact getBot(PactDslWithProvider p) {
    return call(p, "bot " + BOT + " exists and is owned by the token's application", "get bot " + BOT + " (v3.4)",
            "configuration", "get_bot", newJsonBody(b -> b.stringType("id", BOT)).build())
        .willRespondWith().status(200)
        .body(bot(new PactDslJsonBody())
            .minArrayLike("groups", 1).integerType("id", 0).stringMatcher("priority", "first|normal|last", "normal").closeArray())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getBot")
  void getBot(MockServer server) {
    Bot bot = client(server).bots().getBot(new BotIdRequest().id(BOT));

    assertThat(bot.getId()).isEqualTo(BOT);
    assertThat(bot.getDefaultGroupPriority()).isEqualTo(DefaultGroupPriority.NORMAL);
    assertThat(bot.getGroups().get(0).getPriority()).isEqualTo(GroupPriority.NORMAL);
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMissingBot(PactDslWithProvider p) {
    return call(p, "no bot 0000 exists", "get bot 0000, which does not exist (v3.4)",
            "configuration", "get_bot", newJsonBody(b -> b.stringValue("id", "0000")).build())
        .willRespondWith().status(404)
        .body(error("not_found", "Bot agent not found"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getMissingBot")
  void aMissingBotIsNotFound(MockServer server) {
    assertThatThrownBy(() -> client(server).bots().getBot(new BotIdRequest().id("0000")))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.operation()).isEqualTo("getBot"));
  }

  @Pact(consumer = CONSUMER)
  V4Pact getBotRateLimited(PactDslWithProvider p) {
    return call(p, "the token has used up its rate limit for the next 30 seconds", "get a bot while rate limited (v3.4)",
            "configuration", "get_bot", newJsonBody(b -> b.stringType("id", BOT)).build())
        .willRespondWith().status(429)
        .matchHeader("Retry-After", "\\d+", "30")
        .body(error("too_many_requests", "Too many requests"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getBotRateLimited")
  void aRateLimitIsARateLimitedErrorWithRetryAfter(MockServer server) {
    assertThatThrownBy(() -> client(server).bots().getBot(new BotIdRequest().id(BOT)))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(30)));
  }

  // ---- routing status (Agent Chat API) ----

  @Pact(consumer = CONSUMER)
  V4Pact setRoutingStatus(PactDslWithProvider p) {
    return call(p, "bot " + BOT + " exists and is owned by the token's application",
            "set bot " + BOT + " to not accepting chats (v3.4)", "agent", "set_routing_status",
            newJsonBody(b -> b.stringType("agent_id", BOT).stringMatcher("status", ROUTING, "not_accepting_chats")).build())
        .willRespondWith().status(200).body(empty())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "setRoutingStatus")
  void setRoutingStatus(MockServer server) {
    Object result = client(server).routingStatus().setRoutingStatus(
        new SetRoutingStatusRequest().agentId(BOT).status(RoutingStatus.NOT_ACCEPTING_CHATS));

    assertThat(result).isInstanceOfSatisfying(Map.class, m -> assertThat(m).isEmpty());
  }

  @Pact(consumer = CONSUMER)
  V4Pact listRoutingStatuses(PactDslWithProvider p) {
    return call(p, "bot " + BOT + " exists, the token may read all bots", "list the routing statuses of all agents (v3.4)",
            "agent", "list_routing_statuses", newJsonBody(b -> b.object("filters", f -> { })).build())
        .willRespondWith().status(200)
        .body(PactDslJsonArray.arrayMinLike(1).stringType("agent_id", BOT)
            .stringMatcher("status", ROUTING, "accepting_chats").closeObject())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listRoutingStatuses")
  void listRoutingStatuses(MockServer server) {
    List<AgentRoutingStatus> statuses = client(server).routingStatus()
        .listRoutingStatuses(new ListRoutingStatusesRequest().filters(new RoutingStatusFilters()));

    assertThat(statuses).extracting(AgentRoutingStatus::getAgentId, AgentRoutingStatus::getStatus)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(BOT, RoutingStatus.ACCEPTING_CHATS));
  }
}
