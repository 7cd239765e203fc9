package example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

/** Runs the README's per-call options snippet against the sandbox: the hook hears both calls. */
class PerCallOptionsTest {
  @Test
  void theHookHearsTheListingAndTheGet() throws Exception {
    try (Sandbox sandbox = Sandbox.start(0)) {
      sandbox.seedDemoData();
      String output = BirdSnippet.run("example.PerCallOptions", sandbox);
      assertTrue(output.contains("bird listAgents -> 200"), output);
      assertTrue(output.contains("bird getAgent -> 200"), output);
    }
  }
}
