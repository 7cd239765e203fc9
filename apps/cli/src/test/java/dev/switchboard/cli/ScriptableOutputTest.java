package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.cli.CliTest.Run;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --json} prints one document valid against the published schema in every path, errors
 * included; {@code --detailed-exitcode} returns 0/2/1; {@code show} reads a plan file; the plan
 * is brief by default and notes come once, none with {@code -q}.
 */
@ExtendWith(SandboxExtension.class)
class ScriptableOutputTest {
  private static final String ROSTER = "platforms: [chatwoot, bird]\nagents:\n"
      + "  - name: Ada Admin\n    email: ada@example.com\n    role: administrator\n    userId: user-ada\n";

  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path f = dir.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  @Test
  void everySyncPathPrintsOneDocumentValidAgainstTheSchema(Sandbox sandbox) throws IOException {
    Map<String, String> env = CliTest.env(sandbox);
    String roster = file("roster.yaml", ROSTER).toString();
    String plan = dir.resolve("plan.json").toString();
    Map<String, String> wrongKey = new HashMap<>(env);
    wrongKey.put("SWITCHBOARD_BIRD_ACCESS_KEY", "wrong-key-123");
    sandbox.seedDemoData();

    // Each path: the arguments, the environment, and the exit code it must end with.
    record Path3(String name, Map<String, String> env, int code, String... args) {}
    List<Path3> paths = List.of(
        new Path3("dry run", env, Main.OK, "sync", roster, "--dry-run", "--json"),
        new Path3("plan out", env, Main.OK, "sync", roster, "--plan-out", plan, "--json"),
        new Path3("show", Map.of(), Main.OK, "show", plan, "--json"),
        new Path3("removes refused without --yes", env, Main.BAD_INPUT, "sync", roster, "--json"),
        new Path3("bad roster", env, Main.BAD_INPUT, "sync", file("bad.yaml", "agents: 3\n").toString(), "--json"),
        new Path3("no settings", Map.of(), Main.BAD_INPUT, "sync", roster, "--json"),
        new Path3("unknown option", env, Main.BAD_INPUT, "sync", roster, "--json", "--frobnicate"),
        new Path3("missing file", env, Main.BAD_INPUT, "sync", dir.resolve("nope.yaml").toString(), "--json"),
        new Path3("a platform fails", wrongKey, Main.FAILED, "sync", roster, "--yes", "--allow-mass-delete", "--json"),
        new Path3("applied", env, Main.OK, "sync", roster, "--yes", "--allow-mass-delete", "--json"),
        new Path3("stale plan", env, Main.FAILED, "apply", plan, "--yes", "--allow-mass-delete", "--json"),
        new Path3("apply: not a plan", env, Main.BAD_INPUT, "apply", roster, "--json"),
        new Path3("agents: not configured", Map.of(), Main.BAD_INPUT, "agents", "list", "-p", "bird", "--json"),
        new Path3("doctor", env, Main.OK, "doctor", "--json"),
        new Path3("demo", Map.of(), Main.OK, "demo", "--json"));
    for (Path3 p : paths) {
      Run r = CliTest.run(p.env(), p.args());
      assertThat(r.code()).as(p.name() + ": " + r.err()).isEqualTo(p.code());
      JsonNode doc = OutputSchema.check(r);
      assertThat(doc.get("errors").isEmpty()).as(p.name() + ": errors iff the code says so").isEqualTo(p.code() == Main.OK);
    }
  }

  @Test
  void theSchemaRejectsADocumentOfAnotherShape() throws IOException {
    // Guards the check itself: a schema that accepted anything would pass every path above.
    JsonNode old = new ObjectMapper().readTree("{\"plan\": {\"platforms\": [{\"platform\": \"bird\", \"actions\": "
        + "[{\"action\": \"create\"}]}]}}");
    assertThat(OutputSchema.validate(old)).isNotEmpty();
  }

  @Test
  void jsonPrintsThePlanAlsoWhenNothingIsApplied(Sandbox sandbox) throws IOException {
    sandbox.seedDemoData(); // Bird has agents the roster lacks: the plan removes them, and --yes is missing
    Run r = CliTest.run(CliTest.env(sandbox), "sync", file("roster.yaml", ROSTER).toString(), "--json");

    JsonNode doc = OutputSchema.check(r);
    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(doc.get("applied").asBoolean()).isFalse();
    assertThat(doc.get("plan").get("platforms").findValuesAsText("type")).contains("REMOVE");
    assertThat(doc.get("errors").get(0).get("message").asText()).contains("--yes");
  }

  @Test
  void detailedExitCodeIsZeroTwoOrOne(Sandbox sandbox) throws IOException {
    Map<String, String> env = CliTest.env(sandbox);
    String roster = file("roster.yaml", ROSTER).toString();

    Run pending = CliTest.run(env, "sync", roster, "--dry-run", "--detailed-exitcode");
    Run planned = CliTest.run(env, "sync", roster, "--plan-out", dir.resolve("p.json").toString(), "--detailed-exitcode");
    assertThat(CliTest.run(env, "sync", roster, "--yes").code()).isZero();
    Run nothing = CliTest.run(env, "sync", roster, "--dry-run", "--detailed-exitcode");
    Run badRoster = CliTest.run(env, "sync", file("bad.yaml", "agents: 3\n").toString(), "--dry-run", "--detailed-exitcode");
    Run unconfigured = CliTest.run(Map.of(), "sync", roster, "--dry-run", "--detailed-exitcode");
    Run unknownOption = CliTest.run(env, "sync", roster, "--dry-run", "--detailed-exitcode", "--frobnicate");
    Run applying = CliTest.run(env, "sync", roster, "--detailed-exitcode");

    assertThat(pending.code()).as(pending.err()).isEqualTo(2);
    assertThat(planned.code()).as(planned.err()).isEqualTo(2);
    assertThat(nothing.code()).as(nothing.err()).isEqualTo(0);
    for (Run error : List.of(badRoster, unconfigured, unknownOption, applying)) {
      assertThat(error.code()).as(error.err()).isEqualTo(1);
    }
    assertThat(applying.err()).contains("--detailed-exitcode goes with --dry-run or --plan-out");
  }

  @Test
  void showPrintsEveryActionOfAPlanFileWithoutSettings(Sandbox sandbox) throws IOException {
    Path plan = dir.resolve("plan.json");
    assertThat(CliTest.run(CliTest.env(sandbox), "sync", file("roster.yaml", ROSTER).toString(), "--plan-out",
        plan.toString()).code()).isZero();

    Run shown = CliTest.run(Map.of(), "show", plan.toString());
    Run json = CliTest.run(Map.of(), "show", plan.toString(), "--json");
    Run missing = CliTest.run(Map.of(), "show", dir.resolve("nope.json").toString());

    assertThat(shown.code()).as(shown.err()).isZero();
    assertThat(shown.out()).contains("Plan: 2 to create", "chatwoot  create  Ada Admin", "bird      create  Ada Admin");
    assertThat(OutputSchema.check(json).get("plan")).isEqualTo(new ObjectMapper().readTree(Files.readString(plan)));
    assertThat(missing.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(missing.err()).contains("cannot read " + dir.resolve("nope.json") + ": no such file");
  }

  @Test
  void aLargePlanIsBriefByDefaultAndWholeWithVerbose(Sandbox sandbox, Switchboard sb) throws IOException {
    for (int i = 0; i < 30; i++) {
      sb.directory(Platform.of("bird")).create(NewAgent.named("Extra " + i).build());
    }
    String roster = file("roster.yaml", "platforms: [bird]\nagents:\n  - name: Ada Admin\n").toString();

    Run brief = CliTest.run(CliTest.env(sandbox), "sync", roster, "--dry-run");
    Run whole = CliTest.run(CliTest.env(sandbox), "sync", roster, "--dry-run", "--verbose");

    assertThat(brief.out()).startsWith("Plan: 1 to create, 0 to update, 30 to remove, 0 to recreate on 1 platform(s).")
        .contains("... and 10 more (--verbose lists them all)").doesNotContain("Extra 29'");
    assertThat(brief.out().lines().count()).isLessThan(35);
    assertThat(whole.out()).contains("Extra 29").doesNotContain("more (--verbose");
  }

  @Test
  void notesComeOnceAndNotAtAllWithQuiet(Sandbox sandbox) throws IOException {
    // Bird keeps no email: the roster's email there is a note.
    String roster = file("roster.yaml", ROSTER).toString();
    Map<String, String> env = CliTest.env(sandbox);

    Run normal = CliTest.run(env, "sync", roster, "--yes");
    Run quiet = CliTest.run(env, "sync", roster, "--yes", "-q");

    String note = "bird does not store email";
    assertThat(normal.out().split(note, -1)).as(normal.out()).hasSize(2);
    assertThat(quiet.out() + quiet.err()).doesNotContain(note);
  }
}
