package dev.switchboard.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The code in README.md and in every docs/*.md is what the consumer projects compile and run. A
 * block after {@code <!-- snippet: PATH -->} must equal the file at PATH; a block after
 * {@code <!-- snippet-in: PATH -->} must appear in it (with this build's version where the file
 * says {@code @switchboard.version@}). So a doc edit that is not made to the project, or the
 * other way round, fails the build.
 */
class ReadmeSnippetsTest {
  private static final Pattern SNIPPET =
      Pattern.compile("<!-- (snippet|snippet-in): (\\S+) -->\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);

  record Snippet(String doc, String kind, String path, String code) {}

  static List<Snippet> snippets(String doc, String text) {
    List<Snippet> found = new ArrayList<>();
    Matcher m = SNIPPET.matcher(text);
    while (m.find()) {
      found.add(new Snippet(doc, m.group(1), m.group(2), m.group(3)));
    }
    return found;
  }

  /** README.md and every Markdown file in docs/, as paths from the repository root. */
  static List<String> docs() {
    List<String> docs = new ArrayList<>(List.of("README.md"));
    try (Stream<Path> files = Files.list(Repo.ROOT.resolve("docs"))) {
      files.map(f -> "docs/" + f.getFileName()).filter(f -> f.endsWith(".md")).sorted().forEach(docs::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  @Test
  void everyMarkedDocBlockIsTheConsumerProjectsCode() {
    List<Snippet> snippets = new ArrayList<>();
    for (String doc : docs()) {
      snippets.addAll(snippets(doc, Repo.read(doc)));
    }
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
        assertThat(snippet.code()).as(snippet.doc() + " block for " + snippet.path()).isEqualTo(file);
      } else {
        assertThat(file).as(snippet.doc() + " block in " + snippet.path()).contains(snippet.code());
      }
    }
  }

  /** A user's code may use only the API: no import of an internal (or generated implementation) package. */
  private static final Pattern INTERNAL_IMPORT =
      Pattern.compile("^\\s*import\\s+(static\\s+)?dev\\.switchboard\\.[\\w.]*\\.(internal|implementation)\\.", Pattern.MULTILINE);

  @Test
  void noDocOrConsumerProjectImportsAnInternalPackage() throws IOException {
    List<String> files = new ArrayList<>(docs());
    try (Stream<Path> it = Files.walk(Repo.ROOT.resolve("consumer-tests/src/it"))) {
      it.filter(f -> f.toString().endsWith(".java")).map(f -> Repo.ROOT.relativize(f).toString()).sorted().forEach(files::add);
    }
    List<String> found = new ArrayList<>();
    for (String file : files) {
      String[] lines = Repo.read(file).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (INTERNAL_IMPORT.matcher(lines[i]).find()) {
          found.add(file + ":" + (i + 1) + ": " + lines[i].strip());
        }
      }
    }
    assertThat(found).as("imports of internal packages in user-facing code").isEmpty();
  }
}
