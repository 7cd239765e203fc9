package dev.switchboard.sandbox;

import dev.switchboard.sandbox.spi.FakeProvider;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A test-only platform for the engine's own tests: the engine names no platform, so it is tested
 * on this one, which plugs in as any platform's fake does (its provider in this module's test
 * {@code META-INF/services}, its spec under {@code switchboard-specs/probe}).
 */
public final class ProbeFake extends Fake {
  private final String key;
  private final List<String> things = new ArrayList<>();

  ProbeFake(String key, Clock clock) {
    super("probe", clock);
    this.key = key;
  }

  @Override
  protected boolean authorized(Exchange x) {
    return key.equals(x.header("x-probe-key"));
  }

  @Override
  protected void unauthorized(Exchange x) {
    x.respond(401, Map.of("probe", "unauthorized"));
  }

  @Override
  protected void invalid(Exchange x, String message) {
    x.respond(422, Map.of("probe", "invalid", "message", message));
  }

  @Override
  protected void notFound(Exchange x, String message) {
    x.respond(404, Map.of("probe", "not found"));
  }

  @Override
  protected void rateLimited(Exchange x) {
    x.respond(429, Map.of("probe", "slow down"), Map.of("Retry-After", retryAfter(x)));
  }

  @Override
  protected void forbidden(Exchange x) {
    x.respond(403, Map.of("probe", "forbidden"));
  }

  @Override
  protected synchronized void route(Exchange x) {
    if (x.method().equals("POST")) {
      things.add(x.json().get("name").asText());
      x.respond(201, Map.of("name", x.json().get("name").asText()));
    } else {
      x.respond(200, Map.of("things", List.copyOf(things)));
    }
  }

  /** The seeding a platform's own fixtures do: reached through {@link Sandbox#fake(String, Class)}. */
  synchronized void seed(String thing) {
    things.add(thing);
  }

  @Override
  protected synchronized void reset() {
    things.clear();
  }

  @Override
  protected void demo() {
    seed("demo thing");
  }

  /** Plugs the probe into the sandbox. */
  public static final class Provider implements FakeProvider {
    /** For {@link java.util.ServiceLoader}. */
    public Provider() {}

    @Override
    public String id() {
      return "probe";
    }

    @Override
    public String defaultCredential() {
      return "sandbox-probe-key";
    }

    @Override
    public Fake create(String credential, Clock clock) {
      return new ProbeFake(credential, clock);
    }

    @Override
    public Map<String, String> clientSettings(String baseUrl, String credential) {
      return Map.of("KEY", credential, "URL", baseUrl);
    }

    @Override
    public String describe(String credential) {
      return "x-probe-key " + credential;
    }
  }
}
