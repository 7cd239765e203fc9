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
   * {@code ./switchboard} maps the class-data-sharing archive the build made beside the jar (its
   * classes come from the archive's top layer), and the output is the same as without it
   * ({@code SWITCHBOARD_CDS=off}). A {@code mvn} first on the PATH that fails keeps the launcher
   * from rebuilding inside the build: a stale jar fails this test instead.
   */
  @Test
  void theLauncherMapsTheClassDataArchiveAndPrintsTheSame() throws Exception {
    Path target = JAR.toAbsolutePath().getParent();
    Path launcher = target.getParent().getParent().getParent().resolve("switchboard");
    Path archive = target.resolve("switchboard-cli.jsa");
    assertThat(launcher).exists();
    assertThat(archive).as("the build's archive (apps/cli/pom.xml, cds-archive)").exists();
    assertThat(Files.getLastModifiedTime(archive)).as("archive newer than the jar")
        .isGreaterThan(Files.getLastModifiedTime(JAR));
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path mvn = Files.writeString(bin.resolve("mvn"), "#!/bin/sh\necho 'the launcher tried to rebuild' >&2\nexit 99\n");
    assertThat(mvn.toFile().setExecutable(true)).isTrue();

    String[] outs = new String[2];
    long[] fromArchive = new long[2];
    for (int i = 0; i < 2; i++) {
      Path classes = dir.resolve("classes-" + i + ".log");
      ProcessBuilder pb = new ProcessBuilder("/bin/bash", launcher.toString(), "agents", "list", "-p", "bird", "--sandbox");
      pb.environment().keySet().removeIf(k -> k.startsWith("SWITCHBOARD_") || k.endsWith("JAVA_OPTS"));
      pb.environment().put("PATH", bin + ":" + Paths.get(System.getProperty("java.home"), "bin") + ":"
          + System.getenv("PATH"));
      pb.environment().put("JAVA_OPTS", "-Xlog:class+load=info:file=" + classes);
      if (i == 1) {
        pb.environment().put("SWITCHBOARD_CDS", "off");
      }
      Path out = dir.resolve("launcher-" + i + ".out");
      Path err = dir.resolve("launcher-" + i + ".err");
      Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
      assertThat(p.exitValue()).as(Files.readString(err)).isZero();
      outs[i] = Files.readString(out);
      try (var lines = Files.lines(classes)) {
        fromArchive[i] = lines.filter(l -> l.contains("source: shared objects file (top)")).count();
      }
    }
    assertThat(outs[0]).contains("Ada Admin").isEqualTo(outs[1]);
    assertThat(fromArchive[0]).as("classes mapped from the CLI's archive").isGreaterThan(1000);
    assertThat(fromArchive[1]).as("classes from the archive with SWITCHBOARD_CDS=off").isZero();
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
