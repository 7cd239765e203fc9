package dev.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.bcrumbs.sandbox.BcrumbsSandbox;
import dev.switchboard.chatcaptain.ChatCaptainDirectory;
import dev.switchboard.chatcaptain.sandbox.ChatCaptainSandbox;
import dev.switchboard.chatwoot.sandbox.ChatwootSandbox;
import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.sandbox.junit.SandboxExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Set a value through the facade, read it back through the facade. The fakes drop every body field
 * their platform does not read (each fake's own permit list, written from the platform's source or
 * docs), so a value the SDK sends under a name the platform ignores does not come back: these tests
 * fail then, as the real platform would.
 */
@ExtendWith(SandboxExtension.class)
class RoundTripTest {
  /** Platforms whose create takes an initial availability. */
  private static final Set<Platform> CREATE_WITH_AVAILABILITY = Set.of(Platform.CHATWOOT, Platform.LIVECHAT);

  /** An existing agent to change; ChatCaptain changes only the caller's own status. */
  private static String target(AgentDirectory d) {
    return d.platform().equals(Platform.CHATCAPTAIN) ? ChatCaptainDirectory.ME : d.list().iterator().next().id();
  }

  private static String readId(AgentDirectory d, String id) {
    return d.platform().equals(Platform.CHATCAPTAIN) ? ChatCaptainSandbox.ME : id;
  }

  /** Each value differs from the one before, so a dropped write cannot read back as set. */
  private static List<Availability> sequence(AgentDirectory d, Availability current) {
    List<Availability> values = new ArrayList<>(d.platform().equals(Platform.CHATCAPTAIN)
        ? List.of(Availability.OFFLINE, Availability.ONLINE)
        : d.platform().id().equals("intercom") ? List.of(Availability.AWAY, Availability.ONLINE) // away mode on or off
        : List.of(Availability.AWAY, Availability.OFFLINE, Availability.ONLINE, Availability.AWAY));
    if (values.get(0) == current) {
      values.add(values.remove(0));
    }
    return values;
  }

  @Test
  void aSetAvailabilityReadsBackAsSet(Switchboard sb, Sandbox sandbox) {
    sandbox.seedDemoData();
    List<Platform> checked = new ArrayList<>();
    // Soft: one run reports every platform whose round trip fails, not only the first.
    SoftAssertions soft = new SoftAssertions();
    for (AgentDirectory d : sb.directories()) {
      if (!d.supports(Capability.SET_AVAILABILITY)) {
        continue;
      }
      String id = target(d);
      for (Availability a : sequence(d, d.availability(readId(d, id)))) {
        d.setAvailability(id, a);
        soft.assertThat(d.availability(readId(d, id))).as(d.platform().id() + " set " + a).isEqualTo(a);
      }
      checked.add(d.platform());
    }
    soft.assertAll();
    assertThat(checked).containsExactlyInAnyOrder(Platform.CHATWOOT, Platform.BIRD, Platform.CHATCAPTAIN, Platform.LIVECHAT,
        Platform.of("intercom"), Platform.of("twilio"));
  }

  @Test
  void chatCaptainsOwnAgentIsOneIdAcrossListGetAndAvailability(Switchboard sb, Sandbox sandbox) {
    sandbox.seedDemoData();
    AgentDirectory d = sb.directory(Platform.CHATCAPTAIN);
    String listed = ChatCaptainSandbox.ME;
    assertThat(d.list()).extracting(Agent::id).contains(listed);

    // The id the list shows and 'me' are one agent, whichever is used for which operation.
    d.setAvailability(listed, Availability.OFFLINE);
    assertThat(d.availability(ChatCaptainDirectory.ME)).isEqualTo(Availability.OFFLINE);
    assertThat(d.get(ChatCaptainDirectory.ME).id()).isEqualTo(listed);
    d.setAvailability(ChatCaptainDirectory.ME, Availability.ONLINE);
    assertThat(d.availability(listed)).isEqualTo(Availability.ONLINE);
    assertThat(d.get(listed).availability()).isEqualTo(Availability.ONLINE);
  }

  @Test
  void anAvailabilityGivenOnCreateReadsBackAsGiven(Switchboard sb) {
    SoftAssertions soft = new SoftAssertions();
    for (Platform p : CREATE_WITH_AVAILABILITY) {
      AgentDirectory d = sb.directory(p);
      // Not the platforms' default for a new agent (offline), so a dropped field shows.
      Agent created = d.create(NewAgent.named("Avery Away").email("avery@example.com").availability(Availability.AWAY).build());
      soft.assertThat(d.get(created.id()).availability()).as(p.id()).isEqualTo(Availability.AWAY);
    }
    soft.assertAll();
  }

  @Test
  void aSetNameReadsBackAsSet(Switchboard sb, Sandbox sandbox) {
    sandbox.seedDemoData();
    List<Platform> checked = new ArrayList<>();
    SoftAssertions soft = new SoftAssertions();
    for (AgentDirectory d : sb.directories()) {
      if (!d.supports(Capability.UPDATE)) {
        continue;
      }
      String id = target(d);
      d.update(id, AgentUpdate.builder().name("Renamed Agent").build());
      soft.assertThat(d.get(id).name()).as(d.platform().id()).isEqualTo("Renamed Agent");
      checked.add(d.platform());
    }
    soft.assertAll();
    assertThat(checked).containsExactlyInAnyOrder(Platform.CHATWOOT, Platform.BIRD, Platform.LIVECHAT, Platform.BCRUMBS, Platform.of("twilio"));
  }

  /** Chatwoot is the one platform with agent roles in the facade. */
  @Test
  void aSetRoleReadsBackAsSet(Switchboard sb) {
    AgentDirectory d = sb.directory(Platform.CHATWOOT);
    Agent created = d.create(NewAgent.named("Rae Role").email("rae@example.com").role("administrator").build());
    assertThat(d.get(created.id()).role()).isEqualTo("administrator");

    d.update(created.id(), AgentUpdate.builder().role("agent").build());
    assertThat(d.get(created.id()).role()).isEqualTo("agent");
    d.update(created.id(), AgentUpdate.builder().role("administrator").build());
    assertThat(d.get(created.id()).role()).isEqualTo("administrator");
  }

  /**
   * A field the platform does not read is dropped without an error, as Rails' strong parameters
   * drop it: the old field name answers 200 and changes nothing.
   */
  @Test
  void chatwootDropsAFieldItDoesNotRead(Sandbox sandbox) throws Exception {
    sandbox.seedDemoData(); // agent 1, Ada Admin, is online
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
            sandbox.baseUrl("chatwoot") + "/api/v1/accounts/" + ChatwootSandbox.ACCOUNT + "/agents/1"))
        .header("api_access_token", ChatwootSandbox.TOKEN).header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"availability_status\":\"busy\",\"name\":\"Ada\"}")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("\"availability_status\":\"online\"", "\"name\":\"Ada\"");
  }

  /** bcrumbs' list takes only the input fields its docs name (and the assumed cursor). */
  @Test
  void bcrumbsRefusesAnUndocumentedListInput(Sandbox sandbox) throws Exception {
    String query = "query agents($input: AgentsInput!) { agents(input: $input) { nodes { id } } }";
    HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
            sandbox.baseUrl("bcrumbs"))).header("authorization", BcrumbsSandbox.API_KEY)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"operationName\":\"agents\",\"query\":\"" + query
            + "\",\"variables\":{\"input\":{\"workspaceId\":12,\"first\":2}}}")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(answer.body()).contains("\"errors\"", "first").doesNotContain("\"nodes\"");
  }
}
