package dev.switchboard.livechat;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.switchboard.livechat.api.BotAgentsApi;
import dev.switchboard.livechat.model.*;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.PermissionException;
import dev.switchboard.runtime.error.RateLimitedException;
import dev.switchboard.runtime.error.TransportException;
import dev.switchboard.runtime.error.ValidationException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.WireLog;
import dev.switchboard.runtime.testing.LogCapture;
import dev.switchboard.runtime.testing.Loopback;
import dev.switchboard.runtime.testing.ProviderChecks;
import dev.switchboard.runtime.testing.Specs;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LiveChatClientTest {
  private static final String TOKEN = "fra:lc-token-0c9d";
  private static final String WEBHOOK_SECRET = "JSauw0Aks8l-asAa";
  private static final String DETAILS = "{\"bot_agent\":{\"id\":\"5c9871d5372c824cbf22d860a707a578\",\"name\":\"John Doe\","
      + "\"avatar\":\"livechat.s3.amazonaws.com/a.jpg\",\"status\":\"accepting chats\",\"application\":{\"client_id\":\"asXdesldiAJSq9padj\"},"
      + "\"max_chats_count\":6,\"groups\":[{\"id\":0,\"priority\":\"normal\"},{\"id\":2,\"priority\":\"first\"}],"
      + "\"webhooks\":{\"url\":\"http://myservice.com/webhooks\",\"secret_key\":\"" + WEBHOOK_SECRET + "\",\"actions\":["
      + "{\"name\":\"incoming_chat_thread\",\"filters\":{\"chat_properties\":{\"source\":{\"type\":{\"values\":[\"facebook\",\"twitter\"]}}}}},"
      + "{\"name\":\"incoming_event\",\"additional_data\":[\"chat_properties\"]}]}}}";

  @RegisterExtension static WireMockExtension server = Loopback.wireMock();
  @RegisterExtension LogCapture logs = new LogCapture();

  private LiveChatClient client(RetryPolicy policy) {
    return LiveChatClient.builder().apiVersion(LiveChatApiVersion.V3_1).baseUrl(server.baseUrl() + "/v3.1/configuration/action").accessToken(TOKEN)
        .retryPolicy(policy).wireLog(WireLog.FULL).build();
  }

  private BotAgentsApi bots() {
    return client(RetryPolicy.none()).botAgents();
  }

  private static String path(String method) {
    return "/v3.1/configuration/action/" + method;
  }

  @Test
  void specParsesStrictly() {
    Specs.assertParsesStrictly("livechat");
  }

  @Test
  void createBotAgentPostsTheFullRequest() {
    server.stubFor(post(path("create_bot_agent")).willReturn(okJson("{\"bot_agent_id\":\"5c9871d5372c824cbf22d860a707a578\"}")));

    CreateBotAgentResponse r = bots().createBotAgent(new CreateBotAgentRequest().name("John Doe")
        .avatar("livechat.s3.amazonaws.com/a.jpg").status(BotAgentStatus.ACCEPTING_CHATS).maxChatsCount(6)
        .groups(List.of(new GroupAssignment().id(0L).priority(GroupPriority.NORMAL), new GroupAssignment().id(2L).priority(GroupPriority.FIRST)))
        .webhooks(new Webhooks().url("http://myservice.com/webhooks").secretKey(WEBHOOK_SECRET).actions(List.of(
            new WebhookAction().name("incoming_chat_thread"),
            new WebhookAction().name("incoming_event").additionalData(List.of("chat_properties"))))));

    server.verify(postRequestedFor(urlEqualTo(path("create_bot_agent")))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalToJson("{\"name\":\"John Doe\",\"avatar\":\"livechat.s3.amazonaws.com/a.jpg\",\"status\":\"accepting chats\","
            + "\"max_chats_count\":6,\"groups\":[{\"id\":0,\"priority\":\"normal\"},{\"id\":2,\"priority\":\"first\"}],"
            + "\"webhooks\":{\"url\":\"http://myservice.com/webhooks\",\"secret_key\":\"" + WEBHOOK_SECRET + "\",\"actions\":["
            + "{\"name\":\"incoming_chat_thread\"},{\"name\":\"incoming_event\",\"additional_data\":[\"chat_properties\"]}]}}")));
    assertThat(r.getBotAgentId()).isEqualTo("5c9871d5372c824cbf22d860a707a578");
  }

  @Test
  void removeAndUpdateBotAgent() {
    server.stubFor(post(path("remove_bot_agent")).willReturn(okJson("{}")));
    server.stubFor(post(path("update_bot_agent")).willReturn(okJson("{}")));

    bots().removeBotAgent(new RemoveBotAgentRequest().botAgentId("b1"));
    bots().updateBotAgent(new UpdateBotAgentRequest().id("b1").status(BotAgentStatus.NOT_ACCEPTING_CHATS)
        .defaultGroupPriority(DefaultGroupPriority.SUPERVISOR).maxChatsCount(3));

    server.verify(postRequestedFor(urlEqualTo(path("remove_bot_agent"))).withRequestBody(equalToJson("{\"bot_agent_id\":\"b1\"}")));
    server.verify(postRequestedFor(urlEqualTo(path("update_bot_agent"))).withRequestBody(equalToJson(
        "{\"id\":\"b1\",\"status\":\"not accepting chats\",\"default_group_priority\":\"supervisor\",\"max_chats_count\":3}")));
  }

  @Test
  void getBotAgentsAndDetails() {
    server.stubFor(post(path("get_bot_agents")).willReturn(okJson("{\"bot_agents\":[{\"id\":\"b1\",\"name\":\"John Doe\","
        + "\"avatar\":\"a.jpg\",\"status\":\"offline\"}]}")));
    server.stubFor(post(path("get_bot_agent_details")).willReturn(okJson(DETAILS)));

    GetBotAgentsResponse list = bots().getBotAgents(new GetBotAgentsRequest().all(true));
    BotAgent details = bots().getBotAgentDetails(new GetBotAgentDetailsRequest().botAgentId("5c9871d5372c824cbf22d860a707a578")).getBotAgent();

    server.verify(postRequestedFor(urlEqualTo(path("get_bot_agents"))).withRequestBody(equalToJson("{\"all\":true}")));
    assertThat(list.getBotAgents().get(0).getStatus()).isEqualTo(BotAgentStatus.OFFLINE);
    assertThat(details.getApplication().getClientId()).isEqualTo("asXdesldiAJSq9padj");
    assertThat(details.getGroups()).extracting(GroupAssignment::getPriority).containsExactly(GroupPriority.NORMAL, GroupPriority.FIRST);
    assertThat(details.getWebhooks().getActions().get(0).getFilters()).containsKey("chat_properties");
    assertThat(details.getWebhooks().getActions().get(1).getAdditionalData()).containsExactly("chat_properties");
    assertThat(details.getWebhooks().toString()).doesNotContain(WEBHOOK_SECRET);
  }

  @Test
  void documentedErrorsBecomeTypedExceptions() {
    String body = "{\"error\":{\"type\":\"%s\",\"message\":\"m\"}}";
    server.stubFor(post(path("get_bot_agent_details")).willReturn(aResponse().withStatus(404).withBody(String.format(body, "not_found"))));
    server.stubFor(post(path("create_bot_agent")).willReturn(aResponse().withStatus(400).withBody(String.format(body, "validation"))));
    server.stubFor(post(path("update_bot_agent")).willReturn(aResponse().withStatus(422).withBody(String.format(body, "validation"))));
    server.stubFor(post(path("get_bot_agents")).willReturn(aResponse().withStatus(401).withBody(String.format(body, "authentication"))));
    server.stubFor(post(path("remove_bot_agent")).willReturn(aResponse().withStatus(403).withBody(String.format(body, "authorization"))));

    assertThatThrownBy(() -> bots().getBotAgentDetails(new GetBotAgentDetailsRequest().botAgentId("x")))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.operation()).isEqualTo("getBotAgentDetails");
          assertThat(e.body()).contains("not_found");
        });
    assertThatThrownBy(() -> bots().createBotAgent(new CreateBotAgentRequest().name("n").status(BotAgentStatus.OFFLINE)))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> bots().updateBotAgent(new UpdateBotAgentRequest().id("b1"))).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> bots().getBotAgents(new GetBotAgentsRequest())).isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> bots().removeBotAgent(new RemoveBotAgentRequest().botAgentId("b1"))).isInstanceOf(PermissionException.class);
  }

  @Test
  void rateLimitIsTypedWithItsRetryAfter() {
    server.stubFor(post(path("get_bot_agents")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")
        .withBody("{\"error\":{\"type\":\"too_many_requests\",\"message\":\"slow down\"}}")));

    assertThatThrownBy(() -> bots().getBotAgents(new GetBotAgentsRequest()))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter()).contains(Duration.ofMinutes(2)));
  }

  @Test
  void readMethodsAreRetriedButWritesAreNot() {
    RetryPolicy fast = RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(2)).build();
    server.stubFor(post(path("get_bot_agents")).inScenario("r").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
    server.stubFor(post(path("get_bot_agents")).inScenario("r").whenScenarioStateIs("ok").willReturn(okJson("{\"bot_agents\":[]}")));
    server.stubFor(post(path("create_bot_agent")).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThat(client(fast).botAgents().getBotAgents(new GetBotAgentsRequest()).getBotAgents()).isEmpty();
    assertThatThrownBy(() -> client(fast).botAgents().createBotAgent(new CreateBotAgentRequest().name("n").status(BotAgentStatus.OFFLINE)))
        .isInstanceOf(TransportException.class);

    server.verify(2, postRequestedFor(urlEqualTo(path("get_bot_agents"))));
    server.verify(1, postRequestedFor(urlEqualTo(path("create_bot_agent"))));
  }

  @Test
  void requiredFieldsAreCheckedBeforeSendingIncludingNestedOnes() {
    assertThatThrownBy(() -> bots().createBotAgent(new CreateBotAgentRequest().name("n")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("createBotAgentRequest.status"));
    assertThatThrownBy(() -> bots().createBotAgent(new CreateBotAgentRequest().name("n").status(BotAgentStatus.OFFLINE)
        .groups(List.of(new GroupAssignment().id(1L)))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("createBotAgentRequest.groups[0].priority"));
    assertThatThrownBy(() -> bots().removeBotAgent(new RemoveBotAgentRequest()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("removeBotAgentRequest.botAgentId"));
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void unknownEnumValuesDecode() {
    server.stubFor(post(path("get_bot_agents")).willReturn(okJson("{\"bot_agents\":[{\"id\":\"b1\",\"status\":\"sleeping\"}]}")));

    assertThat(bots().getBotAgents(new GetBotAgentsRequest()).getBotAgents().get(0).getStatus())
        .isEqualTo(BotAgentStatus.UNKNOWN_DEFAULT_OPEN_API);
  }

  @Test
  void personalAccessTokenUsesBasicAuth() {
    server.stubFor(post(path("get_bot_agents")).willReturn(okJson("{\"bot_agents\":[]}")));
    LiveChatClient client = LiveChatClient.builder().apiVersion(LiveChatApiVersion.V3_1).baseUrl(server.baseUrl() + "/v3.1/configuration/action")
        .personalAccessToken("acct-1", "dal:pat-secret").build();

    client.botAgents().getBotAgents(new GetBotAgentsRequest());

    String expected = java.util.Base64.getEncoder().encodeToString("acct-1:dal:pat-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    server.verify(postRequestedFor(urlEqualTo(path("get_bot_agents"))).withHeader("Authorization", equalTo("Basic " + expected))
        .withHeader("X-Region", equalTo("dal")));
  }

  @Test
  void tokensAndWebhookSecretsAppearNowhere() {
    server.stubFor(post(path("get_bot_agent_details")).willReturn(okJson(DETAILS)));
    server.stubFor(post(path("create_bot_agent")).willReturn(aResponse().withStatus(401)
        .withBody("{\"error\":{\"type\":\"authentication\",\"message\":\"token " + TOKEN + " expired\"}}")));
    LiveChatClient client = client(RetryPolicy.none());

    BotAgent details = client.botAgents().getBotAgentDetails(new GetBotAgentDetailsRequest().botAgentId("b1")).getBotAgent();
    ApiException thrown = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
        () -> client.botAgents().createBotAgent(new CreateBotAgentRequest().name("n").status(BotAgentStatus.OFFLINE)
            .webhooks(new Webhooks().url("http://x").secretKey(WEBHOOK_SECRET).actions(List.of(new WebhookAction().name("a"))))));

    ProviderChecks.assertSecretNowhere(TOKEN, logs, thrown, client, thrown.body());
    ProviderChecks.assertSecretNowhere(WEBHOOK_SECRET, logs, thrown, details, Map.of("d", details));
  }
}
