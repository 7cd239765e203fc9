package dev.switchboard.sandbox;

import dev.switchboard.sandbox.spi.SpecGate;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One platform's fake. The order per request is the platform's: credentials first (its 401
 * shape), then the spec (its validation shape), then the operation against the in-memory state.
 * Subclasses lock their own state, so a fake is safe under concurrent requests. Public so that a
 * platform's own module can contribute its fake ({@link dev.switchboard.sandbox.spi.FakeProvider}).
 */
public abstract class Fake {
  private final SpecGate gate;
  /** The sandbox's clock, for timestamps. */
  protected final Clock clock;
  /** Requests to fail with 429 before serving normally again (fixture for rate-limit tests). */
  private int throttled;
  /** Seconds the 429s ask to wait. */
  protected int retryAfterSeconds = 1;
  /** The configured key no longer works (fixture). */
  private volatile boolean revoked;
  /** The key works but may not do anything (fixture). */
  private volatile boolean denied;
  /** A simulated rate limit ({@link Sandbox#simulate}), or {@code null} for none. */
  private volatile SimulatedRate rate;

  /**
   * @param openApiProvider the folder of the spec every request is validated against, on the class
   *     path under {@code switchboard-specs/<folder>/openapi.yaml} (read through the subclass's own
   *     class loader, so the spec travels in the fake's jar); {@code null} for none
   * @param clock the clock
   */
  protected Fake(String openApiProvider, Clock clock) {
    this.gate = openApiProvider == null ? null
        : new SpecGate(getClass(), "switchboard-specs/" + openApiProvider + "/openapi.yaml", false);
    this.clock = clock;
  }

  final void handle(Exchange x) {
    try {
      if (revoked || !authorized(x)) {
        unauthorized(x);
        return;
      }
      if (denied) {
        forbidden(x);
        return;
      }
      if (takeThrottle()) {
        rateLimited(x);
        return;
      }
      SimulatedRate r = rate;
      int wait = r == null ? 0 : r.take();
      if (wait > 0) {
        x.retryAfterSeconds = wait;
        rateLimited(x);
        return;
      }
      // The platform drops the fields it does not read before it validates the rest (Rails: strong
      // parameters, then the model), so an unknown field is no error, here as there.
      Set<String> permitted = permitted(x);
      if (permitted != null) {
        x.keepOnly(permitted);
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

  /**
   * @return whether this request's key is refused (checked on the headers alone, before the body
   *     is read)
   */
  final boolean refusesKey(Exchange x) {
    return revoked || !authorized(x);
  }

  /**
   * Whether the platform's answer to a wrong key needs the request body (a GraphQL gateway may name
   * the operation in it): then a wrong key's body is read, within the size limit, before the answer.
   * Otherwise (the default) a wrong key is answered without reading the body.
   *
   * @return {@code false} unless overridden
   */
  protected boolean needsBodyToRefuseKey() {
    return false;
  }

  /**
   * Answers a request the sandbox's server refuses before the platform's own code would see it
   * (405, 408, 413, a malformed request's 400, a failure's 500), in the platform's error shape. The
   * default is {@code {"error": message}}; a platform with another shape overrides it.
   *
   * @param x the request
   * @param status the status
   * @param message what is wrong
   */
  protected void error(Exchange x, int status, String message) {
    x.respond(status, Map.of("error", message));
  }

  private synchronized boolean takeThrottle() {
    if (throttled > 0) {
      throttled--;
      return true;
    }
    return false;
  }

  /** The next {@code requests} requests answer 429 asking to wait {@code seconds}. */
  synchronized void throttle(int requests, int seconds) {
    throttled = requests;
    retryAfterSeconds = seconds;
  }

  /** Sets or ({@code null}) removes the simulated rate limit. */
  void rate(SimulatedRate rate) {
    this.rate = rate;
  }

  void revoke(boolean revoked) {
    this.revoked = revoked;
  }

  void deny(boolean denied) {
    this.denied = denied;
  }

  /** Clears the fixtures that are not state: revocation, denial, throttling, a simulated rate limit. */
  synchronized void clearFaults() {
    revoked = false;
    denied = false;
    throttled = 0;
    retryAfterSeconds = 1;
    rate = null;
  }

  /**
   * @param x the request
   * @return whether it carries the credential this fake accepts
   */
  protected abstract boolean authorized(Exchange x);

  /**
   * Answers as the platform does to a missing or wrong credential.
   *
   * @param x the request
   */
  protected abstract void unauthorized(Exchange x);

  /**
   * Answers in the platform's validation shape.
   *
   * @param x the request
   * @param message what is wrong
   */
  protected abstract void invalid(Exchange x, String message);

  /**
   * Answers the platform's 404.
   *
   * @param x the request
   * @param message what is missing
   */
  protected abstract void notFound(Exchange x, String message);

  /**
   * Answers the platform's 429, asking to wait {@link #retryAfter(Exchange)} seconds.
   *
   * @param x the request
   */
  protected abstract void rateLimited(Exchange x);

  /**
   * The platform's answer to a key that may not do this.
   *
   * @param x the request
   */
  protected abstract void forbidden(Exchange x);

  /**
   * Serves an authorized, valid request against the in-memory state.
   *
   * @param x the request
   */
  protected abstract void route(Exchange x);

  /**
   * The request body fields the real platform reads for this request's operation, or {@code null}
   * to keep the body whole. Each fake writes its own list from the platform's source or docs,
   * never from our spec: it is a witness the spec cannot agree with by construction. Fields not
   * listed are dropped before {@link #route(Exchange)} sees the body.
   *
   * @param x the request
   * @return the fields kept, or {@code null} for all
   */
  protected Set<String> permitted(Exchange x) {
    return null;
  }

  /**
   * The seconds a 429 to this request asks the client to wait: what a simulated rate limit computed
   * for it, else the fixture's {@link #retryAfterSeconds}.
   *
   * @param x the request being refused
   * @return the {@code Retry-After} value
   */
  protected final String retryAfter(Exchange x) {
    return String.valueOf(x.retryAfterSeconds > 0 ? x.retryAfterSeconds : retryAfterSeconds);
  }

  /**
   * This fake's state as JSON, for {@link Sandbox#saveState}: what {@link #restoreState} needs to
   * answer as before, not the fixtures (faults, limits). Taken under the fake's own lock.
   *
   * @return the state, or {@code null} if this fake keeps nothing across restarts (the default)
   */
  protected com.fasterxml.jackson.databind.JsonNode saveState() {
    return null;
  }

  /**
   * Replaces this fake's state with one {@link #saveState} returned, possibly in another process.
   *
   * @param state what {@link #saveState} returned
   * @throws IllegalArgumentException if the state is not one this fake wrote
   */
  protected void restoreState(com.fasterxml.jackson.databind.JsonNode state) {}

  /**
   * Reads a part of a saved state back into typed collections.
   *
   * @param <T> the type
   * @param state the saved state
   * @param field the part
   * @param type the type, with its generic key and value types
   * @return the part, typed
   * @throws IllegalArgumentException if the state has no such part
   */
  protected static <T> T part(com.fasterxml.jackson.databind.JsonNode state, String field,
      com.fasterxml.jackson.core.type.TypeReference<T> type) {
    com.fasterxml.jackson.databind.JsonNode node = state.get(field);
    if (node == null) {
      throw new IllegalArgumentException("saved state has no '" + field + "'");
    }
    return Exchange.JSON.convertValue(node, type);
  }

  /**
   * @param fields alternating names and values
   * @return them as a JSON object, for {@link #saveState}
   */
  protected static com.fasterxml.jackson.databind.JsonNode stateOf(Object... fields) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      m.put((String) fields[i], fields[i + 1]);
    }
    return Exchange.JSON.valueToTree(m);
  }

  /** Forget all state and seed nothing. */
  protected abstract void reset();

  /** What must exist after every reset for the sandbox's demo ids to work (a workspace, a chatbot); nothing by default. */
  protected void baseline() {}

  /** A few agents, as the CLI's demo starts from; none by default. */
  protected void demo() {}

  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

  /**
   * Always with milliseconds: {@code OffsetDateTime.toString()} drops a zero fraction.
   *
   * @return the current time as platforms print it
   */
  protected String now() {
    return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).format(TIMESTAMP);
  }

  /**
   * A resource the request names does not exist: answered with {@link #notFound(Exchange, String)}.
   * Public so that a fake's helpers outside its own class (and {@link SpecGate}) can throw it.
   */
  public static final class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is missing
     */
    public NotFound(String message) {
      super(message);
    }
  }
}
