package dev.switchboard.sandbox;

/**
 * A token bucket standing in for a platform's rate limit: it holds one second's worth of requests
 * (at least one) and refills continuously, so a client at or under the rate is never refused and a
 * burst beyond it gets 429s. Requests it refuses take no token, as the platforms count only the
 * requests they serve.
 */
final class SimulatedRate {
  private final double perSecond;
  private final double capacity;
  private double tokens;
  private long last;

  SimulatedRate(double perSecond) {
    this.perSecond = perSecond;
    this.capacity = Math.max(1, perSecond);
    this.tokens = capacity;
    this.last = System.nanoTime();
  }

  double perSecond() {
    return perSecond;
  }

  /**
   * @return 0 if the request may be served, else the whole seconds (at least 1) until it could be,
   *     for the platform's {@code Retry-After}
   */
  synchronized int take() {
    long now = System.nanoTime();
    tokens = Math.min(capacity, tokens + (now - last) / 1e9 * perSecond);
    last = now;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return (int) Math.max(1, Math.ceil((1 - tokens) / perSecond));
  }
}
