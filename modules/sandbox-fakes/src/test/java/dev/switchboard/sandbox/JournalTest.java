package dev.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.chatwoot.sandbox.ChatwootSandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --state}'s journal, in process: an answered write is in the journal before its answer
 * (also when its response was delayed by a simulated latency), a torn or corrupt tail is skipped
 * with one warning naming the file and offset, and a killed save leaves no temporary file behind.
 * The process-level proof ({@code kill -9}) is {@link KillDurabilityIT}.
 */
class JournalTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  private static HttpResponse<String> create(Sandbox s, String name) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(s.baseUrl("chatwoot") + "/api/v1/accounts/1/agents"))
        .header("api_access_token", ChatwootSandbox.TOKEN).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\",\"email\":\"" + name
            + "@example.com\",\"role\":\"agent\"}")).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A sandbox that journals to the file, as {@code SandboxMain --state} sets it up. */
  private static Sandbox journalled(Path file) {
    Sandbox s = Sandbox.start(0);
    Journal.restore(s, file, w -> {});
    s.requests().journal(Journal.start(s, file));
    return s;
  }

  /** What a fresh process would restore from the files as they are now (the first one still running). */
  private static List<String> restoredNames(Path file, List<String> warnings) {
    try (Sandbox again = Sandbox.start(0)) {
      Journal.restore(again, file, warnings::add);
      List<String> names = new ArrayList<>();
      JsonNode agents = again.fake("chatwoot").saveState().path("accounts").path("1");
      agents.forEach(a -> names.add(a.path("name").asText()));
      return names;
    }
  }

  @Test
  void anAnsweredWriteIsOnDiskBeforeItsAnswerEvenWithLatency() throws Exception {
    Path file = dir.resolve("sandbox.json");
    try (Sandbox s = journalled(file)) {
      s.simulate(Duration.ofMillis(300), Double.POSITIVE_INFINITY);
      assertThat(create(s, "late").statusCode()).isEqualTo(200);
      // No stop, no save: only what was written before the answer can be there.
      assertThat(restoredNames(file, new ArrayList<>())).containsExactly("late");
      assertThat(create(s, "later").statusCode()).isEqualTo(200);
      assertThat(restoredNames(file, new ArrayList<>())).containsExactly("late", "later");
    }
  }

  @Test
  void aCorruptOrCutTailIsSkippedWithOneWarningNamingFileAndOffset() throws Exception {
    Path file = dir.resolve("sandbox.json");
    Path journal = Journal.journalOf(file);
    try (Sandbox s = journalled(file)) {
      create(s, "one");
      create(s, "two");
    }
    long good = Files.size(journal);
    assertThat(good).as("two records").isPositive();
    for (String tail : List.of("0badc0de {\"p\":\"chatwoot\",\"ops\":[]}\n", "1234abcd {\"p\":\"chatw")) {
      Path copy = dir.resolve("copy-" + tail.length() + ".json");
      Files.copy(file, copy);
      Files.copy(journal, Journal.journalOf(copy));
      Files.writeString(Journal.journalOf(copy), tail, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      List<String> warnings = new ArrayList<>();
      assertThat(restoredNames(copy, warnings)).containsExactly("one", "two");
      assertThat(warnings).hasSize(1);
      assertThat(warnings.get(0)).contains(Journal.journalOf(copy).toString()).contains("offset " + good);
    }
  }

  @Test
  void aSaveThatWasKilledLeavesNoTemporaryFile() throws Exception {
    Path file = dir.resolve("sandbox.json");
    Files.writeString(dir.resolve("sandbox.json.tmp"), "{\"half\":");
    Files.writeString(dir.resolve("sandbox.json8231.tmp"), "{\"half\":");
    try (Sandbox s = journalled(file)) {
      create(s, "one");
      try (var files = Files.list(dir)) {
        assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("sandbox.json",
            "sandbox.json.journal");
      }
    }
  }
}
