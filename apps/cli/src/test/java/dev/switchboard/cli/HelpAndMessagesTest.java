package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.cli.CliTest.Run;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxExtension;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** Help that helps and messages a person can act on: each complaint of issue 27's list, pinned. */
@ExtendWith(SandboxExtension.class)
class HelpAndMessagesTest {
  @TempDir Path dir;

  @Test
  void aUsageErrorIsTheMessageAndWhereHelpIsNotTheWholeHelp() {
    for (String[] args : List.of(new String[] {"sync"}, new String[] {"agents", "list"},
        new String[] {"--frobnicate"}, new String[] {"agents", "list", "-p", "slack"})) {
      Run r = CliTest.run(Map.of(), args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(Main.BAD_INPUT);
      assertThat(r.err().lines().count()).as(r.err()).isLessThanOrEqualTo(2);
      assertThat(r.err()).as(String.join(" ", args)).startsWith("error: ").contains("--help' for its usage")
          .doesNotContain("Exit codes:");
    }
  }

  @Test
  void everyOptionOfEveryCommandSaysWhatItIs() {
    CommandLine root = Main.commandLine(new Main(Map.of(), new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter())));
    for (List<String> path : CommandSurfaceTest.commandPaths()) {
      CommandLine cmd = root;
      for (String name : path) {
        cmd = cmd.getSubcommands().get(name);
      }
      for (OptionSpec o : cmd.getCommandSpec().options()) {
        assertThat(String.join(" ", o.description())).as(path + " " + o.longestName()).isNotBlank();
      }
    }
    Run create = CliTest.run(Map.of(), "agents", "create", "--help");
    assertThat(create.out()).contains("One of: online, away, offline.", "administrator");
  }

  @Test
  void helpWalksToAnyDepth() {
    Run r = CliTest.run(Map.of(), "help", "agents", "list");
    Run wrong = CliTest.run(Map.of(), "help", "agents", "lst");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: switchboard agents list ");
    assertThat(wrong.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(wrong.err()).contains("unknown command 'lst'", "list");
  }

  @Test
  void theAgentsDescriptionPromisesOnlyWhatItDoes() {
    assertThat(CliTest.run(Map.of(), "--help").out()).doesNotContain("or list all").contains("one platform (-p)");
  }

  @Test
  void theRosterExampleInSyncHelpIsARosterThatSyncs() throws IOException {
    String help = CliTest.run(Map.of(), "sync", "--help").out();
    List<String> lines = help.lines().collect(Collectors.toList());
    int start = lines.indexOf("  # yaml-language-server: $schema=roster.schema.json");
    assertThat(start).as(help).isPositive();
    String example = lines.subList(start, lines.size()).stream().takeWhile(l -> !l.isBlank())
        .map(l -> l.substring(2)).collect(Collectors.joining("\n"));
    Path roster = dir.resolve("example.yaml");
    Files.writeString(roster, example + "\n");

    Run r = CliTest.run(Map.of(), "sync", roster.toString(), "--dry-run", "--sandbox");

    assertThat(r.code()).as(example + "\n" + r.err()).isZero();
    assertThat(r.out()).contains("Plan:");
  }

  @Test
  void aMissingFileSaysWhy() {
    Path nope = dir.resolve("nope.yaml");
    Run sync = CliTest.run(Map.of(), "sync", nope.toString());
    Run apply = CliTest.run(Map.of(), "apply", nope.toString());

    for (Run r : List.of(sync, apply)) {
      assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
      assertThat(r.err()).contains(nope + ": no such file").doesNotContain(nope + ": " + nope);
    }
  }

  @Test
  void noJavaNamesReachTheUser(Sandbox sandbox) throws IOException {
    Map<String, String> closed = Map.of("SWITCHBOARD_BIRD_ACCESS_KEY", "k", "SWITCHBOARD_BIRD_WORKSPACE", "w",
        "SWITCHBOARD_BIRD_URL", "http://127.0.0.1:1");
    Path roster = dir.resolve("r.yaml");
    Files.writeString(roster, "platforms: [bird]\nagents:\n  - name: Ada\n");
    Path notAPlan = dir.resolve("plan.json");
    Files.writeString(notAPlan, "[1, 2]");

    List<Run> runs = List.of(
        CliTest.run(closed, "agents", "list", "-p", "bird"),
        CliTest.run(closed, "sync", roster.toString(), "--dry-run"),
        CliTest.run(closed, "doctor", "-p", "bird"),
        CliTest.run(CliTest.env(sandbox), "apply", notAPlan.toString()),
        CliTest.run(CliTest.env(sandbox), "agents", "availability", "-p", "bcrumbs", "x", "--set", "away"));
    for (Run r : runs) {
      assertThat(r.code()).as(r.err()).isNotZero();
      assertThat(r.out() + r.err()).as(r.out() + r.err())
          .doesNotContainPattern("[A-Z]\\w+(Exception|Error)\\b").doesNotContain("dev.switchboard", "capabilities()", "`");
    }
    assertThat(runs.get(0).err()).contains("cannot reach http://127.0.0.1:1", "connection refused");
  }

  @Test
  void anAvailabilityAPlatformLacksIsNamedInTheWordsTheCommandTakes() {
    Run r = CliTest.run(Map.of(), "agents", "availability", "-p", "chatcaptain", "captain-me", "--set", "away",
        "--sandbox");

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("must be online or offline (chatcaptain has no away), was away")
        .doesNotContain("ONLINE", "AWAY");
  }

  @Test
  void inputAPlatformWouldRefuseIsExit2BeforeAnythingIsSent(Sandbox sandbox) {
    Map<String, String> env = CliTest.env(sandbox);
    long before = sandbox.writes();

    Run noFields = CliTest.run(env, "agents", "update", "-p", "chatwoot", "1");
    Run badRole = CliTest.run(env, "agents", "create", "-p", "chatwoot", "--name", "Zed", "--email", "z@example.com",
        "--role", "boss");
    Run noEmail = CliTest.run(env, "agents", "create", "-p", "chatwoot", "--name", "Zed");
    Run badEmail = CliTest.run(env, "agents", "create", "-p", "chatwoot", "--name", "Zed", "--email", "not-an-email");
    Run badNewEmail = CliTest.run(env, "agents", "create", "-p", "bcrumbs", "--name", "Zed", "--user-id", "u-1",
        "--email", "not-an-email");

    assertThat(noFields.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(noFields.err()).contains("name at least one field to change", "--name");
    assertThat(badRole.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(badRole.err()).contains("--role must be one of chatwoot's roles", "administrator", "'boss'");
    assertThat(noEmail.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(noEmail.err()).contains("chatwoot needs --email");
    for (Run r : List.of(badEmail, badNewEmail)) {
      assertThat(r.code()).as(r.err()).isEqualTo(Main.BAD_INPUT);
      assertThat(r.err()).contains("email must be an address", "'not-an-email'");
    }
    assertThat(sandbox.writes()).isEqualTo(before);
  }
}
