package dev.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The journal's records ({@link StateDiff}): a diff replayed on the state before gives the state
 * after, key order included, and replaying it twice changes nothing. The journal itself, over the
 * shipped fakes, is {@code JournalTest} in switchboard-sandbox-fakes.
 */
class StateDiffTest {
  @Test
  void aDiffReplayedGivesTheStateAfterInItsOrder() throws Exception {
    JsonNode before = Exchange.JSON.readTree("{\"a\":{\"1\":{\"n\":\"x\"},\"2\":{\"n\":\"y\"}},\"next\":3}");
    List<String> afters = List.of(
        "{\"a\":{\"1\":{\"n\":\"x\"},\"2\":{\"n\":\"z\"},\"3\":{\"n\":\"w\"}},\"next\":4}",
        "{\"a\":{\"2\":{\"n\":\"y\"}},\"next\":3}",
        "{\"a\":{\"2\":{\"n\":\"y\"},\"1\":{\"n\":\"x\"}},\"next\":3}",
        "{\"a\":{\"3\":{\"n\":\"w\"},\"1\":{\"n\":\"x\"}},\"next\":3}",
        "{\"b\":[1,2],\"next\":3}");
    for (String text : afters) {
      JsonNode after = Exchange.JSON.readTree(text);
      JsonNode replayed = StateDiff.apply(before.deepCopy(), StateDiff.diff(before, after));
      assertThat(Exchange.JSON.writeValueAsString(replayed)).as("from %s to %s", before, after).isEqualTo(text);
      JsonNode twice = StateDiff.apply(replayed, StateDiff.diff(before, after));
      assertThat(Exchange.JSON.writeValueAsString(twice)).as("applied twice").isEqualTo(text);
    }
  }}
