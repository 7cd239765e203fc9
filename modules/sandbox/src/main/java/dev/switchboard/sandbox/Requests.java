package dev.switchboard.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What happens to a request between its body's arrival and its answer: the platform's simulated
 * latency ({@link Sandbox#simulate}), then the fake, whose change is journalled (with
 * {@code --state}) before the answer is sent. The change is made and journalled when the request
 * is served, after its latency, so {@code --latency} cannot open a window in which an answered
 * write is not yet on disk.
 */
final class Requests {
  /** Simulated latency by platform; absent means none. */
  private final Map<String, Long> latencyNanos = new ConcurrentHashMap<>();
  /** Requests that may have changed state (any method but GET and HEAD), for {@link Sandbox#writes()}. */
  private final AtomicLong writes = new AtomicLong();
  /** Set with {@code --state}. */
  private volatile Journal journal;

  /** The simulated latency of a platform, or {@code null} for none. */
  Long latencyNanos(String platform) {
    return latencyNanos.get(platform);
  }

  void latency(String platform, Duration latency) {
    if (latency.isZero()) {
      latencyNanos.remove(platform);
    } else {
      latencyNanos.put(platform, latency.toNanos());
    }
  }

  void clearLatency() {
    latencyNanos.clear();
  }

  void journal(Journal journal) {
    this.journal = journal;
  }

  long writes() {
    return writes.get();
  }

  /**
   * Serves one request whose body has arrived and whose latency is over; a change it makes is
   * journalled before this returns, so before it is answered.
   */
  void process(String platform, Fake fake, Exchange x) {
    if (x.method().equals("GET")) {
      fake.handle(x);
      return;
    }
    writes.incrementAndGet();
    Journal j = journal;
    if (j == null) {
      fake.handle(x);
    } else {
      j.record(platform, fake, () -> fake.handle(x));
    }
  }

  static void check(Duration latency, double requestsPerSecond) {
    java.util.Objects.requireNonNull(latency, "latency");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative: " + latency);
    }
    if (!(requestsPerSecond > 0)) {
      throw new IllegalArgumentException("requestsPerSecond must be above 0 (POSITIVE_INFINITY for no limit): "
          + requestsPerSecond);
    }
  }}
