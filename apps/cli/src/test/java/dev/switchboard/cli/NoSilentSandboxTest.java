package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.bird.sandbox.BirdSandbox;
import dev.switchboard.cli.CliTest.Run;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * No command but {@code demo} touches an embedded sandbox without {@code --sandbox}: a command
 * whose platforms lack settings exits 2 naming the missing keys. Before, a sync with no
 * credentials synced a throwaway sandbox and exited 0, and {@code -q} hid the one notice.
 */
@ExtendWith(SandboxExtension.class)
class NoSilentSandboxTest {
  @TempDir Path dir;

  private static final List<String> BIRD_KEYS = List.of("SWITCHBOARD_BIRD_ACCESS_KEY", "SWITCHBOARD_BIRD_WORKSPACE");

  /** Every real command, on Bird (a plan file for apply, a roster for sync). */
  private List<List<String>> commands() throws IOException {
    Path roster = dir.resolve("team.yaml");
    Files.writeString(roster, "platforms: [bird]\nagents:\n  - name: Ada Admin\n");
    Path plan = dir.resolve("plan.json");
    Run planned = CliTest.run(Map.of(), "sync", roster.toString(), "--plan-out", plan.toString(), "--sandbox");
    assertThat(planned.code()).as(planned.err()).isZero();
    return List.of(
        List.of("sync", roster.toString(), "--yes", "--allow-mass-delete"),
        List.of("sync", roster.toString(), "--dry-run"),
        List.of("apply", plan.toString(), "--yes"),
        List.of("agents", "list", "-p", "bird"),
        List.of("agents", "get", "-p", "bird", "bird-ada"),
        List.of("agents", "create", "-p", "bird", "--name", "Zed"),
        List.of("agents", "availability", "-p", "bird", "bird-ada"));
  }

  private static void assertRefused(Run r, String what, List<String> missing) {
    assertThat(r.code()).as(what + ": " + r.out() + r.err()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).as(what).contains(missing).contains("--sandbox").doesNotContain("Using the embedded sandbox");
    assertThat(r.out()).as(what).doesNotContain("Ada Admin", "Result:");
  }

  private static String[] with(List<String> command, String... more) {
    List<String> all = new ArrayList<>(command);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void withNoSettingsEveryCommandExits2NamingTheMissingKeys() throws IOException {
    for (List<String> command : commands()) {
      assertRefused(CliTest.run(Map.of(), with(command)), String.join(" ", command), BIRD_KEYS);
    }
  }

  @Test
  void quietDoesNotHideIt() throws IOException {
    for (List<String> command : commands()) {
      assertRefused(CliTest.run(Map.of(), with(command, "-q")), String.join(" ", command) + " -q", BIRD_KEYS);
    }
  }

  @Test
  void withPartialSettingsTheMissingOneIsNamed() throws IOException {
    Map<String, String> keyOnly = Map.of("SWITCHBOARD_BIRD_ACCESS_KEY", "some-key-7f2");
    for (List<String> command : commands()) {
      Run r = CliTest.run(keyOnly, with(command));
      assertThat(r.code()).as(String.join(" ", command)).isEqualTo(Main.BAD_INPUT);
      assertThat(r.err()).as(String.join(" ", command)).contains("SWITCHBOARD_BIRD_WORKSPACE")
          .doesNotContain("some-key-7f2", "embedded sandbox");
    }
  }

  @Test
  void aConfigFileOfExportLinesIsRead(Sandbox sandbox, Switchboard sb) throws IOException {
    // What `switchboard-sandbox --keys` prints and what people keep in env files: export lines.
    Path partial = dir.resolve("partial.env");
    Files.writeString(partial, "# bird\nexport SWITCHBOARD_BIRD_ACCESS_KEY='" + BirdSandbox.ACCESS_KEY + "'\n");
    Path full = dir.resolve("full.env");
    Files.writeString(full, String.join("\n",
        "export SWITCHBOARD_BIRD_ACCESS_KEY='" + BirdSandbox.ACCESS_KEY + "'",
        "export SWITCHBOARD_BIRD_WORKSPACE=\"" + BirdSandbox.WORKSPACE + "\"",
        "export SWITCHBOARD_BIRD_URL=" + sandbox.baseUrl("bird") + "  # the test's sandbox", ""));
    sandbox.seedDemoData();

    for (List<String> command : commands()) {
      Run r = CliTest.run(Map.of(), with(command, "--config", partial.toString()));
      assertThat(r.code()).as(String.join(" ", command)).isEqualTo(Main.BAD_INPUT);
      assertThat(r.err()).as(String.join(" ", command)).contains("SWITCHBOARD_BIRD_WORKSPACE")
          .doesNotContain(BirdSandbox.ACCESS_KEY);
    }
    Run listed = CliTest.run(Map.of(), "agents", "list", "-p", "bird", "--config", full.toString());
    assertThat(listed.code()).as(listed.err()).isZero();
    assertThat(listed.out()).contains("bird-ada");
    assertThat(listed.err()).doesNotContain("embedded sandbox");
    Run synced = CliTest.run(Map.of(), "sync", dir.resolve("team.yaml").toString(), "--yes", "--allow-mass-delete", "-q",
        "--config", full.toString());
    assertThat(synced.code()).as(synced.err()).isZero();
    assertThat(sb.directory(Platform.of("bird")).list().stream().map(a -> a.name())).containsExactly("Ada Admin");
  }

  @Test
  void aConfigLineThatIsNoSettingIsNamedByLine() throws IOException {
    Path bad = dir.resolve("bad.env");
    Files.writeString(bad, "SWITCHBOARD_BIRD_WORKSPACE=w\nthis is not a setting\n");

    Run r = CliTest.run(Map.of(), "agents", "list", "-p", "bird", "--config", bad.toString());
    Run missing = CliTest.run(Map.of(), "agents", "list", "-p", "bird", "--config", dir.resolve("nope.env").toString());

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("bad.env line 2: expected KEY=value or export KEY=value");
    assertThat(missing.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(missing.err()).contains("nope.env: no such file");
  }

  @Test
  void sandboxWhenAskedAndDemoAlways() {
    Run asked = CliTest.run(Map.of(), "agents", "list", "-p", "bird", "--sandbox");
    Run demo = CliTest.run(Map.of(), "demo", "-q");

    assertThat(asked.code()).as(asked.err()).isZero();
    assertThat(asked.err()).contains("Using the embedded sandbox");
    assertThat(asked.out()).contains("Ada Admin");
    assertThat(demo.code()).as(demo.err()).isZero();
  }
}
