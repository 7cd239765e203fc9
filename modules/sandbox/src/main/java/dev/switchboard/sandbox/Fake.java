package dev.switchboard.sandbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * One platform's fake. The order per request is the platform's: credentials first (its 401
 * shape), then the spec (its validation shape), then the operation against the in-memory state.
 * Subclasses lock their own state, so a fake is safe under concurrent requests.
 */
abstract class Fake {
  private final SpecGate gate;
  final Clock clock;
  /** Requests to fail with 429 before serving normally again (fixture for rate-limit tests). */
  private int throttled;

  Fake(String openApiProvider, Clock clock) {
    this.gate = openApiProvider == null ? null : new SpecGate(openApiProvider);
    this.clock = clock;
  }

  final void handle(Exchange x) {
    try {
      if (!authorized(x)) {
        unauthorized(x);
        return;
      }
      if (takeThrottle()) {
        rateLimited(x);
        return;
      }
      if (gate != null) {
        var violations = gate.violations(x);
        if (violations.isPresent()) {
          invalid(x, violations.get());
          return;
        }
      }
      route(x);
    } catch (Exchange.BadRequest e) {
      invalid(x, e.getMessage());
    } catch (NotFound e) {
      notFound(x, e.getMessage());
    }
  }

  private synchronized boolean takeThrottle() {
    if (throttled > 0) {
      throttled--;
      return true;
    }
    return false;
  }

  /** The next {@code requests} requests answer 429. */
  synchronized void throttle(int requests) {
    throttled = requests;
  }

  abstract boolean authorized(Exchange x);

  abstract void unauthorized(Exchange x);

  abstract void invalid(Exchange x, String message);

  abstract void notFound(Exchange x, String message);

  abstract void rateLimited(Exchange x);

  abstract void route(Exchange x);

  /** Forget all state and seed nothing. */
  abstract void reset();

  String now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS).toString();
  }

  /** A resource the request names does not exist. */
  static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotFound(String message) {
      super(message);
    }
  }
}
