package dev.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.bcrumbs.sandbox.BcrumbsSandbox;
import dev.switchboard.bird.BirdClient;
import dev.switchboard.bird.BirdDirectory;
import dev.switchboard.bird.sandbox.BirdSandbox;
import dev.switchboard.chatcaptain.ChatCaptainDirectory;
import dev.switchboard.chatcaptain.sandbox.ChatCaptainSandbox;
import dev.switchboard.chatwoot.sandbox.ChatwootSandbox;
import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.livechat.LiveChatApiVersion;
import dev.switchboard.livechat.sandbox.LiveChatSandbox;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.error.ConflictException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.sandbox.junit.SandboxExtension;
import dev.switchboard.sandbox.junit.SandboxSwitchboard;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class SandboxTest {
  private static NewAgent agent(Platform p, int i) {
    NewAgent.Builder b = NewAgent.named("Agent " + i).email("agent" + i + "@example.com");
    if (p.equals(Platform.BCRUMBS)) {
      b.userId("user-" + i);
    }
    return b.build();
  }

  @Test
  void serverConnectionsUseTcpNoDelay() {
    // Without it every keep-alive call waited ~40 ms for a delayed ACK (see Sandbox's static block;
    // the time itself is measured in benchmarks, SandboxCalls).
    assertThat(System.getProperty(Sandbox.NODELAY)).isEqualTo("true");
  }

  @Test
  void aCreatedAgentIsListedAndADeletedOneIsGone(Switchboard sb) {
    List<String> createdOn = new ArrayList<>();
    List<String> deletedOn = new ArrayList<>();
    for (AgentDirectory d : sb.directories()) {
      if (!d.supports(dev.switchboard.facade.Capability.CREATE)) {
        continue;
      }
      createdOn.add(d.platform().id());
      Agent created = d.create(agent(d.platform(), 1));
      assertThat(d.list().stream().map(Agent::id)).as(d.platform().id()).contains(created.id());
      assertThat(d.get(created.id()).name()).as(d.platform().id()).isEqualTo("Agent 1");
      if (d.supports(dev.switchboard.facade.Capability.DELETE)) {
        deletedOn.add(d.platform().id());
        d.delete(created.id());
        assertThat(d.list().stream().map(Agent::id)).as(d.platform().id()).doesNotContain(created.id());
        assertThatThrownBy(() -> d.delete(created.id())).as(d.platform().id()).isInstanceOf(NotFoundException.class);
      }
    }
    // The loop checked the platforms the capability table names, not none.
    assertThat(createdOn).containsExactlyInAnyOrder("chatwoot", "bird", "livechat", "bcrumbs", "twilio");
    assertThat(deletedOn).containsExactlyInAnyOrder("chatwoot", "bird", "livechat", "twilio");
  }

  @Test
  void pageTokensAndCursorsPage(Switchboard sb) {
    for (Platform p : List.of(Platform.BIRD, Platform.BCRUMBS)) {
      AgentDirectory d = sb.directory(p);
      for (int i = 0; i < 25; i++) {
        d.create(agent(p, i));
      }
      List<String> names = d.list(AgentQuery.ALL.withPageSize(10)).stream().map(Agent::name).collect(Collectors.toList());
      assertThat(names).as(p.id()).hasSize(25).doesNotHaveDuplicates().contains("Agent 0", "Agent 24");
      assertThat(d.listAsync(AgentQuery.ALL.withPageSize(7)).join()).as(p.id()).hasSize(25);
    }
  }

  @Test
  void availabilityAndRenamesPersist(Switchboard sb, Sandbox sandbox) {
    sandbox.seedDemoData();
    List<String> checked = new ArrayList<>();
    for (AgentDirectory d : sb.directories()) {
      if (d.supports(dev.switchboard.facade.Capability.SET_AVAILABILITY)) {
        checked.add(d.platform().id());
        String id = d.platform().equals(Platform.CHATCAPTAIN) ? ChatCaptainDirectory.ME : d.list().iterator().next().id();
        // Intercom's away mode has no offline: away is what differs from its demo admin's online.
        Availability set = d.platform().id().equals("intercom") ? Availability.AWAY : Availability.OFFLINE;
        d.setAvailability(id, set);
        assertThat(d.availability(d.platform().equals(Platform.CHATCAPTAIN) ? ChatCaptainSandbox.ME : id)).as(d.platform().id())
            .isEqualTo(set);
      }
    }
    assertThat(checked).containsExactlyInAnyOrder("chatwoot", "bird", "chatcaptain", "livechat", "intercom", "twilio");
    AgentDirectory bird = sb.directory(Platform.BIRD);
    bird.update("bird-old", AgentUpdate.builder().name("Young Timer").build());
    assertThat(bird.get("bird-old").name()).isEqualTo("Young Timer");
    AgentDirectory bc = sb.directory(Platform.BCRUMBS);
    bc.update("bc-ada", AgentUpdate.builder().name("Adele").clearSurname().build());
    assertThat(bc.get("bc-ada").name()).isEqualTo("Adele");
  }

  @Test
  void platformRulesHold(Switchboard sb) {
    sb.directory(Platform.BIRD).create(NewAgent.named("Twin").build());
    assertThatThrownBy(() -> sb.directory(Platform.BIRD).create(NewAgent.named("Twin").build()))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> sb.directory(Platform.BIRD).get("nobody")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> sb.directory(Platform.LIVECHAT).get("nobody")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> sb.directory(Platform.BCRUMBS).update("nobody", AgentUpdate.builder().name("x").build()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aWrongKeyGetsThePlatformsUnauthorizedAnswer(Sandbox sandbox) {
    BirdDirectory wrong = BirdDirectory.of(BirdClient.builder().baseUrl(sandbox.baseUrl("bird"))
        .accessKey("not-the-key").retryPolicy(RetryPolicy.none()).build(), BirdSandbox.WORKSPACE);

    assertThatThrownBy(() -> wrong.list().iterator().next()).isInstanceOfSatisfying(AuthenticationException.class,
        e -> assertThat(e.body()).contains("\"code\":\"Unauthorized\""));
  }

  @Test
  void requestsAreValidatedAgainstTheSpecsAndAnsweredInThePlatformsShape(Sandbox sandbox) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    HttpResponse<String> chatwoot = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl("chatwoot")
            + "/api/v1/accounts/1/agents")).header("api_access_token", ChatwootSandbox.TOKEN)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"No Email\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> bird = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl("bird")
            + "/workspaces/" + BirdSandbox.WORKSPACE + "/agents?limit=1000")).header("Authorization", "AccessKey " + BirdSandbox.ACCESS_KEY).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> livechat = http.send(HttpRequest.newBuilder(URI.create(LiveChatSandbox.baseUrl(sandbox, LiveChatApiVersion.V3_1.number())
            + "/create_bot_agent")).header("Authorization", "Bearer " + LiveChatSandbox.TOKEN).header("X-Region", "fra")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Bot\",\"status\":\"sleeping\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> bcrumbs = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl("bcrumbs")))
        .header("authorization", BcrumbsSandbox.API_KEY).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"query\":\"{ agents(input: {workspaceId: 12}) { nodes { id password } } }\"}")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(chatwoot.statusCode()).isEqualTo(422);
    assertThat(chatwoot.body()).contains("\"message\"", "\"attributes\"", "email");
    assertThat(bird.statusCode()).isEqualTo(422);
    assertThat(bird.body()).contains("\"code\":\"InvalidAgent\"", "limit");
    assertThat(livechat.statusCode()).isEqualTo(400);
    assertThat(livechat.body()).contains("\"type\":\"validation\"", "sleeping");
    assertThat(bcrumbs.statusCode()).isEqualTo(200);
    assertThat(bcrumbs.body()).contains("\"errors\"", "password");
  }

  @Test
  void servesConcurrentWritersWithoutLosingAny(Switchboard sb) {
    AgentDirectory bird = sb.directory(Platform.BIRD);
    List<CompletableFuture<Agent>> creates = new ArrayList<>();
    IntStream.range(0, 40).forEach(i -> creates.add(bird.createAsync(NewAgent.named("Parallel " + i).build())));
    CompletableFuture.allOf(creates.toArray(new CompletableFuture[0])).join();

    assertThat(bird.list(AgentQuery.ALL.withPageSize(100)).stream().count()).isEqualTo(40);
  }

  @Test
  void aThrottledPlatformAnswers429AndTheClientWaitsItOut(Switchboard sb, Sandbox sandbox) {
    sandbox.throttle("livechat", 1);
    assertThat(sb.directory(Platform.LIVECHAT).list().stream().count()).isZero(); // retried after Retry-After: 1
  }
}
