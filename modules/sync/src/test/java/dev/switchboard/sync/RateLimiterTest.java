package dev.switchboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The limiter's pause holds requests that had already reserved a slot and were sleeping. */
class RateLimiterTest {
  @Test
  void aPauseHoldsARequestAlreadyAsleepOnItsSlot() throws Exception {
    RateLimiter limiter = new RateLimiter(5); // one request every 200 ms
    limiter.acquire(); // the first slot: now; the next one is 200 ms away

    long start = System.nanoTime();
    CompletableFuture<Long> second = CompletableFuture.supplyAsync(() -> {
      try {
        limiter.acquire();
        return System.nanoTime();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    Thread.sleep(50); // the second caller now sleeps towards its slot at about 200 ms
    limiter.pause(Duration.ofMillis(800)); // a 429 said: nothing before 850 ms

    long sentAfterMillis = TimeUnit.NANOSECONDS.toMillis(second.get(5, TimeUnit.SECONDS) - start);
    assertThat(sentAfterMillis).isGreaterThanOrEqualTo(800);
  }
}
