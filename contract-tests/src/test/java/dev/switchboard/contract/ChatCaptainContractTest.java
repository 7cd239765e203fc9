package dev.switchboard.contract;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.switchboard.contract.Contracts.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.switchboard.chatcaptain.ChatCaptainClient;
import dev.switchboard.chatcaptain.api.InboxAgentsApi;
import dev.switchboard.chatcaptain.model.AgentOnlineStatus;
import dev.switchboard.chatcaptain.model.NotificationSettings;
import dev.switchboard.chatcaptain.model.NotificationSettingsUpdate;
import dev.switchboard.chatcaptain.model.OnlineStatus;
import dev.switchboard.chatcaptain.model.SetOnlineStatusRequest;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.PermissionException;
import dev.switchboard.runtime.error.ValidationException;
import dev.switchboard.runtime.http.RetryPolicy;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the SDK sends to ChatCaptain's inbox agents API and what it makes of the answers. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "chatcaptain", pactVersion = PactSpecVersion.V4, hostInterface = LOOPBACK)
class ChatCaptainContractTest {
  private static final String KEY = "chatcaptain-test-key";
  private static final String INBOX = "/v1/inbox/bot1/agents";
  private static final String PUSH_TOKEN = "cVA6cG-ztyB-M8_7yul:APAnGnnmmELFUbziLIVatyDVe_DyihdJhiaQHYw";

  private static InboxAgentsApi inbox(MockServer server) {
    return ChatCaptainClient.builder().baseUrl(server.getUrl()).apiKey(KEY)
        .retryPolicy(RetryPolicy.none()).build().inboxAgents();
  }

  private static PactDslRequestWithPath request(PactDslWithProvider p, String state, String description,
      String method, String path) {
    return p.given(state).uponReceiving(description).method(method).path(path)
        .matchHeader("x-chatcaptain-key", NON_BLANK, KEY);
  }

  private static PactDslRequestWithPath withJson(PactDslRequestWithPath r, DslPart body) {
    return r.matchHeader("Content-Type", JSON, "application/json").body(body);
  }

  private static DslPart error(String message) {
    return newJsonBody(b -> b.stringType("error", message)).build();
  }

  // ---- list agents' online status ----

  @Pact(consumer = CONSUMER)
  V4Pact listOnline(PactDslWithProvider p) {
    return request(p, "chatbot bot1 exists with agent ag1, the key may list its inbox agents",
            "list the online status of chatbot bot1's agents", "GET", INBOX + "/online")
        .headers("Accept", "application/json")
        .willRespondWith().status(200)
        .body(newJsonBody(b -> b.minArrayLike("agents", 1, a -> a
            .stringType("agentId", "ag1")
            .booleanType("online", true)
            // A plain string in ChatCaptain's docs: any text, not only ISO-8601.
            .stringType("lastSeen", WHEN.toString()))).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listOnline")
  void listAgentsOnlineStatus(MockServer server) {
    List<AgentOnlineStatus> agents = inbox(server).listAgentsOnlineStatus("bot1").getAgents();

    assertThat(agents).hasSize(1);
    assertThat(agents.get(0).getAgentId()).isEqualTo("ag1");
    assertThat(agents.get(0).getOnline()).isTrue();
    assertThat(agents.get(0).getLastSeen()).isEqualTo(WHEN.toString());
    assertThat(ChatCaptainClient.lastSeen(agents.get(0))).contains(OffsetDateTime.parse(WHEN.toString()));
  }

  @Pact(consumer = CONSUMER)
  V4Pact listOnlineUnauthorized(PactDslWithProvider p) {
    return request(p, "the key is not valid", "list online status with an invalid key", "GET", INBOX + "/online")
        .willRespondWith().status(401).body(error("Unauthorized"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listOnlineUnauthorized")
  void anInvalidKeyIsAnAuthenticationError(MockServer server) {
    assertThatThrownBy(() -> inbox(server).listAgentsOnlineStatus("bot1"))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.provider()).isEqualTo("chatcaptain");
          assertThat(e.operation()).isEqualTo("listAgentsOnlineStatus");
        });
  }

  @Pact(consumer = CONSUMER)
  V4Pact listOnlineUnknownChatbot(PactDslWithProvider p) {
    return request(p, "no chatbot nobot exists", "list online status of chatbot nobot, which does not exist",
            "GET", "/v1/inbox/nobot/agents/online")
        .willRespondWith().status(404).body(error("Chatbot not found"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listOnlineUnknownChatbot")
  void anUnknownChatbotIsNotFound(MockServer server) {
    assertThatThrownBy(() -> inbox(server).listAgentsOnlineStatus("nobot"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.status()).isEqualTo(404));
  }

  // ---- my online status ----

  @Pact(consumer = CONSUMER)
  V4Pact setOnline(PactDslWithProvider p) {
    return withJson(request(p, "chatbot bot1 exists, the key's agent may edit its online status",
            "set the calling agent online in chatbot bot1", "POST", INBOX + "/me/online"),
        newJsonBody(b -> b.booleanValue("online", true).stringType("clientTimestamp", "1723484166104")).build())
        .willRespondWith().status(200)
        .body(newJsonBody(b -> b.booleanType("online", true)).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "setOnline")
  void setMyOnlineStatus(MockServer server) {
    OnlineStatus status = inbox(server).setMyOnlineStatus("bot1",
        new SetOnlineStatusRequest().online(true).clientTimestamp("1723484166104"));

    assertThat(status.getOnline()).isTrue();
    assertThat(status.getError()).isNull();
  }

  @Pact(consumer = CONSUMER)
  V4Pact setOnlineInvalid(PactDslWithProvider p) {
    return withJson(request(p, "chatbot bot1 exists, the key's agent may edit its online status",
            "set the calling agent online with a client timestamp that is not a number", "POST", INBOX + "/me/online"),
        newJsonBody(b -> b.booleanValue("online", true).stringValue("clientTimestamp", "yesterday")).build())
        .willRespondWith().status(400).body(error("clientTimestamp must be a number"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "setOnlineInvalid")
  void anInvalidTimestampIsAValidationError(MockServer server) {
    assertThatThrownBy(() -> inbox(server).setMyOnlineStatus("bot1",
        new SetOnlineStatusRequest().online(true).clientTimestamp("yesterday")))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.operation()).isEqualTo("setMyOnlineStatus");
          assertThat(e.body()).contains("clientTimestamp");
        });
  }

  // ---- my notification settings ----

  @Pact(consumer = CONSUMER)
  V4Pact getNotifications(PactDslWithProvider p) {
    return request(p, "chatbot bot1 exists, the key's agent has a push token",
            "get the calling agent's notification settings in chatbot bot1", "GET", INBOX + "/me/notifications")
        .willRespondWith().status(200)
        .body(newJsonBody(b -> b.stringType("pushToken", PUSH_TOKEN)).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getNotifications")
  void getMyNotificationSettings(MockServer server) {
    NotificationSettings settings = inbox(server).getMyNotificationSettings("bot1");

    assertThat(settings.getPushToken()).isEqualTo(PUSH_TOKEN);
  }

  @Pact(consumer = CONSUMER)
  V4Pact getNotificationsForbidden(PactDslWithProvider p) {
    return request(p, "chatbot bot1 exists, the key lacks chatbots.inbox.agents.notifications.get",
            "get notification settings without the permission", "GET", INBOX + "/me/notifications")
        .willRespondWith().status(403).body(error("Forbidden"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getNotificationsForbidden")
  void aMissingPermissionIsAPermissionError(MockServer server) {
    assertThatThrownBy(() -> inbox(server).getMyNotificationSettings("bot1"))
        .isInstanceOfSatisfying(PermissionException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.operation()).isEqualTo("getMyNotificationSettings");
        });
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateNotifications(PactDslWithProvider p) {
    return withJson(request(p, "chatbot bot1 exists, the key's agent may edit its notification settings",
            "change the calling agent's push token in chatbot bot1", "POST", INBOX + "/me/notifications"),
        newJsonBody(b -> b.stringType("pushToken", PUSH_TOKEN)).build())
        .willRespondWith().status(200)
        .body(newJsonBody(b -> b.stringType("pushToken", PUSH_TOKEN)).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateNotifications")
  void updateMyNotificationSettings(MockServer server) {
    NotificationSettings settings = inbox(server).updateMyNotificationSettings("bot1",
        new NotificationSettingsUpdate().pushToken(PUSH_TOKEN));

    assertThat(settings.getPushToken()).isEqualTo(PUSH_TOKEN);
  }
}
