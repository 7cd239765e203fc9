package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.sandbox.Sandbox;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the README's user-step snippet (a header step and a timing step) against the sandbox. */
class PipelineStepsTest {
  @Test
  void theTimingStepReportsTheCall() throws Exception {
    String runtimeClasspath = Files.readString(Path.of("target/runtime.classpath")).strip();
    try (Sandbox sandbox = Sandbox.start(0)) {
      ProcessBuilder app = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", runtimeClasspath + File.pathSeparator + "target/classes", "example.PipelineSteps")
          .redirectErrorStream(true);
      app.environment().put("SWITCHBOARD_BIRD_ACCESS_KEY", Sandbox.BIRD_ACCESS_KEY);
      app.environment().put("SWITCHBOARD_BIRD_WORKSPACE", Sandbox.BIRD_WORKSPACE);
      app.environment().put("SWITCHBOARD_BIRD_URL", sandbox.baseUrl("bird"));
      Process process = app.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the snippet did not finish");
      assertEquals(0, process.exitValue(), "the snippet failed:\n" + output);
      assertTrue(output.matches("(?s).*bird listAgents: HTTP 200 in \\d+ ms.*"), output);
    }
  }
}
