package dev.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.bird.sandbox.BirdSandbox;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** SandboxMain's argument checks, in this JVM (SandboxJarIT runs the jar itself). */
class SandboxMainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return new SandboxMain(new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
  }

  @Test
  void bindTakesOnlyIpLiteralsSoNothingIsLookedUp() {
    assertThat(SandboxMain.ipLiteral("127.0.0.1")).isNotNull();
    assertThat(SandboxMain.ipLiteral("0.0.0.0")).isNotNull();
    assertThat(SandboxMain.ipLiteral("::1")).isNotNull();
    assertThat(SandboxMain.ipLiteral("localhost")).isNull();
    assertThat(SandboxMain.ipLiteral("999.1.1.1")).isNull();
    assertThat(run("--bind", "localhost", "--port", "0")).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo(
        "switchboard-sandbox: --bind takes an IP address such as 127.0.0.1 or 0.0.0.0, not 'localhost'");
  }

  @Test
  void keysNeedAFixedPort() {
    assertThat(run("--keys", "--port", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("--keys").contains("--port");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void keysAreExportLinesByDefaultSoEvalSetsThemForTheProgramsAShellStarts() {
    assertThat(run("--keys", "--port", "8080")).isZero();
    java.util.List<String> lines = out.toString().lines().collect(java.util.stream.Collectors.toList());
    assertThat(lines).isNotEmpty().allMatch(l -> l.matches("export SWITCHBOARD_[A-Z0-9_]+='[^']*'"), "export KEY='value'");
    assertThat(lines).contains("export SWITCHBOARD_BIRD_URL='http://127.0.0.1:8080/bird'",
        "export SWITCHBOARD_BIRD_ACCESS_KEY='" + BirdSandbox.ACCESS_KEY + "'");
  }

  @Test
  void keysInPropertiesAndJsonCarryTheSameSettings() throws Exception {
    assertThat(run("--keys", "--port", "8080", "--format", "properties")).isZero();
    java.util.Properties props = new java.util.Properties();
    props.load(new java.io.StringReader(out.toString()));
    out.getBuffer().setLength(0);
    assertThat(run("--keys", "--port", "8080", "--format", "json")).isZero();
    java.util.Map<String, String> json = new com.fasterxml.jackson.databind.ObjectMapper().readValue(out.toString(),
        new com.fasterxml.jackson.core.type.TypeReference<java.util.Map<String, String>>() {});

    assertThat(props).containsEntry("SWITCHBOARD_BIRD_WORKSPACE", BirdSandbox.WORKSPACE);
    assertThat(json).containsEntry("SWITCHBOARD_BIRD_WORKSPACE", BirdSandbox.WORKSPACE).hasSize(props.size());
    assertThat(run("--keys", "--port", "8080", "--format", "yaml")).isEqualTo(2);
    assertThat(err.toString()).contains("--format");
  }

  @Test
  void aStateThatIsADirectoryIsRefused() {
    assertThat(run("--port", "0", "--state", System.getProperty("java.io.tmpdir"))).isEqualTo(2);
    assertThat(err.toString()).contains("is a directory");
  }
}
