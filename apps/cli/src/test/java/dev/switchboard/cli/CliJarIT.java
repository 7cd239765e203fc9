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
    // No credentials from the machine running the build: --sandbox is the only way to agents.
    pb.environment().keySet().removeIf(k -> k.startsWith("SWITCHBOARD_"));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void wireLogShowsEachExchangeWithoutTheCredentialWhereverTheOptionStands() throws Exception {
    for (String[] args : List.of(new String[] {"--wire-log", "agents", "list", "-p", "bird", "--sandbox"},
        new String[] {"agents", "list", "--sandbox", "-p", "bird", "--wire-log"})) {
      Run r = run(args);
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.err()).as(String.join(" ", args)).contains("---> GET http://127.0.0.1:", "/bird/workspaces/demo-workspace/agents")
          .doesNotContain("sandbox-bird-key");
      assertThat(r.out()).contains("Ada Admin");
    }
  }

  @Test
  void withoutItNothingOfTheWireIsLogged() throws Exception {
    Run r = run("agents", "list", "-p", "bird", "--sandbox");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).doesNotContain("--->").contains("embedded sandbox");
  }

  /**
   * The README's two lines as a shell runs them: the standalone sandbox's {@code --keys} are
   * export lines, so eval sets them for the CLI, which reaches that sandbox (not an embedded one:
   * an agent created through the first CLI run is listed by the second).
   */
  @Test
  void evalOfTheSandboxKeysConfiguresTheCli() throws Exception {
    Path sandboxJar = Paths.get(System.getProperty("switchboard.sandbox.jar", "../../modules/sandbox-fakes/target/switchboard-sandbox.jar"));
    assertThat(sandboxJar).exists();
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    Path banner = dir.resolve("sandbox.out");
    Process sandbox = new ProcessBuilder(java, "-jar", sandboxJar.toString(), "--port", String.valueOf(port), "--empty")
        .redirectOutput(banner.toFile()).redirectError(dir.resolve("sandbox.err").toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.readString(banner).contains("Switchboard sandbox on") && System.nanoTime() < deadline) {
        assertThat(sandbox.isAlive()).as(Files.readString(dir.resolve("sandbox.err"))).isTrue();
        Thread.sleep(100);
      }
      String script = "set -e\n"
          + "eval \"$(\"$JAVA\" -jar \"$SANDBOX_JAR\" --keys --port " + port + ")\"\n"
          + "\"$JAVA\" -jar \"$CLI_JAR\" agents create -p bird --name 'Eval Probe'\n"
          + "\"$JAVA\" -jar \"$CLI_JAR\" agents list -p bird\n";
      ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c", script);
      pb.environment().keySet().removeIf(k -> k.startsWith("SWITCHBOARD_"));
      pb.environment().put("JAVA", java);
      pb.environment().put("SANDBOX_JAR", sandboxJar.toString());
      pb.environment().put("CLI_JAR", JAR.toString());
      Path out = dir.resolve("bash.out");
      Path err = dir.resolve("bash.err");
      Process bash = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertThat(bash.waitFor(120, TimeUnit.SECONDS)).as("bash finished").isTrue();
      assertThat(bash.exitValue()).as(Files.readString(err)).isZero();
      assertThat(Files.readString(out)).contains("Eval Probe");
      assertThat(Files.readString(err)).doesNotContain("embedded sandbox");
    } finally {
      sandbox.destroy();
      sandbox.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
