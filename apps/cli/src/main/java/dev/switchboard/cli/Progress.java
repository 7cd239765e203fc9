package dev.switchboard.cli;

import dev.switchboard.facade.Platform;
import dev.switchboard.sync.Plan;
import dev.switchboard.sync.PlannedAction;
import dev.switchboard.sync.PlatformResult;
import dev.switchboard.sync.SyncListener;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Progress from the engine's listener: a bar on a terminal, otherwise a line every few seconds
 * (so a log or CI shows the run is alive). Both on stderr, so {@code --json} output stays clean;
 * none with {@code --quiet}.
 */
final class Progress implements SyncListener {
  static final long LINE_EVERY_NANOS = 5_000_000_000L;
  private final PrintWriter err;
  private final boolean tty;
  private final LongSupplier clock;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicLong lastPrint;
  private volatile int total;

  Progress(PrintWriter err, boolean tty) {
    this(err, tty, System::nanoTime);
  }

  /** With a clock of its own, so a test can step over the interval instead of sleeping 5 s. */
  Progress(PrintWriter err, boolean tty, LongSupplier clock) {
    this.err = err;
    this.tty = tty;
    this.clock = clock;
    this.lastPrint = new AtomicLong(clock.getAsLong());
  }

  @Override
  public void started(Plan plan, int totalActions) {
    total = totalActions;
    done.set(0);
    lastPrint.set(clock.getAsLong());
  }

  @Override
  public void actionFinished(Platform platform, PlannedAction action, Throwable failure) {
    int n = done.incrementAndGet();
    long now = clock.getAsLong();
    long last = lastPrint.get();
    if (tty && total >= 5) {
      if (n == total || now - last > 100_000_000L && lastPrint.compareAndSet(last, now)) {
        int width = 30;
        int filled = n * width / total;
        synchronized (err) {
          err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + n + "/" + total);
          if (n == total) {
            err.println();
          }
          err.flush();
        }
      }
    } else if (!tty && now - last >= LINE_EVERY_NANOS && lastPrint.compareAndSet(last, now)) {
      synchronized (err) {
        err.println("sync: " + n + "/" + total + " actions done (" + (total == 0 ? 100 : n * 100 / total) + "%)");
        err.flush();
      }
    }
  }

  @Override
  public void platformFinished(PlatformResult result) {
    if (!tty && total > 0 && clock.getAsLong() - lastPrint.get() >= LINE_EVERY_NANOS) {
      synchronized (err) {
        err.println("sync: " + result.platform().id() + " done");
        err.flush();
      }
    }
  }
}
