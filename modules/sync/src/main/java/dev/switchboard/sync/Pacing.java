package dev.switchboard.sync;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.Platform;
import dev.switchboard.runtime.error.RateLimitedException;
import dev.switchboard.runtime.paging.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every request the engine makes goes through here: it waits for a slot of the platform's rate
 * limiter, then is sent once. The engine never sends a request again itself: resending (a 429
 * included) belongs to the client's retry step, which knows the method, the attempt count and the
 * call's deadline, so a request is attempted at most the retry policy's {@code maxAttempts} times.
 * What the engine keeps is the pace: a 429 that reaches it (the retry step gave up) holds the
 * platform's limiter for its Retry-After, so the next requests do not walk into the same refusal.
 */
final class Pacing {
  private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);
  private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

  private final RateLimiter limiter;
  private final Duration maxRetryAfter;
  private final SyncListener listener;

  Pacing(RateLimiter limiter, Duration maxRetryAfter, SyncListener listener) {
    this.limiter = limiter;
    this.maxRetryAfter = maxRetryAfter;
    this.listener = listener;
  }

  /** One request, sent once after the limiter's slot; a 429 it ends with holds the platform. */
  <T> T once(Platform p, String what, Supplier<T> request) {
    try {
      Duration waited = limiter.acquire();
      if (waited.toMillis() >= 1) {
        LOG.debug("{}: {} waited {} ms for the rate limiter", p.id(), what, waited.toMillis());
        SyncEngine.tell(() -> listener.waiting(p, waited, "rate limit"));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NotSentException(p, p.id() + ": interrupted while waiting for the rate limiter", e);
    }
    try {
      return request.get();
    } catch (RateLimitedException e) {
      learn(p, e);
      throw e;
    }
  }

  private void learn(Platform p, RateLimitedException e) {
    Duration wait = e.retryAfter().orElse(DEFAULT_RETRY_AFTER);
    if (wait.isNegative() || wait.isZero()) {
      return; // "now": nothing to hold
    }
    if (wait.compareTo(maxRetryAfter) > 0) {
      // Longer than the engine agreed to wait: holding the platform that long would hang the sync.
      LOG.debug("{}: answered 429 with Retry-After {} s, above the {} s the engine holds a platform", p.id(),
          wait.getSeconds(), maxRetryAfter.getSeconds());
      return;
    }
    limiter.pause(wait);
    LOG.debug("{}: answered 429, holding the platform's next requests for {} ms (Retry-After)", p.id(), wait.toMillis());
    SyncEngine.tell(() -> listener.waiting(p, wait, "Retry-After"));
  }

  /** Every agent, a page per request at the platform's largest page size, each page paced. */
  List<Agent> readAll(AgentDirectory d) {
    int max = d.description().pageSize().max();
    AgentQuery query = max > 0 ? AgentQuery.ALL.withPageSize(max) : AgentQuery.ALL;
    return readPages(d, query);
  }

  List<Agent> readPages(AgentDirectory d, AgentQuery query) {
    List<Agent> all = new ArrayList<>();
    Iterator<Page<Agent>> pages = d.list(query).iterableByPage().iterator();
    while (true) {
      Page<Agent> page = once(d.platform(), "list", () -> pages.hasNext() ? pages.next() : null);
      if (page == null) {
        return all;
      }
      all.addAll(page.items());
      if (!page.hasNext()) {
        // No cursor: the iterator would answer without a request, so no rate-limiter slot is spent
        // on it (one wasted slot per check halved the pace of creates).
        return all;
      }
    }
  }

  /** The limiter was interrupted: the request was never sent. */
  static final class NotSentException extends SyncException {
    private static final long serialVersionUID = 1L;

    NotSentException(Platform platform, String message, Throwable cause) {
      super(platform, message, cause);
    }
  }
}
