package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.cli.CliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The README's demo output is what {@code ./switchboard demo} prints today: the demo runs here,
 * in the build, and its output (stderr's notice first, as a terminal shows it; the sandbox's port
 * as PORT) must equal the block between the README's demo-output markers. Before, the README
 * showed rows and wording the CLI had stopped printing.
 */
class DemoOutputInReadmeTest {
  private static final Path README = Path.of("../../README.md");

  @Test
  void theReadmeShowsWhatTheDemoPrints() throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf("<!-- demo-output:start");
    int end = readme.indexOf("<!-- demo-output:end -->");
    assertThat(start).as("README demo-output markers").isPositive().isLessThan(end);
    String block = readme.substring(readme.indexOf("```\n", start) + 4, readme.lastIndexOf("```", end));

    Run r = CliTest.run(Map.of(), "demo");

    assertThat(r.code()).as(r.err()).isZero();
    String printed = (r.err() + r.out()).replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT");
    assertThat(printed).as("README.md's demo block, to be replaced with what the demo prints now")
        .isEqualTo(block);
  }
}
