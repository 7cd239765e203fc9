package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.bird.sandbox.BirdSandbox;
import dev.switchboard.sandbox.Sandbox;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the README's Bird programs as a user would: its own JVM, this project's runtime
 * classpath (Bird's artifact and what it brings), the Bird settings in the environment, pointed at
 * a sandbox.
 */
final class BirdSnippet {
  private BirdSnippet() {}

  /** This project's runtime classpath, as the build wrote it. */
  static String runtimeClasspath() throws Exception {
    return Files.readString(Path.of("target/runtime.classpath")).strip();
  }

  /**
   * @return the program's output, after checking it ended in time with exit code 0
   */
  static String run(String mainClass, Sandbox sandbox) throws Exception {
    ProcessBuilder app = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", runtimeClasspath() + File.pathSeparator + "target/classes", mainClass)
        .redirectErrorStream(true);
    app.environment().put("SWITCHBOARD_BIRD_ACCESS_KEY", BirdSandbox.ACCESS_KEY);
    app.environment().put("SWITCHBOARD_BIRD_WORKSPACE", BirdSandbox.WORKSPACE);
    app.environment().put("SWITCHBOARD_BIRD_URL", sandbox.baseUrl("bird"));
    Process process = app.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the snippet did not finish");
    System.out.println(output);
    assertEquals(0, process.exitValue(), "the snippet failed:\n" + output);
    return output;
  }
}
