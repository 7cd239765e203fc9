package example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.sandbox.Sandbox;
import org.junit.jupiter.api.Test;

/** Runs the README's user-step snippet (a header step and a timing step) against the sandbox. */
class PipelineStepsTest {
  @Test
  void theTimingStepReportsTheCall() throws Exception {
    try (Sandbox sandbox = Sandbox.start(0)) {
      String output = BirdSnippet.run("example.PipelineSteps", sandbox);
      assertTrue(output.matches("(?s).*bird listAgents: HTTP 200 in \\d+ ms.*"), output);
    }
  }
}
