package dev.switchboard.chatcaptain;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.chatcaptain.api.InboxAgentsApi;
import dev.switchboard.chatcaptain.model.NotificationSettings;
import dev.switchboard.chatcaptain.model.NotificationSettingsUpdate;
import dev.switchboard.chatcaptain.model.OnlineStatus;
import dev.switchboard.chatcaptain.model.OnlineStatusList;
import dev.switchboard.chatcaptain.model.SetOnlineStatusRequest;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.PermissionException;
import dev.switchboard.runtime.error.ValidationException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.WireLog;
import dev.switchboard.runtime.testing.LogCapture;
import dev.switchboard.runtime.testing.Loopback;
import dev.switchboard.runtime.testing.ProviderChecks;
import dev.switchboard.runtime.testing.Specs;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ChatCaptainClientTest {
  private static final String KEY = "cc-key-55e1";

  @RegisterExtension static WireMockExtension server = Loopback.wireMock();
  @RegisterExtension LogCapture logs = new LogCapture();

  private ChatCaptainClient client() {
    return ChatCaptainClient.builder().baseUrl(server.baseUrl()).apiKey(KEY)
        .retryPolicy(RetryPolicy.none()).wireLog(WireLog.FULL).build();
  }

  private InboxAgentsApi inbox() {
    return client().inboxAgents();
  }

  @Test
  void specParsesStrictly() {
    Specs.assertParsesStrictly("chatcaptain");
  }

  @Test
  void listAgentsOnlineStatus() {
    server.stubFor(get("/v1/inbox/bot1/agents/online").willReturn(okJson(
        "{\"agents\":[{\"agentId\":\"a1\",\"online\":true,\"lastSeen\":\"2025-08-12T17:36:06.104Z\"}]}")));

    OnlineStatusList list = inbox().listAgentsOnlineStatus("bot1");

    server.verify(getRequestedFor(urlEqualTo("/v1/inbox/bot1/agents/online"))
        .withHeader("x-chatcaptain-key", equalTo(KEY)).withHeader("Accept", equalTo("application/json")));
    assertThat(list.getAgents().get(0).getAgentId()).isEqualTo("a1");
    assertThat(list.getAgents().get(0).getOnline()).isTrue();
    assertThat(list.getAgents().get(0).getLastSeen()).isEqualTo("2025-08-12T17:36:06.104Z");
    assertThat(ChatCaptainClient.lastSeen(list.getAgents().get(0))).contains(OffsetDateTime.parse("2025-08-12T17:36:06.104Z"));
    assertThat(list.getError()).isNull();
  }

  @Test
  void lastSeenInAnotherFormKeepsTheRawTextAndGivesNoParsedValue() {
    server.stubFor(get("/v1/inbox/bot1/agents/online").willReturn(okJson(
        "{\"agents\":[{\"agentId\":\"a1\",\"online\":false,\"lastSeen\":\"12 Aug 2025, 17:36\"},"
            + "{\"agentId\":\"a2\",\"online\":false}]}")));

    OnlineStatusList list = inbox().listAgentsOnlineStatus("bot1");

    assertThat(list.getAgents().get(0).getLastSeen()).isEqualTo("12 Aug 2025, 17:36");
    assertThat(ChatCaptainClient.lastSeen(list.getAgents().get(0))).isEmpty();
    assertThat(ChatCaptainClient.lastSeen(list.getAgents().get(1))).isEmpty();
  }

  @Test
  void setMyOnlineStatus() {
    server.stubFor(post("/v1/inbox/bot1/agents/me/online").willReturn(okJson("{\"online\":false}")));

    OnlineStatus status = inbox().setMyOnlineStatus("bot1",
        new SetOnlineStatusRequest().online(false).clientTimestamp("123456789"));

    server.verify(postRequestedFor(urlEqualTo("/v1/inbox/bot1/agents/me/online"))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalToJson("{\"online\":false,\"clientTimestamp\":\"123456789\"}")));
    assertThat(status.getOnline()).isFalse();
  }

  @Test
  void notificationSettingsGetAndUpdate() {
    server.stubFor(get("/v1/inbox/bot1/agents/me/notifications").willReturn(okJson("{\"pushToken\":\"old\"}")));
    server.stubFor(post("/v1/inbox/bot1/agents/me/notifications").willReturn(okJson("{\"pushToken\":\"new\",\"error\":\"partial\"}")));

    NotificationSettings current = inbox().getMyNotificationSettings("bot1");
    NotificationSettings updated = inbox().updateMyNotificationSettings("bot1", new NotificationSettingsUpdate().pushToken("new"));

    assertThat(current.getPushToken()).isEqualTo("old");
    assertThat(updated.getPushToken()).isEqualTo("new");
    assertThat(updated.getError()).isEqualTo("partial");
    server.verify(postRequestedFor(urlEqualTo("/v1/inbox/bot1/agents/me/notifications"))
        .withRequestBody(equalToJson("{\"pushToken\":\"new\"}")));
  }

  @Test
  void documentedErrorsBecomeTypedExceptions() {
    server.stubFor(post("/v1/inbox/bot1/agents/me/online").willReturn(aResponse().withStatus(400).withBody("{\"error\":\"invalid input\"}")));
    server.stubFor(get("/v1/inbox/bot1/agents/online").willReturn(aResponse().withStatus(403).withBody("{\"error\":\"insufficient permissions\"}")));
    server.stubFor(get("/v1/inbox/nobot/agents/me/notifications").willReturn(aResponse().withStatus(404).withBody("{\"error\":\"not found\"}")));
    server.stubFor(get("/v1/inbox/bot1/agents/me/notifications").willReturn(aResponse().withStatus(401).withBody("{\"error\":\"no key\"}")));

    assertThatThrownBy(() -> inbox().setMyOnlineStatus("bot1", new SetOnlineStatusRequest().online(true).clientTimestamp("1")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> inbox().listAgentsOnlineStatus("bot1")).isInstanceOfSatisfying(PermissionException.class, e -> {
      assertThat(e.provider()).isEqualTo("chatcaptain");
      assertThat(e.operation()).isEqualTo("listAgentsOnlineStatus");
      assertThat(e.body()).contains("insufficient permissions");
    });
    assertThatThrownBy(() -> inbox().getMyNotificationSettings("nobot")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> inbox().getMyNotificationSettings("bot1")).isInstanceOf(AuthenticationException.class);
  }

  @Test
  void requiredBodyFieldsAreCheckedBeforeSending() {
    assertThatThrownBy(() -> inbox().setMyOnlineStatus("bot1", new SetOnlineStatusRequest().online(true)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("setOnlineStatusRequest.clientTimestamp"));
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void pathParametersAreOneSegment() {
    ProviderChecks.assertPathParameterIsOneSegment(server, "/v1/inbox/", "/agents/online", "chatbotId",
        id -> inbox().listAgentsOnlineStatus(id));
  }

  @Test
  void unknownFieldsAreIgnored() {
    server.stubFor(get("/v1/inbox/bot1/agents/online").willReturn(okJson("{\"agents\":[{\"agentId\":\"a1\",\"mood\":\"happy\"}],\"v\":2}")));

    assertThat(inbox().listAgentsOnlineStatus("bot1").getAgents()).hasSize(1);
  }

  @Test
  void theKeyAppearsNowhere() {
    server.stubFor(get("/v1/inbox/bot1/agents/online").willReturn(aResponse().withStatus(403)
        .withBody("{\"error\":\"key " + KEY + " lacks chatbots.inbox.agents.list\"}")));
    ChatCaptainClient client = client();

    ApiException thrown = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
        () -> client.inboxAgents().listAgentsOnlineStatus("bot1"));

    ProviderChecks.assertSecretNowhere(KEY, logs, thrown, client, client.inboxAgents(), thrown.body());
  }
}
