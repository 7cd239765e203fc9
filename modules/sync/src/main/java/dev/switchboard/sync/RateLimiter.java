package dev.switchboard.sync;

import java.time.Duration;

/**
 * One platform's client-side pace: at most {@code perSecond} requests started per second (evenly
 * spaced), and a pause that holds every request until a time the platform named (Retry-After).
 * Thread-safe.
 */
final class RateLimiter {
  private final long intervalNanos;
  private long next;
  private long pausedUntil;

  /** @param perSecond requests per second, or 0 for no limit (pauses still apply) */
  RateLimiter(double perSecond) {
    this.intervalNanos = perSecond <= 0 ? 0 : (long) (1e9 / perSecond);
    this.next = System.nanoTime();
  }

  /**
   * Reserves the next slot and sleeps until it.
   *
   * @return how long the caller waited
   */
  Duration acquire() throws InterruptedException {
    long wait;
    synchronized (this) {
      long now = System.nanoTime();
      long start = Math.max(Math.max(now, next), pausedUntil);
      next = start + intervalNanos;
      wait = start - now;
    }
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
    return Duration.ofNanos(Math.max(wait, 0));
  }

  /** Holds every request (including those already reserved later) until {@code delay} from now. */
  synchronized void pause(Duration delay) {
    pausedUntil = Math.max(pausedUntil, System.nanoTime() + delay.toNanos());
    next = Math.max(next, pausedUntil);
  }
}
