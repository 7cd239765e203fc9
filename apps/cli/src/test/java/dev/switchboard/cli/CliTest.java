package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.bcrumbs.sandbox.BcrumbsSandbox;
import dev.switchboard.chatwoot.sandbox.ChatwootSandbox;
import dev.switchboard.facade.Agent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.livechat.sandbox.LiveChatSandbox;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxExtension;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end, against a sandbox the test can inspect. */
@ExtendWith(SandboxExtension.class)
class CliTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Map<String, String> env(Sandbox s) {
    // The one sandbox-to-settings mapping: every installed fake's SWITCHBOARD_<ID>_* keys.
    return new HashMap<>(s.settings());
  }

  static Run run(Map<String, String> env, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, env, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(code, out.toString(), err.toString());
  }

  private Path roster(String yaml) throws IOException {
    Path f = dir.resolve("roster.yaml");
    Files.writeString(f, yaml);
    return f;
  }

  @Test
  void versionIsTheBuildsVersion() {
    // surefire passes the POM's version: the CLI must print it, not a hand-kept constant.
    String expected = System.getProperty("switchboard.expected.version");
    assertThat(expected).isNotBlank();
    Run run = run(Map.of(), "--version");
    assertThat(run.code()).isZero();
    assertThat(run.out().strip()).isEqualTo("switchboard " + expected);
  }

  private static final String ROSTER = String.join("\n",
      "platforms: [chatwoot, bird, livechat, bcrumbs]",
      "agents:",
      "  - name: Ada Admin",
      "    email: ada@example.com",
      "    role: administrator",
      "    userId: user-ada",
      "    availability: online",
      "  - name: Ben Support",
      "    email: ben@example.com",
      "    userId: user-ben",
      "    availability: away",
      "    platforms: [chatwoot, bird, bcrumbs]",
      "");

  private static Map<Platform, List<String>> names(Switchboard sb) {
    Map<Platform, List<String>> m = new HashMap<>();
    sb.directories().forEach(d -> m.put(d.platform(), d.list().stream().map(a -> a.name() == null ? a.id() : a.name()).sorted().collect(Collectors.toList())));
    return m;
  }

  @Test
  void syncAppliesThePlanAndASecondSyncPlansNothing(Sandbox sandbox, Switchboard sb) throws IOException {
    sandbox.seedDemoData();
    Path f = roster(ROSTER);

    // The demo data's extra agents are removed: LiveChat's only bot, all of that platform's agents.
    Run first = run(env(sandbox), "sync", f.toString(), "--yes", "--allow-mass-delete", "--verbose");
    Run second = run(env(sandbox), "sync", f.toString());

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("Plan:", "create", "Ben Support", "remove", "Old Timer", "Result:", "CREATED");
    assertThat(names(sb).get(Platform.of("chatwoot"))).containsExactly("Ada Admin", "Ben Support");
    assertThat(names(sb).get(Platform.of("livechat"))).containsExactly("Ada Admin"); // Greeter Bot is not in this roster
    assertThat(sb.directory(Platform.of("bird")).get("bird-ada").availability()).isEqualTo(dev.switchboard.facade.Availability.ONLINE);
    assertThat(second.code()).isZero();
    assertThat(second.out()).contains("Plan: nothing to change; every platform matches the roster.");
    // One Result row per roster platform, each with nothing created, updated, removed or recreated.
    String result = second.out().substring(second.out().indexOf("Result:"));
    assertThat(result.lines().filter(l -> l.matches("^(chatwoot|bird|livechat|bcrumbs) +\\d.*")).map(l -> l.split("\\s+")))
        .hasSize(4)
        .allSatisfy(cols -> assertThat(List.of(cols).subList(1, 5)).as(cols[0]).containsOnly("0"));
  }

  @Test
  void chatwootAgentsMatchedByEmailAreRenamed(Sandbox sandbox, Switchboard sb) throws IOException {
    sandbox.seedDemoData(); // Chatwoot agent 1: Ada Admin, ada@example.com
    Path f = roster(String.join("\n",
        "platforms: [chatwoot]",
        "agents:",
        "  - name: Ada Lovelace",
        "    email: ada@example.com",
        "    role: administrator",
        "    availability: online",
        ""));

    Run r = run(env(sandbox), "sync", "--keep-extra", f.toString(), "--verbose");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("update", "name Ada Admin -> Ada Lovelace");
    assertThat(sb.directory(Platform.of("chatwoot")).get("1").name()).isEqualTo("Ada Lovelace");
    assertThat(run(env(sandbox), "sync", "--keep-extra", f.toString()).out())
        .contains("Plan: nothing to change; every platform matches the roster.");
  }

  @Test
  void jsonOutputAndDryRun(Sandbox sandbox, Switchboard sb) throws IOException {
    Path f = roster(ROSTER);

    Run dry = run(env(sandbox), "sync", f.toString(), "--dry-run", "--json");

    assertThat(dry.code()).isZero();
    JsonNode plan = new ObjectMapper().readTree(dry.out()).get("plan").get("platforms");
    assertThat(plan).hasSize(4);
    assertThat(plan.get(0).get("platform").asText()).isEqualTo("chatwoot");
    // The library's own plan shape (what --plan-out writes), not a second one.
    assertThat(plan.get(0).get("actions").get(0).get("type").asText()).isEqualTo("CREATE");
    assertThat(names(sb).values()).allMatch(List::isEmpty);

    Run applied = run(env(sandbox), "sync", f.toString(), "--json");
    JsonNode results = new ObjectMapper().readTree(applied.out()).get("results");
    assertThat(results.findValuesAsText("status")).containsOnly("ok");
    assertThat(results.get(0).get("created").asInt()).isEqualTo(2);
  }

  @Test
  void badRostersAreRejectedWithFileLineAndReasonAndNothingChanges(Sandbox sandbox, Switchboard sb) throws IOException {
    sandbox.seedDemoData();
    Map<Platform, List<String>> before = names(sb);
    String[][] cases = {
      {"platforms: [chatwoot]\nagents:\n  - name: Ada\n    email: [oops\n", "roster.yaml:4: YAML error"},
      {"platforms: [chatwoot, slack]\nagents: []\n", "roster.yaml:1: unknown platform 'slack'"},
      {"platforms: [bird]\nagents:\n  - name: Ada\n  - name: Ada\n", "roster.yaml:4: duplicate agent 'Ada' on bird (same name as line 3)"},
      {"platforms: [chatwoot]\nagents:\n  - name: Ada\n", "roster.yaml:3: agent 'Ada' is missing required field 'email' for chatwoot"},
      {"platforms: [bird]\nagents:\n  - email: a@example.com\n", "roster.yaml:3: agent is missing required field 'name'"},
      {"platforms: [bird]\nagents:\n  - name: Ada\n    availability: sleepy\n", "roster.yaml:4: availability must be online, away or offline"},
      {"platforms: [chatwoot]\nagents:\n  - name: Ada\n    email: a@example.com\n    role: boss\n",
          "roster.yaml:5: agent 'Ada' has role 'boss', which chatwoot does not have (roles there: administrator, agent)"},
      {"platforms: [bird]\nagents:\n  - name: Ada\n    nickname: A\n", "roster.yaml:4: unknown field 'nickname'"},
    };
    for (String[] c : cases) {
      Run r = run(env(sandbox), "sync", roster(c[0]).toString());
      assertThat(r.code()).as(c[1]).isEqualTo(Main.BAD_INPUT);
      assertThat(r.err()).as(c[1]).contains(c[1]).contains("Nothing was sent");
    }
    assertThat(names(sb)).isEqualTo(before);
  }

  @Test
  void anEmptyRosterWithoutYesRemovesNothingAndExits2(Sandbox sandbox, Switchboard sb) throws IOException {
    sandbox.seedDemoData();
    Map<Platform, List<String>> before = names(sb);
    Path nobody = roster("platforms: [chatwoot, bird]\nagents: []\n");

    Run noYes = run(env(sandbox), "sync", nobody.toString());
    Run yesOnly = run(env(sandbox), "sync", nobody.toString(), "--yes");

    assertThat(noYes.code()).as(noYes.err()).isEqualTo(Main.BAD_INPUT);
    assertThat(noYes.out()).contains("remove");
    assertThat(noYes.err()).contains("the plan removes", "nothing was sent", "--yes");
    assertThat(yesOnly.code()).as(yesOnly.err()).isEqualTo(Main.BAD_INPUT);
    assertThat(yesOnly.err()).contains("more than 50%", "--allow-mass-delete");
    assertThat(names(sb)).isEqualTo(before);

    Run all = run(env(sandbox), "sync", nobody.toString(), "--yes", "--allow-mass-delete");
    assertThat(all.code()).as(all.err()).isZero();
    assertThat(names(sb).get(Platform.of("bird"))).isEmpty();
  }

  @Test
  void aPlanWrittenBySyncIsAppliedLaterAndRefusedOnceStale(Sandbox sandbox, Switchboard sb) throws IOException {
    Path planFile = dir.resolve("plan.json");

    Run planned = run(env(sandbox), "sync", roster(ROSTER).toString(), "--plan-out", planFile.toString());
    assertThat(planned.code()).as(planned.err()).isZero();
    assertThat(planned.out()).contains("Plan written to " + planFile, "switchboard apply");
    assertThat(names(sb).values()).allMatch(List::isEmpty);

    Run applied = run(env(sandbox), "apply", planFile.toString(), "--json");
    assertThat(applied.code()).as(applied.err()).isZero();
    assertThat(new ObjectMapper().readTree(applied.out()).get("results").findValuesAsText("status")).containsOnly("ok");
    assertThat(names(sb).get(Platform.of("chatwoot"))).containsExactly("Ada Admin", "Ben Support");

    Run again = run(env(sandbox), "apply", planFile.toString());
    assertThat(again.code()).isEqualTo(Main.FAILED);
    assertThat(again.out()).contains("chatwoot changed since the plan was made", "plan again");
    assertThat(names(sb).get(Platform.of("chatwoot"))).containsExactly("Ada Admin", "Ben Support");

    Files.writeString(planFile, "{\"not\": \"a plan\"}");
    Run bad = run(env(sandbox), "apply", planFile.toString());
    assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(bad.err()).contains("not a Switchboard plan");
  }

  @Test
  void syncHelpDocumentsTheRosterFormat() {
    Run help = run(Map.of(), "sync", "--help");

    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Roster format", "renamedFrom", "availability: online", "--plan-out", "--allow-mass-delete");
  }

  @Test
  void aFailingPlatformMakesTheExitCodeNonZero(Sandbox sandbox) throws IOException {
    Map<String, String> env = env(sandbox);
    env.put("SWITCHBOARD_BIRD_ACCESS_KEY", "wrong-key-123");

    Run r = run(env, "sync", roster(ROSTER).toString());

    assertThat(r.code()).isEqualTo(Main.FAILED);
    assertThat(r.out()).contains("FAILED: could not read bird: bird listAgents failed: HTTP 401").contains("chatwoot")
        .doesNotContain("Exception");
    assertThat(r.out() + r.err()).doesNotContain("wrong-key-123", ChatwootSandbox.TOKEN, BcrumbsSandbox.API_KEY);
  }

  @Test
  void aRosterPlatformThatIsNotConfiguredIsBadInputAndNothingIsSent(Sandbox sandbox, Switchboard sb) throws IOException {
    // Only Chatwoot is configured; the roster also names Bird. `agents list -p bird` says exit 2 for
    // this; sync says the same, before anything is sent to Chatwoot.
    Map<String, String> env = new HashMap<>(env(sandbox));
    env.keySet().removeIf(k -> !k.startsWith("SWITCHBOARD_CHATWOOT_"));
    Path f = roster("platforms: [chatwoot, bird]\nagents:\n  - name: Ada\n    email: ada@example.com\n");

    Run sync = run(env, "sync", f.toString());
    Run dry = run(env, "sync", f.toString(), "--dry-run");
    Run list = run(env, "agents", "list", "-p", "bird");

    for (Run r : List.of(sync, dry, list)) {
      assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Main.BAD_INPUT);
      assertThat(r.err()).contains("bird is not configured");
    }
    assertThat(sync.err()).contains("Nothing was sent");
    assertThat(names(sb).get(Platform.of("chatwoot"))).isEmpty();
    Run onlyChatwoot = run(env, "sync", f.toString(), "-p", "chatwoot");
    assertThat(onlyChatwoot.code()).as(onlyChatwoot.err()).isZero();
    assertThat(names(sb).get(Platform.of("chatwoot"))).containsExactly("Ada");
  }

  @Test
  void agentCommandsOnAnyPlatform(Sandbox sandbox) throws IOException {
    Map<String, String> env = env(sandbox);

    Run created = run(env, "agents", "create", "-p", "livechat", "--name", "Helper Bot", "--availability", "online", "--json");
    String id = new ObjectMapper().readTree(created.out()).get("id").asText();
    Run listed = run(env, "agents", "list", "-p", "livechat");
    Run renamed = run(env, "agents", "update", "-p", "livechat", id, "--name", "Helpful Bot");
    Run away = run(env, "agents", "availability", "-p", "livechat", id, "--set", "away");
    Run got = run(env, "agents", "get", "-p", "livechat", id, "--json");
    Run deleted = run(env, "agents", "delete", "-p", "livechat", id);
    Run gone = run(env, "agents", "get", "-p", "livechat", id);

    assertThat(created.code()).as(created.err()).isZero();
    assertThat(listed.out()).contains("PLATFORM", "Helper Bot", "online");
    assertThat(renamed.out()).contains("Helpful Bot");
    assertThat(away.out()).contains("away");
    assertThat(new ObjectMapper().readTree(got.out()).get("availability").asText()).isEqualTo("away");
    assertThat(deleted.code()).isZero();
    assertThat(gone.code()).isEqualTo(Main.FAILED);
    // The platform, the operation, the status and the platform's own words; no Java class name.
    assertThat(gone.err()).contains("livechat getBot failed: HTTP 404", "Bot agent not found").doesNotContain("Exception");
    Run unsupported = run(env, "agents", "delete", "-p", "bcrumbs", "x");
    assertThat(unsupported.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(unsupported.err()).contains("bcrumbs cannot remove agents (its API has no such operation)");
    assertThat(run(env, "agents", "list", "-p", "slack").code()).isEqualTo(Main.BAD_INPUT);
  }

  @Test
  void liveChatApiVersionAndRegionSettings(Sandbox sandbox) {
    Map<String, String> v31 = env(sandbox);
    v31.put("SWITCHBOARD_LIVECHAT_API_VERSION", "3.1");
    v31.put("SWITCHBOARD_LIVECHAT_URL", LiveChatSandbox.baseUrl(sandbox, dev.switchboard.livechat.LiveChatApiVersion.V3_1.number()));
    Map<String, String> bare = env(sandbox);
    bare.put("SWITCHBOARD_LIVECHAT_TOKEN", "token-without-region-9f3a");
    Map<String, String> badVersion = env(sandbox);
    badVersion.put("SWITCHBOARD_LIVECHAT_API_VERSION", "3.9");

    Run created = run(v31, "agents", "create", "-p", "livechat", "--name", "Old API Bot", "--availability", "away");
    Run listed = run(env(sandbox), "agents", "list", "-p", "livechat");
    Run noRegion = run(bare, "agents", "list", "-p", "livechat");
    Run wrongVersion = run(badVersion, "agents", "list", "-p", "livechat");

    assertThat(created.code()).as(created.err()).isZero();
    assertThat(listed.out()).contains("Old API Bot", "away"); // the same licence read at v3.4
    assertThat(noRegion.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(noRegion.err()).contains("SWITCHBOARD_LIVECHAT_TOKEN", "region").doesNotContain("token-without-region-9f3a");
    assertThat(wrongVersion.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(wrongVersion.err()).contains("SWITCHBOARD_LIVECHAT_API_VERSION");
  }

  @Test
  void chatCaptainIdsAgreeAcrossListGetAndAvailability() throws IOException {
    // The seed's own agent is "me" on the wire; the list shows it by its id: every command takes that id.
    JsonNode listed = new ObjectMapper().readTree(run(Map.of(), "agents", "list", "-p", "chatcaptain", "--json",
        "--sandbox").out());
    assertThat(listed).isNotEmpty();
    for (JsonNode agent : listed) {
      String id = agent.get("id").asText();
      Run got = run(Map.of(), "agents", "get", "-p", "chatcaptain", id, "--json", "--sandbox");
      Run availability = run(Map.of(), "agents", "availability", "-p", "chatcaptain", id, "--json", "--sandbox");
      assertThat(got.code()).as(id + ": " + got.err()).isZero();
      assertThat(new ObjectMapper().readTree(got.out()).get("id").asText()).isEqualTo(id);
      assertThat(availability.code()).as(id + ": " + availability.err()).isZero();
      assertThat(new ObjectMapper().readTree(availability.out()).get("availability").asText())
          .isEqualTo(agent.get("availability").asText());
    }
  }

  @Test
  void demoSyncsAllSevenPlatformsAndSecondSyncPlansNothing() {
    Run r = run(Map.of(), "demo");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("chatwoot", "bird", "chatcaptain", "livechat", "bcrumbs", "intercom", "twilio",
        "Second sync: nothing to change on any platform");
  }
}
