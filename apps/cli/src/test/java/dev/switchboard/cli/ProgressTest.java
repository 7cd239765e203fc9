package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.facade.Platform;
import dev.switchboard.sync.PlatformResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The sync's progress on stderr: off a terminal, one line per 5 s of the run and none in between
 * (so a CI log shows the run is alive without a line per action); on a terminal, a bar that ends
 * with a newline. A stepped clock stands in for the 5 s.
 */
class ProgressTest {
  private static final Platform BIRD = Platform.of("bird");
  private static final long SECOND = 1_000_000_000L;

  private final StringWriter text = new StringWriter();
  private final AtomicLong now = new AtomicLong(1_000 * SECOND);

  private Progress progress(boolean tty) {
    return new Progress(new PrintWriter(text), tty, now::get);
  }

  @Test
  void offATerminalALineEveryFiveSecondsAndNoneBetween() {
    Progress p = progress(false);
    p.started(null, 10);

    for (int i = 0; i < 3; i++) {
      now.addAndGet(SECOND);
      p.actionFinished(BIRD, null, null);
    }
    assertThat(text.toString()).as("under 5 s").isEmpty();

    now.addAndGet(2 * SECOND);
    p.actionFinished(BIRD, null, null);
    assertThat(text.toString()).isEqualTo("sync: 4/10 actions done (40%)" + System.lineSeparator());

    now.addAndGet(SECOND);
    p.actionFinished(BIRD, null, null);
    assertThat(text.toString().lines()).as("the next line waits another 5 s").hasSize(1);

    now.addAndGet(5 * SECOND);
    p.platformFinished(new PlatformResult(BIRD, 5, 0, 0, 0, 0, List.of(), List.of(), null));
    assertThat(text.toString().lines()).containsExactly("sync: 4/10 actions done (40%)", "sync: bird done");
  }

  @Test
  void onATerminalABarThatEndsTheLine() {
    Progress p = progress(true);
    p.started(null, 5);

    for (int i = 0; i < 5; i++) {
      now.addAndGet(SECOND);
      p.actionFinished(BIRD, null, null);
    }

    assertThat(text.toString()).contains("\r[" + "#".repeat(6) + " ".repeat(24) + "] 1/5")
        .endsWith("\r[" + "#".repeat(30) + "] 5/5" + System.lineSeparator());
  }
}
