package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.bird.sandbox.BirdSandbox;
import dev.switchboard.chatwoot.sandbox.ChatwootSandbox;
import dev.switchboard.facade.Agent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxSwitchboard;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the README's roster-sync program as a user would, against the sandbox, and reads back what it did. */
class RosterSyncTest {
  @Test
  void theReadmeProgramPlansWritesThePlanAndAppliesIt() throws Exception {
    try (Sandbox sandbox = Sandbox.start(0)) {
      Path dir = Files.createTempDirectory("roster-sync");
      Path roster = dir.resolve("roster.yaml");
      Files.writeString(roster, String.join("\n",
          "platforms: [chatwoot, bird]",
          "agents:",
          "  - name: Ann Agent",
          "    email: ann@example.com",
          "    availability: online",
          ""));
      String classpath = Files.readString(Path.of("target/runtime.classpath")).strip()
          + File.pathSeparator + new File("target/classes").getAbsolutePath();
      ProcessBuilder app = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath, "example.RosterSync",
          roster.toString()).directory(dir.toFile()).redirectErrorStream(true);
      app.environment().put("SWITCHBOARD_CHATWOOT_TOKEN", ChatwootSandbox.TOKEN);
      app.environment().put("SWITCHBOARD_CHATWOOT_ACCOUNT", String.valueOf(ChatwootSandbox.ACCOUNT));
      app.environment().put("SWITCHBOARD_CHATWOOT_URL", sandbox.baseUrl("chatwoot"));
      app.environment().put("SWITCHBOARD_BIRD_ACCESS_KEY", BirdSandbox.ACCESS_KEY);
      app.environment().put("SWITCHBOARD_BIRD_WORKSPACE", BirdSandbox.WORKSPACE);
      app.environment().put("SWITCHBOARD_BIRD_URL", sandbox.baseUrl("bird"));
      Process process = app.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the program did not finish");
      System.out.println(output);
      assertEquals(0, process.exitValue(), "the program failed:\n" + output);
      assertTrue(output.contains("chatwoot: CREATE Ann Agent"), output);
      assertTrue(output.contains("bird: created 1"), output);
      assertTrue(Files.readString(dir.resolve("plan.json")).contains("\"formatVersion\" : 1"));

      Switchboard sb = SandboxSwitchboard.of(sandbox);
      for (Platform platform : List.of(Platform.CHATWOOT, Platform.BIRD)) {
        List<String> names = sb.directory(platform).list().stream().map(Agent::name).toList();
        assertEquals(List.of("Ann Agent"), names, platform.id());
      }
    }
  }
}
