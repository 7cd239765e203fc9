package dev.switchboard.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's code is what the consumer projects compile and run. A block after
 * {@code <!-- snippet: PATH -->} must equal the file at PATH; a block after
 * {@code <!-- snippet-in: PATH -->} must appear in it (with this build's version where the file
 * says {@code @switchboard.version@}). So a README edit that is not made to the project, or the
 * other way round, fails the build.
 */
class ReadmeSnippetsTest {
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- (snippet|snippet-in): (\\S+) -->\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);

  record Snippet(String kind, String path, String code) {}

  static List<Snippet> snippets(String readme) {
    List<Snippet> found = new ArrayList<>();
    Matcher m = SNIPPET.matcher(readme);
    while (m.find()) {
      found.add(new Snippet(m.group(1), m.group(2), m.group(3)));
    }
    return found;
  }

  @Test
  void everyMarkedReadmeBlockIsTheConsumerProjectsCode() {
    List<Snippet> snippets = snippets(Repo.read("README.md"));
    // The Quick start, the sandbox test, the one-platform program, the roster sync and the dependency block.
    assertThat(snippets).extracting(Snippet::path).contains(
        "consumer-tests/src/it/quickstart/src/main/java/example/QuickStart.java",
        "consumer-tests/src/it/sandbox-junit/src/test/java/example/AgentRosterTest.java",
        "consumer-tests/src/it/bird-only/src/main/java/example/BirdOnly.java",
        "consumer-tests/src/it/roster-sync/src/main/java/example/RosterSync.java",
        "consumer-tests/src/it/quickstart/pom.xml");
    for (Snippet snippet : snippets) {
      String file = Repo.read(snippet.path()).replace("@switchboard.version@", Repo.version());
      if (snippet.kind().equals("snippet")) {
        assertThat(snippet.code()).as("README block for " + snippet.path()).isEqualTo(file);
      } else {
        assertThat(file).as("README block in " + snippet.path()).contains(snippet.code());
      }
    }
  }
}
