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
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.switchboard.livechat.LiveChatApiVersion;
import dev.switchboard.livechat.LiveChatClient;
import dev.switchboard.livechat.api.BotAgentsApi;
import dev.switchboard.livechat.model.BotAgent;
import dev.switchboard.livechat.model.BotAgentStatus;
import dev.switchboard.livechat.model.BotAgentSummary;
import dev.switchboard.livechat.model.CreateBotAgentRequest;
import dev.switchboard.livechat.model.DefaultGroupPriority;
import dev.switchboard.livechat.model.GetBotAgentDetailsRequest;
import dev.switchboard.livechat.model.GetBotAgentsRequest;
import dev.switchboard.livechat.model.GroupAssignment;
import dev.switchboard.livechat.model.GroupPriority;
import dev.switchboard.livechat.model.RemoveBotAgentRequest;
import dev.switchboard.livechat.model.UpdateBotAgentRequest;
import dev.switchboard.livechat.model.WebhookAction;
import dev.switchboard.livechat.model.Webhooks;
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
 * What the SDK sends to LiveChat's Configuration API bot agent methods and what it makes of the
 * answers. The base URL carries the spec's server path, {@code /v3.1/configuration/action}.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "livechat", pactVersion = PactSpecVersion.V4, hostInterface = LOOPBACK)
class LiveChatContractTest {
  static final String BASE_PATH = "/v3.1/configuration/action";
  private static final String BOT = "5c9871d5372c824cbf22d860a707a578";
  private static final String STATUS = "accepting chats|not accepting chats|offline";

  private static BotAgentsApi bots(MockServer server) {
    return LiveChatClient.builder().apiVersion(LiveChatApiVersion.V3_1).baseUrl(server.getUrl() + BASE_PATH).accessToken(TOKEN)
        .retryPolicy(RetryPolicy.none()).build().botAgents();
  }

  /** Every method is a JSON POST to {@code <base>/<method>}. */
  private static PactDslRequestWithPath call(PactDslWithProvider p, String state, String description, String method,
      DslPart body) {
    return LiveChatPacts.call(p, state, description, BASE_PATH + "/" + method, body);
  }



  // ---- create ----

  private static DslPart createBody() {
    return newJsonBody(b -> b
        .stringType("name", "Helper Bot")
        .stringValue("status", "accepting chats")
        .integerType("max_chats_count", 6)
        .minArrayLike("groups", 1, g -> g.integerType("id", 0).stringMatcher("priority", "first|normal|last", "first"))
        .object("webhooks", w -> w
            .stringType("url", "http://myservice.example.com/webhooks")
            .stringType("secret_key", "test-webhook-secret")
            .minArrayLike("actions", 1, a -> a
                .stringType("name", "incoming_chat_thread")
                .eachLike("additional_data", PactDslJsonRootValue.stringType("chat_properties"), 1)))).build();
  }

  private static CreateBotAgentRequest createRequest() {
    return new CreateBotAgentRequest().name("Helper Bot").status(BotAgentStatus.ACCEPTING_CHATS).maxChatsCount(6)
        .groups(List.of(new GroupAssignment().id(0L).priority(GroupPriority.FIRST)))
        .webhooks(new Webhooks().url("http://myservice.example.com/webhooks").secretKey("test-webhook-secret")
            .actions(List.of(new WebhookAction().name("incoming_chat_thread").additionalData(List.of("chat_properties")))));
  }

  @Pact(consumer = CONSUMER)
  V4Pact createBotAgent(PactDslWithProvider p) {
    return call(p, "the token's application may create bot agents, group 0 exists",
            "create bot agent Helper Bot in group 0", "create_bot_agent", createBody())
        .willRespondWith().status(200)
        .body(newJsonBody(b -> b.stringType("bot_agent_id", BOT)).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createBotAgent")
  void createBotAgent(MockServer server) {
    assertThat(bots(server).createBotAgent(createRequest()).getBotAgentId()).isEqualTo(BOT);
  }

  @Pact(consumer = CONSUMER)
  V4Pact createBotAgentForbidden(PactDslWithProvider p) {
    return call(p, "the token lacks the agents-bot--my:rw scope",
            "create a bot agent without the agents-bot--my:rw scope", "create_bot_agent",
            newJsonBody(b -> b
                .stringValue("name", "No Scope Bot")
                .stringValue("status", "offline")
                // Not set by the caller: the generated model sends the spec's default.
                .numberValue("max_chats_count", 6)).build())
        .willRespondWith().status(403)
        .body(error("authorization", "Insufficient scopes"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createBotAgentForbidden")
  void aMissingScopeIsAPermissionError(MockServer server) {
    assertThatThrownBy(() -> bots(server).createBotAgent(
        new CreateBotAgentRequest().name("No Scope Bot").status(BotAgentStatus.OFFLINE)))
        .isInstanceOfSatisfying(PermissionException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.operation()).isEqualTo("createBotAgent");
        });
  }

  @Pact(consumer = CONSUMER)
  V4Pact createBotAgentUnknownGroup(PactDslWithProvider p) {
    return call(p, "the token's application may create bot agents, no group 99 exists",
            "create a bot agent in group 99, which does not exist", "create_bot_agent",
            newJsonBody(b -> b
                .stringValue("name", "Lost Bot")
                .stringValue("status", "offline")
                .numberValue("max_chats_count", 6)
                .array("groups", a -> a.object(g -> g.numberValue("id", 99).stringValue("priority", "normal")))).build())
        .willRespondWith().status(422)
        .body(error("validation", "Group not found"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createBotAgentUnknownGroup")
  void anUnknownGroupIsAValidationError(MockServer server) {
    assertThatThrownBy(() -> bots(server).createBotAgent(new CreateBotAgentRequest().name("Lost Bot")
        .status(BotAgentStatus.OFFLINE).groups(List.of(new GroupAssignment().id(99L).priority(GroupPriority.NORMAL)))))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.body()).contains("Group not found");
        });
  }

  // ---- remove ----

  @Pact(consumer = CONSUMER)
  V4Pact removeBotAgent(PactDslWithProvider p) {
    return call(p, "bot agent " + BOT + " exists and is owned by the token's application",
            "remove bot agent " + BOT, "remove_bot_agent",
            newJsonBody(b -> b.stringType("bot_agent_id", BOT)).build())
        .willRespondWith().status(200).body(empty())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "removeBotAgent")
  void removeBotAgent(MockServer server) {
    Object result = bots(server).removeBotAgent(new RemoveBotAgentRequest().botAgentId(BOT));

    assertThat(result).isInstanceOfSatisfying(Map.class, m -> assertThat(m).isEmpty());
  }

  @Pact(consumer = CONSUMER)
  V4Pact removeBotAgentMalformed(PactDslWithProvider p) {
    return call(p, "the token's application may remove bot agents",
            "remove a bot agent with an empty id", "remove_bot_agent",
            newJsonBody(b -> b.stringValue("bot_agent_id", "")).build())
        .willRespondWith().status(400)
        .body(error("validation", "bot_agent_id must not be empty"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "removeBotAgentMalformed")
  void aMalformedRequestIsAValidationError(MockServer server) {
    assertThatThrownBy(() -> bots(server).removeBotAgent(new RemoveBotAgentRequest().botAgentId("")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.status()).isEqualTo(400));
  }

  // ---- update ----

  @Pact(consumer = CONSUMER)
  V4Pact updateBotAgent(PactDslWithProvider p) {
    return call(p, "bot agent " + BOT + " exists and is owned by the token's application",
            "rename bot agent " + BOT + " and make it a supervisor by default", "update_bot_agent",
            newJsonBody(b -> b
                .stringType("id", BOT)
                .stringType("name", "Helper Bot 2")
                .stringValue("default_group_priority", "supervisor")).build())
        .willRespondWith().status(200).body(empty())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateBotAgent")
  void updateBotAgent(MockServer server) {
    Object result = bots(server).updateBotAgent(new UpdateBotAgentRequest().id(BOT).name("Helper Bot 2")
        .defaultGroupPriority(DefaultGroupPriority.SUPERVISOR));

    assertThat(result).isInstanceOfSatisfying(Map.class, m -> assertThat(m).isEmpty());
  }

  // ---- reads ----

  @Pact(consumer = CONSUMER)
  V4Pact getBotAgents(PactDslWithProvider p) {
    return call(p, "bot agent " + BOT + " exists, the token may read all bot agents",
            "get all bot agents of the license", "get_bot_agents",
            newJsonBody(b -> b.booleanValue("all", true)).build())
        .willRespondWith().status(200)
        .body(newJsonBody(b -> b.minArrayLike("bot_agents", 1, a -> a
            .stringType("id", BOT)
            .stringType("name", "Helper Bot")
            .stringType("avatar", "https://cdn.example.com/avatars/bot.jpg")
            .stringMatcher("status", STATUS, "accepting chats"))).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getBotAgents")
  void getBotAgents(MockServer server) {
    List<BotAgentSummary> all = bots(server).getBotAgents(new GetBotAgentsRequest().all(true)).getBotAgents();

    assertThat(all).hasSize(1);
    assertThat(all.get(0).getId()).isEqualTo(BOT);
    assertThat(all.get(0).getStatus()).isEqualTo(BotAgentStatus.ACCEPTING_CHATS);
  }

  @Pact(consumer = CONSUMER)
  V4Pact getBotAgentsUnauthorized(PactDslWithProvider p) {
    return call(p, "the access token is expired", "get bot agents with an expired token", "get_bot_agents",
            // all is not set by the caller: the generated model sends the spec's default.
            newJsonBody(b -> b.booleanValue("all", false)).build())
        .willRespondWith().status(401)
        .body(error("authentication", "Invalid access token"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getBotAgentsUnauthorized")
  void anExpiredTokenIsAnAuthenticationError(MockServer server) {
    assertThatThrownBy(() -> bots(server).getBotAgents(new GetBotAgentsRequest()))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.operation()).isEqualTo("getBotAgents");
          assertThat(e.getMessage()).doesNotContain(TOKEN);
        });
  }

  @Pact(consumer = CONSUMER)
  V4Pact getBotAgentDetails(PactDslWithProvider p) {
    return call(p, "bot agent " + BOT + " exists and is owned by the token's application",
            "get the details of bot agent " + BOT, "get_bot_agent_details",
            newJsonBody(b -> b.stringType("bot_agent_id", BOT)).build())
        .willRespondWith().status(200)
        .body(newJsonBody(b -> b.object("bot_agent", a -> a
            .stringType("id", BOT)
            .stringType("name", "Helper Bot")
            .stringType("avatar", "https://cdn.example.com/avatars/bot.jpg")
            .stringMatcher("status", STATUS, "accepting chats")
            .object("application", ap -> ap.stringType("client_id", "asXdesldiAJSq9padj"))
            .integerType("max_chats_count", 6)
            .minArrayLike("groups", 1, g -> g.integerType("id", 0).stringMatcher("priority", "first|normal|last", "first"))
            .object("webhooks", w -> w
                .stringType("url", "http://myservice.example.com/webhooks")
                .stringType("secret_key", "test-webhook-secret")
                .minArrayLike("actions", 1, ac -> ac.stringType("name", "incoming_chat_thread"))))).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getBotAgentDetails")
  void getBotAgentDetails(MockServer server) {
    BotAgent bot = bots(server).getBotAgentDetails(new GetBotAgentDetailsRequest().botAgentId(BOT)).getBotAgent();

    assertThat(bot.getId()).isEqualTo(BOT);
    assertThat(bot.getStatus()).isEqualTo(BotAgentStatus.ACCEPTING_CHATS);
    assertThat(bot.getApplication().getClientId()).isEqualTo("asXdesldiAJSq9padj");
    assertThat(bot.getGroups().get(0).getPriority()).isEqualTo(GroupPriority.FIRST);
    assertThat(bot.getWebhooks().getActions().get(0).getName()).isEqualTo("incoming_chat_thread");
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMissingBotAgentDetails(PactDslWithProvider p) {
    return call(p, "no bot agent 0000 exists", "get the details of bot agent 0000, which does not exist",
            "get_bot_agent_details", newJsonBody(b -> b.stringValue("bot_agent_id", "0000")).build())
        .willRespondWith().status(404)
        .body(error("not_found", "Bot agent not found"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getMissingBotAgentDetails")
  void aMissingBotAgentIsNotFound(MockServer server) {
    assertThatThrownBy(() -> bots(server).getBotAgentDetails(new GetBotAgentDetailsRequest().botAgentId("0000")))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.operation()).isEqualTo("getBotAgentDetails");
        });
  }

  @Pact(consumer = CONSUMER)
  V4Pact getBotAgentDetailsRateLimited(PactDslWithProvider p) {
    return call(p, "the token has used up its rate limit for the next 30 seconds",
            "get bot agent details while rate limited", "get_bot_agent_details",
            newJsonBody(b -> b.stringType("bot_agent_id", BOT)).build())
        .willRespondWith().status(429)
        .matchHeader("Retry-After", "\\d+", "30")
        .body(error("too_many_requests", "Too many requests"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getBotAgentDetailsRateLimited")
  void aRateLimitIsARateLimitedErrorWithRetryAfter(MockServer server) {
    assertThatThrownBy(() -> bots(server).getBotAgentDetails(new GetBotAgentDetailsRequest().botAgentId(BOT)))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> {
          assertThat(e.status()).isEqualTo(429);
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(30));
        });
  }
}
