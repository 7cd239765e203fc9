package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.chatwoot.sandbox.ChatwootSandbox;
import dev.switchboard.facade.Agent;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Platform;
import dev.switchboard.livechat.sandbox.LiveChatSandbox;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxSwitchboard;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the README's Quick start as a user would, against the sandbox, and reads back what it did. */
class QuickStartTest {
  @Test
  void quickStartCreatesAnnOnEveryPlatformThatCanCreate() throws Exception {
    try (Sandbox sandbox = Sandbox.start(0)) {
      sandbox.seedDemoData();
      String classpath = Files.readString(Path.of("target/runtime.classpath")).strip()
          + File.pathSeparator + "target/classes";
      ProcessBuilder app = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath, "example.QuickStart")
          .redirectErrorStream(true);
      app.environment().put("SWITCHBOARD_CHATWOOT_TOKEN", ChatwootSandbox.TOKEN);
      app.environment().put("SWITCHBOARD_CHATWOOT_ACCOUNT", String.valueOf(ChatwootSandbox.ACCOUNT));
      app.environment().put("SWITCHBOARD_CHATWOOT_URL", sandbox.baseUrl("chatwoot"));
      app.environment().put("SWITCHBOARD_LIVECHAT_TOKEN", LiveChatSandbox.TOKEN);
      app.environment().put("SWITCHBOARD_LIVECHAT_URL", sandbox.baseUrl("livechat"));
      Process process = app.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the Quick start did not finish");
      System.out.println(output);
      assertEquals(0, process.exitValue(), "the Quick start failed:\n" + output);
      // It listed what the sandbox holds (the demo's Ada on Chatwoot, the Greeter bot on LiveChat)...
      assertTrue(output.contains("Ada Admin"), output);
      assertTrue(output.contains("Greeter Bot"), output);

      // ...and created Ann, online, on both platforms: read back through the sandbox.
      for (Platform platform : List.of(Platform.CHATWOOT, Platform.LIVECHAT)) {
        List<Agent> anns = SandboxSwitchboard.of(sandbox).directory(platform).list().stream()
            .filter(a -> a.name().equals("Ann Agent")).toList();
        assertEquals(1, anns.size(), platform + " should hold one Ann Agent");
        assertEquals(Availability.ONLINE, anns.get(0).availability(), platform + " availability");
      }
    }
  }
}
