package dev.switchboard.runtime.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Ends an asynchronous call's future at its deadline, whatever its transport does. One daemon
 * thread for the whole process; a call that ends first removes its timer at once, so waiting
 * timers never pile up behind calls long finished.
 */
final class Deadlines {
  private static final ScheduledThreadPoolExecutor TIMER = timer();

  private Deadlines() {}

  private static ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
      Thread t = new Thread(r, "switchboard-deadline");
      t.setDaemon(true);
      return t;
    });
    timer.setRemoveOnCancelPolicy(true);
    return timer;
  }

  /**
   * @param out the call's future
   * @param timeout how long it may take
   * @param failure what it fails with when that time has passed and it has not completed
   */
  static void watch(CompletableFuture<?> out, Duration timeout, Supplier<Throwable> failure) {
    long millis = Responses.saturatedMillis(timeout);
    ScheduledFuture<?> task = TIMER.schedule(() -> {
      if (!out.isDone()) {
        out.completeExceptionally(failure.get());
      }
    }, millis, TimeUnit.MILLISECONDS);
    out.whenComplete((value, error) -> task.cancel(false));
  }
}
