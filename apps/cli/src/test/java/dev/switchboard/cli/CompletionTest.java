package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.cli.CliTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code switchboard completion bash|zsh}: a completion script that knows the whole command tree. */
class CompletionTest {
  @TempDir Path dir;

  @Test
  void bashScriptCoversEveryCommand() {
    Run r = CliTest.run(Map.of(), "completion", "bash");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("#!/usr/bin/env bash")
        .contains("complete -F _complete_switchboard -o default switchboard");
    for (List<String> path : CommandSurfaceTest.commandPaths()) {
      // picocli writes one function per command, named after its path.
      String function = "_picocli_switchboard" + (path.isEmpty() ? "" : "_" + String.join("_", path));
      assertThat(r.out()).as(String.join(" ", path)).contains("function " + function + "()");
    }
  }

  @Test
  void bashCompletesCommandsSubcommandsAndInheritedOptions() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to run the script");
    Path script = dir.resolve("switchboard.bash");
    Files.writeString(script, CliTest.run(Map.of(), "completion", "bash").out());

    assertThat(complete(script, "switchboard", "")).containsExactlyInAnyOrder("agents", "sync", "apply", "show", "doctor", "demo", "completion",
        "help");
    assertThat(complete(script, "switchboard", "agents", ""))
        .containsExactlyInAnyOrder("list", "get", "create", "update", "delete", "availability", "help");
    assertThat(complete(script, "switchboard", "sync", "roster.yaml", "--sa")).containsExactly("--sandbox");
    assertThat(complete(script, "switchboard", "completion", "")).containsExactlyInAnyOrder("bash", "zsh");
    // Only values a user may give: not UNKNOWN, which only a platform reports.
    assertThat(complete(script, "switchboard", "agents", "availability", "x", "--set", ""))
        .containsExactlyInAnyOrder("online", "away", "offline");
    assertThat(complete(script, "switchboard", "agents", "create", "--availability", ""))
        .containsExactlyInAnyOrder("online", "away", "offline");
  }

  @Test
  void zshGetsTheSameScriptWhichLoadsBashcompinit() {
    Run bash = CliTest.run(Map.of(), "completion", "bash");
    Run zsh = CliTest.run(Map.of(), "completion", "zsh");

    assertThat(zsh.code()).isZero();
    assertThat(zsh.out()).isEqualTo(bash.out()).contains("bashcompinit");
  }

  @Test
  void anOtherShellIsBadInput() {
    Run r = CliTest.run(Map.of(), "completion", "fish");

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).contains("SHELL must be bash or zsh, was 'fish'");
    assertThat(r.out()).isEmpty();
  }

  /** Sources the script in bash, sets up the words typed so far and returns what TAB would offer. */
  private List<String> complete(Path script, String... words) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("/bin/bash", "-c",
        "source \"$0\"; COMP_WORDS=(\"$@\"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE=\"$*\";"
            + " COMP_POINT=${#COMP_LINE}; _complete_switchboard 2>/dev/null; printf '%s\\n' \"${COMPREPLY[@]}\"",
        script.toString()));
    cmd.addAll(List.of(words));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
    p.getOutputStream().close();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("bash finished").isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
    return out.lines().filter(l -> !l.isEmpty()).toList();
  }
}
