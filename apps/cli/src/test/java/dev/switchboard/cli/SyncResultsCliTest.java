package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.cli.CliTest.Run;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxExtension;
import dev.switchboard.sync.FaultProxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI tells what a sync did (issue 22, item 6): failed and unknown counts in the table and in
 * {@code --json}, every action not done listed, and an exit code that follows them. Faults come from
 * a {@link FaultProxy} between the CLI and the sandbox.
 */
@ExtendWith(SandboxExtension.class)
class SyncResultsCliTest {
  @TempDir Path dir;

  private Map<String, String> env(Sandbox sandbox, FaultProxy proxy) {
    Map<String, String> env = new HashMap<>(CliTest.env(sandbox));
    env.put("SWITCHBOARD_BIRD_URL", proxy.url("bird"));
    env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    return env;
  }

  private Path roster() throws Exception {
    Path f = dir.resolve("roster.yaml");
    Files.writeString(f, "platforms: [bird]\nagents:\n  - name: Ann Able\n  - name: Bea Bold\n");
    return f;
  }

  @Test
  void twoFailedCreatesAreBothListedAndTheExitCodeIs1(Sandbox sandbox) throws Exception {
    try (FaultProxy proxy = new FaultProxy(sandbox)) {
      proxy.faultEveryWrite(FaultProxy.Fault.STATUS_500);

      Run table = CliTest.run(env(sandbox, proxy), "sync", roster().toString());
      Run json = CliTest.run(env(sandbox, proxy), "sync", roster().toString(), "--json");

      assertThat(table.code()).as(table.out() + table.err()).isEqualTo(Main.FAILED);
      assertThat(table.out()).contains("PLATFORM  CREATED  UPDATED  REMOVED  RECREATED  FAILED  UNKNOWN  STATUS")
          .containsPattern("bird +0 +0 +0 +0 +2 +0 +FAILED: 2 action\\(s\\) not done")
          .contains("Not done:", "bird: create 'Ann Able': not created", "bird: create 'Bea Bold': not created", "HTTP 500");
      assertThat(json.code()).isEqualTo(Main.FAILED);
      JsonNode bird = new ObjectMapper().readTree(json.out()).get("results").get(0);
      assertThat(bird.get("status").asText()).isEqualTo("failed");
      assertThat(bird.get("failed").asInt()).isEqualTo(2);
      assertThat(bird.get("unknown").asInt()).isZero();
      assertThat(bird.get("failures").findValuesAsText("agent")).containsExactlyInAnyOrder("Ann Able", "Bea Bold");
      assertThat(bird.get("failures").findValuesAsText("status")).containsOnly("failed");
    }
  }

  @Test
  void aCreateWhoseAnswerWasLostIsCountedWhereTheReReadFoundIt(Sandbox sandbox) throws Exception {
    try (FaultProxy proxy = new FaultProxy(sandbox)) {
      proxy.faultEveryWrite(FaultProxy.Fault.ANSWER_LOST);

      Run r = CliTest.run(env(sandbox, proxy), "sync", roster().toString(), "--json");

      assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Main.OK);
      JsonNode bird = new ObjectMapper().readTree(r.out()).get("results").get(0);
      assertThat(bird.get("created").asInt()).isEqualTo(2);
      assertThat(bird.get("status").asText()).isEqualTo("ok");
    }
  }

  @Test
  void anOutcomeNoReReadCouldSettleIsUnknownWithExitCode3(Sandbox sandbox) throws Exception {
    try (FaultProxy proxy = new FaultProxy(sandbox)) {
      proxy.faultEveryWrite(FaultProxy.Fault.ANSWER_LOST);
      proxy.readsFailAfterFault();

      Run r = CliTest.run(env(sandbox, proxy), "sync", roster().toString());

      assertThat(r.code()).as(r.out() + r.err()).isEqualTo(Main.UNKNOWN);
      assertThat(r.out()).containsPattern("bird +0 +0 +0 +0 +[0-2] +[12] +UNKNOWN: [12] action\\(s\\) sent without an answer")
          .contains("outcome unknown");
    }
  }
}
