package dev.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.bird.sandbox.BirdSandbox;
import dev.switchboard.chatwoot.sandbox.ChatwootSandbox;
import dev.switchboard.sandbox.fakes.BundledFakes;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone jar's command line, as a user runs it: {@code java -jar switchboard-sandbox.jar}
 * in its own JVM (the jar the package phase built; failsafe passes its path).
 */
class SandboxJarIT {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Path JAR = Paths.get(System.getProperty("switchboard.sandbox.jar", "target/switchboard-sandbox.jar"));

  @TempDir Path dir;

  /** A finished run's exit code and output. */
  record Run(int code, String out, String err) {}

  private static ProcessBuilder java(String... args) {
    List<String> cmd = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd);
  }

  private Run run(String... args) throws Exception {
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    Process p = java(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** A running server: started, its banner read up to Chatwoot's row ({@link JarProcess#awaitBanner}). */
  private static Process serve(String... args) throws Exception {
    Process p = java(args).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    JarProcess.awaitBanner(p, () -> "");
    return p;
  }

  private static void stop(Process p) throws InterruptedException {
    p.destroy(); // SIGTERM, as docker stop and Ctrl-C do: the shutdown hook saves the state
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stopped").isTrue();
  }

  private static HttpResponse<String> chatwootAgents(int port, String method, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/chatwoot/api/v1/accounts/1/agents"))
        .timeout(Duration.ofSeconds(30))
        .header("api_access_token", ChatwootSandbox.TOKEN).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertOneCleanLine(String err) {
    assertThat(err.strip().lines().count()).as("lines in %s", err).isEqualTo(1);
    assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void helpAndVersionExit0() throws Exception {
    Run help = run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("--port").contains("--state").contains("--keys").contains("--latency")
        .contains("--rate").contains("Exit codes");
    Run version = run("--version");
    assertThat(version.code()).isZero();
    String expected = System.getProperty("switchboard.expected.version");
    assertThat(expected).as("the build's version, set by failsafe").isNotBlank();
    assertThat(version.out().strip()).isEqualTo("switchboard-sandbox " + expected);
  }

  @Test
  void aBadPortIsOneLineAndExit2() throws Exception {
    Run abc = run("--port", "abc");
    assertThat(abc.code()).isEqualTo(2);
    assertOneCleanLine(abc.err());
    assertThat(abc.err()).contains("--port").contains("'abc'");
    Run range = run("--port", "70000");
    assertThat(range.code()).isEqualTo(2);
    assertOneCleanLine(range.err());
    Run rate = run("--rate", "fast");
    assertThat(rate.code()).isEqualTo(2);
    assertOneCleanLine(rate.err());
    assertThat(rate.err()).contains("--rate").contains("50/s");
  }

  @Test
  void aBusyPortIsOneLineAndExit2() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Run busy = run("--port", String.valueOf(taken.getLocalPort()));
      assertThat(busy.code()).isEqualTo(2);
      assertOneCleanLine(busy.err());
      assertThat(busy.err()).contains("port " + taken.getLocalPort()).contains("in use");
    }
  }

  @Test
  void keysPrintsEachPlatformsSettingsForThePort() throws Exception {
    Run keys = run("--keys", "--port", "9123");
    assertThat(keys.code()).isZero();
    // export lines, so eval "$(... --keys)" sets them for the programs the shell starts.
    assertThat(keys.out().lines()).contains("export SWITCHBOARD_BIRD_ACCESS_KEY='" + BirdSandbox.ACCESS_KEY + "'",
        "export SWITCHBOARD_BIRD_URL='http://127.0.0.1:9123/bird'",
        "export SWITCHBOARD_CHATWOOT_TOKEN='" + ChatwootSandbox.TOKEN + "'",
        "export SWITCHBOARD_BCRUMBS_URL='http://127.0.0.1:9123/bcrumbs/core/gq'");
  }

  /**
   * The jar is built from five fake modules: each one's META-INF/services registration must survive
   * the shading (merged, not one of them kept), or the jar serves a platform short.
   */
  @Test
  void itFakesEveryBundledPlatform() throws Exception {
    Run keys = run("--keys", "--port", "9123");
    assertThat(keys.code()).isZero();
    for (String platform : BundledFakes.platforms()) {
      assertThat(keys.out()).as(platform).contains("export SWITCHBOARD_" + platform.toUpperCase(java.util.Locale.ROOT)
          + "_URL='http://127.0.0.1:9123/" + platform);
    }
  }

  @Test
  void itServesAndItsStateSurvivesARestart() throws Exception {
    int port = JarProcess.freePort();
    Path state = dir.resolve("sandbox.json");
    Process first = serve("--port", String.valueOf(port), "--state", state.toString());
    try {
      assertThat(chatwootAgents(port, "GET", null).body()).contains("Ada Admin");
      HttpResponse<String> created = chatwootAgents(port, "POST", "{\"name\":\"Pat Kept\",\"email\":\"pat@example.com\",\"role\":\"agent\"}");
      assertThat(created.statusCode()).isEqualTo(200);
    } finally {
      stop(first);
    }
    assertThat(Files.readString(state)).contains("Pat Kept");
    Process second = serve("--port", String.valueOf(port), "--state", state.toString());
    try {
      assertThat(chatwootAgents(port, "GET", null).body()).contains("Pat Kept").contains("Ada Admin");
    } finally {
      stop(second);
    }
  }

  @Test
  void latencyAndRateFlagsApply() throws Exception {
    int port = JarProcess.freePort();
    Process p = serve("--port", String.valueOf(port), "--latency", "150ms", "--rate", "2/s");
    try {
      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        long t0 = System.nanoTime();
        statuses.add(chatwootAgents(port, "GET", null).statusCode());
        assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(150);
      }
      assertThat(statuses).contains(429);
    } finally {
      stop(p);
    }
  }
}
