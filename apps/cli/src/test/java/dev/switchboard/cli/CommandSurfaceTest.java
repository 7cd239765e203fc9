package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.cli.CliTest.Run;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command surface: help everywhere, and the exit-code table. */
class CommandSurfaceTest {
  /** Every command's path from the root, found by walking picocli's tree (so a new command is covered too). */
  static List<List<String>> commandPaths() {
    CommandLine root = Main.commandLine(new Main(Map.of(), new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter())));
    List<List<String>> paths = new ArrayList<>();
    walk(root, new ArrayList<>(), paths);
    return paths;
  }

  private static void walk(CommandLine cmd, List<String> path, List<List<String>> paths) {
    paths.add(List.copyOf(path));
    cmd.getSubcommands().forEach((name, sub) -> {
      if (name.equals(sub.getCommandName())) { // aliases map to the same command; visit it once
        List<String> next = new ArrayList<>(path);
        next.add(name);
        walk(sub, next, paths);
      }
    });
  }

  private static String[] args(List<String> path, String... more) {
    List<String> all = new ArrayList<>(path);
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }

  @Test
  void theTreeHoldsTheCommandsThisTestIsMeantToCover() {
    // Guards the walk itself: if it found nothing, the help test below would pass vacuously.
    assertThat(commandPaths()).contains(List.of(), List.of("sync"), List.of("apply"), List.of("demo"), List.of("agents"),
        List.of("agents", "list"), List.of("agents", "availability"), List.of("help"));
  }

  @Test
  void helpOnEveryCommandExitsZeroWithItsUsage() {
    for (List<String> path : commandPaths()) {
      String usage = "Usage: " + String.join(" ", args(List.of("switchboard"), path.toArray(String[]::new)));
      for (String flag : List.of("--help", "-h")) {
        Run r = CliTest.run(Map.of(), args(path, flag));
        assertThat(r.code()).as(path + " " + flag + ": " + r.err()).isZero();
        // picocli's own help command puts a header line before its usage, so look for the line.
        assertThat(r.out().lines()).as(path + " " + flag).anyMatch(l -> l.startsWith(usage + " "));
        assertThat(r.out()).as(path + " " + flag).contains("Exit codes:");
        // The global options are inherited: every command's help lists them.
        assertThat(r.out()).as(path + " " + flag).contains("--quiet", "--verbose", "--wire-log", "--sandbox", "--config");
        assertThat(r.err()).as(path + " " + flag).isEmpty();
      }
    }
  }

  @Test
  void theRootHelpDocumentsTheExitCodesTheCommandsReturn() {
    Run r = CliTest.run(Map.of(), "--help");

    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Exit codes:",
        "  " + Main.OK + "   Done",
        "  " + Main.FAILED + "   A platform failed",
        "  " + Main.BAD_INPUT + "   Bad input or configuration");
  }

  @Test
  void theHelpCommandShowsEachCommandsUsage() {
    for (List<String> path : commandPaths()) {
      if (path.isEmpty()) {
        continue;
      }
      // `help sync` at the top; `agents help list` one level down (picocli's help takes one name).
      List<String> parent = path.subList(0, path.size() - 1);
      String[] args = args(parent, "help", path.get(path.size() - 1));
      Run r = CliTest.run(Map.of(), args);
      assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
      assertThat(r.out().lines()).as(String.join(" ", args))
          .anyMatch(l -> l.startsWith("Usage: switchboard " + String.join(" ", path) + " "));
    }
    Run bare = CliTest.run(Map.of(), "help");
    assertThat(bare.code()).isZero();
    assertThat(bare.out()).startsWith("Usage: switchboard ");
  }
}
