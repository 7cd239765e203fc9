package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.facade.Platform;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxSwitchboard;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the README's one-platform snippet on Bird's artifact alone, against the sandbox. */
class BirdOnlyTest {
  @Test
  void birdAloneCreatesListsAndDeletes() throws Exception {
    String runtimeClasspath = Files.readString(Path.of("target/runtime.classpath")).strip();
    // What a Bird-only user ships: Bird's artifact (its client and its directory) and the facade
    // API under it; not the all-platforms facade, no other platform.
    assertFalse(runtimeClasspath.matches("(?s).*switchboard-facade-\\d.*"), runtimeClasspath);
    assertTrue(runtimeClasspath.contains("switchboard-facade-api"), runtimeClasspath);
    for (String other : new String[] {"chatwoot", "chatcaptain", "livechat", "bcrumbs"}) {
      assertFalse(runtimeClasspath.contains("switchboard-" + other), runtimeClasspath);
    }
    assertTrue(runtimeClasspath.contains("switchboard-bird"), runtimeClasspath);

    try (Sandbox sandbox = Sandbox.start(0)) {
      ProcessBuilder app = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", runtimeClasspath + File.pathSeparator + "target/classes", "example.BirdOnly")
          .redirectErrorStream(true);
      app.environment().put("SWITCHBOARD_BIRD_ACCESS_KEY", Sandbox.BIRD_ACCESS_KEY);
      app.environment().put("SWITCHBOARD_BIRD_WORKSPACE", Sandbox.BIRD_WORKSPACE);
      app.environment().put("SWITCHBOARD_BIRD_URL", sandbox.baseUrl("bird"));
      Process process = app.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the snippet did not finish");
      System.out.println(output);
      assertEquals(0, process.exitValue(), "the snippet failed:\n" + output);
      assertTrue(output.contains(" Bea Bird"), output);
      assertTrue(output.matches("(?s).*deleted \\S+ \\(404\\).*"), output);
      // The sandbox agrees: Bea was created, then deleted. Bird is the only installed platform, so
      // the sandbox's Switchboard holds Bird alone.
      var switchboard = SandboxSwitchboard.of(sandbox);
      assertEquals(1, switchboard.directories().size());
      assertTrue(switchboard.directory(Platform.BIRD).list().stream().noneMatch(a -> a.name().equals("Bea Bird")));
    }
  }
}
