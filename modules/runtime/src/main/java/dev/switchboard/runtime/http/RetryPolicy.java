package dev.switchboard.runtime.http;

import dev.switchboard.runtime.internal.Idempotent;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long to wait before repeating a failed call.
 *
 * <p>Retries happen only on 408, 429, 502, 503, 504 (configurable) and on connection failures,
 * and only for calls that cannot duplicate a write: GET, HEAD, OPTIONS, PUT and DELETE, methods
 * marked {@link Idempotent}, any call whose connection was never established, and any call answered
 * 429 (refused before the server acted, so safe for every method). A POST that may have reached the
 * server is never replayed otherwise. Waits grow exponentially with full jitter; a
 * {@code Retry-After} from the server is honoured when it is within {@link #maxRetryAfter()}, and a
 * longer one ends the retries so the caller sees the {@code RateLimitedException} with the delay.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration maxRetryAfter;
  private final Set<Integer> retryableStatuses;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.maxDelay = b.maxDelay;
    this.maxRetryAfter = b.maxRetryAfter;
    this.retryableStatuses = Set.copyOf(b.retryableStatuses);
  }

  /**
   * @return 3 attempts, 200 ms base delay, 10 s max delay, Retry-After honoured up to 60 s
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * @return a policy that never retries
   */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /**
   * @return a builder starting from the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return attempts in all, the first included
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * @return the longest Retry-After that is waited for
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * @param status an HTTP status
   * @return whether that status may be retried
   */
  public boolean isRetryableStatus(int status) {
    return retryableStatuses.contains(status);
  }

  /**
   * The wait before the next attempt.
   *
   * @param failedAttempt the attempt that just failed, from 1
   * @param retryAfter the server's Retry-After, or null
   * @return the wait, or null when the server asked for longer than {@link #maxRetryAfter()}
   */
  public Duration delayBefore(int failedAttempt, Duration retryAfter) {
    if (retryAfter != null) {
      return retryAfter.compareTo(maxRetryAfter) <= 0 ? retryAfter : null;
    }
    long ceiling = baseDelay.toMillis() << Math.min(failedAttempt - 1, 20);
    ceiling = Math.min(ceiling, maxDelay.toMillis());
    return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay="
        + maxDelay + ", maxRetryAfter=" + maxRetryAfter + ", statuses=" + retryableStatuses + "]";
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration baseDelay = Duration.ofMillis(200);
    private Duration maxDelay = Duration.ofSeconds(10);
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Set<Integer> retryableStatuses = Set.of(408, 429, 502, 503, 504);

    private Builder() {}

    /**
     * @param maxAttempts attempts in all, at least 1 (1 means no retry)
     * @return this
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * @param baseDelay the ceiling of the first backoff; doubles per attempt
     * @return this
     */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = positive(baseDelay, "baseDelay");
      return this;
    }

    /**
     * @param maxDelay the largest backoff ceiling
     * @return this
     */
    public Builder maxDelay(Duration maxDelay) {
      this.maxDelay = positive(maxDelay, "maxDelay");
      return this;
    }

    /**
     * @param maxRetryAfter the longest server-requested wait that is honoured
     * @return this
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = positive(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * @param statuses the HTTP statuses that may be retried
     * @return this
     */
    public Builder retryableStatuses(Set<Integer> statuses) {
      this.retryableStatuses = Set.copyOf(Objects.requireNonNull(statuses, "statuses"));
      return this;
    }

    /**
     * @return the policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative, was " + d);
      }
      return d;
    }
  }
}
