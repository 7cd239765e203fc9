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
   * Reserves the next slot and sleeps until it. A pause that comes while the caller sleeps moves
   * its slot past the pause, so no request reserved before a 429 goes out inside its Retry-After.
   *
   * @return how long the caller waited
   */
  Duration acquire() throws InterruptedException {
    long began = System.nanoTime();
    long slot;
    synchronized (this) {
      slot = Math.max(Math.max(began, next), pausedUntil);
      next = slot + intervalNanos;
    }
    while (true) {
      long wait;
      synchronized (this) {
        if (slot < pausedUntil) {
          slot = Math.max(next, pausedUntil);
          next = slot + intervalNanos;
        }
        wait = slot - System.nanoTime();
      }
      if (wait <= 0) {
        return Duration.ofNanos(System.nanoTime() - began);
      }
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }

  /** Holds every request, those already reserved and sleeping included, until {@code delay} from now. */
  synchronized void pause(Duration delay) {
    pausedUntil = Math.max(pausedUntil, System.nanoTime() + delay.toNanos());
    next = Math.max(next, pausedUntil);
  }
}
