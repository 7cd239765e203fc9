package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.facade.Platform;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxSwitchboard;
import org.junit.jupiter.api.Test;

/** Runs the README's one-platform snippet on Bird's artifact alone, against the sandbox. */
class BirdOnlyTest {
  @Test
  void birdAloneCreatesListsAndDeletes() throws Exception {
    String runtimeClasspath = BirdSnippet.runtimeClasspath();
    // What a Bird-only user ships: Bird's artifact (its client and its directory) and the facade
    // API under it; not the all-platforms facade, no other platform.
    assertFalse(runtimeClasspath.matches("(?s).*switchboard-facade-\\d.*"), runtimeClasspath);
    assertTrue(runtimeClasspath.contains("switchboard-facade-api"), runtimeClasspath);
    for (String other : new String[] {"chatwoot", "chatcaptain", "livechat", "bcrumbs", "intercom", "twilio"}) {
      assertFalse(runtimeClasspath.contains("switchboard-" + other), runtimeClasspath);
    }
    assertTrue(runtimeClasspath.contains("switchboard-bird"), runtimeClasspath);

    try (Sandbox sandbox = Sandbox.start(0)) {
      String output = BirdSnippet.run("example.BirdOnly", sandbox);
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
