package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable CLI jar in its own JVM: the log backend reads its settings once per JVM, so the
 * wire log is checked here and not in the in-process tests.
 */
class CliJarIT {
  private static final Path JAR = Paths.get(System.getProperty("switchboard.cli.jar", "target/switchboard-cli.jar"));

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private Run run(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    // No credentials from the machine running the build: the CLI uses its embedded sandbox.
    pb.environment().keySet().removeIf(k -> k.startsWith("SWITCHBOARD_"));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void wireLogShowsEachExchangeWithoutTheCredentialWhereverTheOptionStands() throws Exception {
    for (String[] args : List.of(new String[] {"--wire-log", "agents", "list", "-p", "bird"},
        new String[] {"agents", "list", "-p", "bird", "--wire-log"})) {
      Run r = run(args);
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.err()).as(String.join(" ", args)).contains("---> GET http://127.0.0.1:", "/bird/workspaces/demo-workspace/agents")
          .doesNotContain("sandbox-bird-key");
      assertThat(r.out()).contains("Ada Admin");
    }
  }

  @Test
  void withoutItNothingOfTheWireIsLogged() throws Exception {
    Run r = run("agents", "list", "-p", "bird");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("--->").contains("embedded sandbox");
  }
}
