package dev.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.livechat.LiveChatApiVersion;
import dev.switchboard.livechat.LiveChatClient;
import dev.switchboard.livechat.LiveChatDirectory;
import dev.switchboard.livechat.sandbox.LiveChatSandbox;
import dev.switchboard.livechat.v34.model.Bot;
import dev.switchboard.livechat.v34.model.BotIdRequest;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.sandbox.junit.SandboxExtension;
import dev.switchboard.sandbox.junit.SandboxSwitchboard;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** LiveChat in the sandbox at both API versions: round trips through the facade, the permit list, X-Region. */
@ExtendWith(SandboxExtension.class)
class LiveChatSandboxTest {
  private static LiveChatClient client(Sandbox sandbox, LiveChatApiVersion version) {
    return LiveChatClient.builder().apiVersion(version).baseUrl(LiveChatSandbox.baseUrl(sandbox, version.number()))
        .accessToken(LiveChatSandbox.TOKEN).retryPolicy(RetryPolicy.none()).build();
  }

  @ParameterizedTest
  @EnumSource(LiveChatApiVersion.class)
  void availabilityNameAndAvatarReadBackAsSet(LiveChatApiVersion version, Sandbox sandbox) {
    AgentDirectory bots = LiveChatDirectory.of(client(sandbox, version));

    Agent created = bots.create(NewAgent.named("Round Trip").availability(Availability.AWAY).build());
    assertThat(bots.get(created.id()).availability()).isEqualTo(Availability.AWAY);

    bots.setAvailability(created.id(), Availability.ONLINE);
    assertThat(bots.get(created.id()).availability()).isEqualTo(Availability.ONLINE);

    Agent renamed = bots.update(created.id(), AgentUpdate.builder().name("Renamed").avatarUrl("https://cdn.example.com/r.png")
        .availability(Availability.OFFLINE).build());
    assertThat(renamed.name()).isEqualTo("Renamed");
    assertThat(renamed.availability()).isEqualTo(Availability.OFFLINE);
    assertThat(bots.list()).extracting(Agent::id, Agent::name, Agent::availability)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(created.id(), "Renamed", Availability.OFFLINE));
    if (version == LiveChatApiVersion.V3_4) {
      assertThat(renamed.raw(Bot.class)).get().extracting(Bot::getAvatarPath).isEqualTo("https://cdn.example.com/r.png");
    }
  }

  @Test
  void aNewBotStartsOfflineAndBothVersionsSeeTheSameBots(Sandbox sandbox) {
    AgentDirectory v34 = SandboxSwitchboard.of(sandbox).directory(Platform.LIVECHAT);
    AgentDirectory v31 = LiveChatDirectory.of(client(sandbox, LiveChatApiVersion.V3_1));

    Agent created = v34.create(NewAgent.named("Quiet").build());
    v31.setAvailability(created.id(), Availability.AWAY);

    assertThat(created.availability()).isEqualTo(Availability.OFFLINE);
    assertThat(v34.get(created.id()).availability()).isEqualTo(Availability.AWAY);
    assertThat(v31.get(created.id()).name()).isEqualTo("Quiet");
  }

  @Test
  void fieldsTheRealPlatformDoesNotReadAreDroppedSilently(Sandbox sandbox) throws Exception {
    // v3.1's status and avatar, and an invented field: v3.4's create_bot reads none of them.
    HttpResponse<String> created = post(sandbox, "/configuration/action/create_bot", "fra",
        "{\"name\":\"Dropper\",\"status\":\"accepting chats\",\"avatar\":\"https://a.example/x.png\",\"colour\":\"red\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
    String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

    Bot bot = client(sandbox, LiveChatApiVersion.V3_4).bots().getBot(new BotIdRequest().id(id));
    HttpResponse<String> raw = post(sandbox, "/configuration/action/get_bot", "fra", "{\"id\":\"" + id + "\"}");

    assertThat(bot.getName()).isEqualTo("Dropper");
    assertThat(bot.getAvatarPath()).isNull();
    assertThat(raw.body()).doesNotContain("colour", "accepting");
    assertThat(LiveChatDirectory.of(client(sandbox, LiveChatApiVersion.V3_4)).get(id).availability())
        .isEqualTo(Availability.OFFLINE);
  }

  @Test
  void defaultGroupPriorityIsKeptOnCreateAtBothVersions(Sandbox sandbox) {
    LiveChatClient v31 = client(sandbox, LiveChatApiVersion.V3_1);
    LiveChatClient v34 = client(sandbox, LiveChatApiVersion.V3_4);

    String old = v31.botAgents().createBotAgent(new dev.switchboard.livechat.model.CreateBotAgentRequest()
        .name("Old").status(dev.switchboard.livechat.model.BotAgentStatus.OFFLINE)
        .defaultGroupPriority(dev.switchboard.livechat.model.DefaultGroupPriority.LAST)).getBotAgentId();
    String fresh = v34.bots().createBot(new dev.switchboard.livechat.v34.model.CreateBotRequest()
        .name("New").defaultGroupPriority(dev.switchboard.livechat.v34.model.DefaultGroupPriority.SUPERVISOR)).getId();

    assertThat(v31.botAgents().getBotAgentDetails(new dev.switchboard.livechat.model.GetBotAgentDetailsRequest()
        .botAgentId(old)).getBotAgent().getDefaultGroupPriority())
        .isEqualTo(dev.switchboard.livechat.model.DefaultGroupPriority.LAST);
    assertThat(v34.bots().getBot(new BotIdRequest().id(fresh)).getDefaultGroupPriority())
        .isEqualTo(dev.switchboard.livechat.v34.model.DefaultGroupPriority.SUPERVISOR);
  }

  @Test
  void aCallWithoutTheLicencesRegionIsMisdirected(Sandbox sandbox) throws Exception {
    HttpResponse<String> none = post(sandbox, "/configuration/action/list_bots", null, "{\"all\":true}");
    HttpResponse<String> wrong = post(sandbox, "/configuration/action/list_bots", "dal", "{\"all\":true}");
    HttpResponse<String> right = post(sandbox, "/configuration/action/list_bots", "fra", "{\"all\":true}");

    assertThat(none.statusCode()).isEqualTo(421);
    assertThat(none.body()).contains("misdirected_request");
    assertThat(wrong.statusCode()).isEqualTo(421);
    assertThat(right.statusCode()).isEqualTo(200);
    assertThatThrownBy(() -> LiveChatClient.builder().baseUrl(LiveChatSandbox.baseUrl(sandbox, LiveChatApiVersion.V3_4.number()))
        .accessToken(LiveChatSandbox.TOKEN).region("dal").retryPolicy(RetryPolicy.none()).build()
        .bots().listBots(new dev.switchboard.livechat.v34.model.ListBotsRequest()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(421));
  }

  private static HttpResponse<String> post(Sandbox sandbox, String path, String region, String body) throws Exception {
    HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(LiveChatSandbox.baseUrl(sandbox, LiveChatApiVersion.V3_4.number()) + path))
        .header("Authorization", "Bearer " + LiveChatSandbox.TOKEN).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (region != null) {
      r.header("X-Region", region);
    }
    return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.ofString());
  }
}
