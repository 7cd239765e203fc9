package dev.switchboard.toy;

import dev.switchboard.sandbox.Exchange;
import dev.switchboard.sandbox.Fake;
import dev.switchboard.sandbox.spi.FakeProvider;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The toy platform in the sandbox: agents in memory, two per page, requests checked against its spec. */
public final class ToyFake extends Fake {
  private static final int PAGE = 2;
  private final String key;
  private final Map<String, Map<String, Object>> agents = new LinkedHashMap<>();
  private int next;

  ToyFake(String key, Clock clock) {
    super("toy", clock);
    this.key = key;
  }

  @Override
  protected boolean authorized(Exchange x) {
    return key.equals(x.header("x-toy-key"));
  }

  @Override
  protected void unauthorized(Exchange x) {
    x.respond(401, Map.of("error", "bad x-toy-key"));
  }

  @Override
  protected void invalid(Exchange x, String message) {
    x.respond(400, Map.of("error", message));
  }

  @Override
  protected void notFound(Exchange x, String message) {
    x.respond(404, Map.of("error", message));
  }

  @Override
  protected void forbidden(Exchange x) {
    x.respond(403, Map.of("error", "forbidden"));
  }

  @Override
  protected void rateLimited(Exchange x) {
    x.respond(429, Map.of("error", "slow down"), Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
  }

  @Override
  protected synchronized void route(Exchange x) {
    List<String> s = x.segments(); // agents [id]
    if (s.size() == 1) {
      if (x.method().equals("GET")) {
        List<Map<String, Object>> all = new ArrayList<>(agents.values());
        int from = x.param("cursor") == null ? 0 : Integer.parseInt(x.param("cursor"));
        int to = Math.min(all.size(), from + PAGE);
        Map<String, Object> page = new HashMap<>();
        page.put("items", all.subList(Math.min(from, to), to));
        page.put("next", to < all.size() ? String.valueOf(to) : null);
        x.respond(200, page);
      } else {
        Map<String, Object> a = agent("toy-" + (++next), x.json().get("name").asText(),
            x.json().has("status") ? x.json().get("status").asText() : "offline");
        x.respond(201, a);
      }
      return;
    }
    Map<String, Object> a = agents.get(s.get(1));
    if (a == null) {
      throw new NotFound("agent " + s.get(1) + " not found");
    }
    switch (x.method()) {
      case "GET":
        x.respond(200, a);
        break;
      case "DELETE":
        agents.remove(s.get(1));
        x.respond(204, null);
        break;
      default:
        x.json().fields().forEachRemaining(f -> a.put(f.getKey(), f.getValue().asText()));
        x.respond(200, a);
    }
  }

  private Map<String, Object> agent(String id, String name, String status) {
    Map<String, Object> a = new LinkedHashMap<>(Map.of("id", id, "name", name, "status", status));
    agents.put(id, a);
    return a;
  }

  @Override
  protected synchronized void reset() {
    agents.clear();
    next = 0;
  }

  @Override
  protected synchronized void demo() {
    agent("toy-greeter", "Toy Greeter", "online");
  }

  /** Plugs the toy fake into the sandbox. */
  public static final class Provider implements FakeProvider {
    /** For {@link java.util.ServiceLoader}. */
    public Provider() {}

    @Override
    public String id() {
      return "toy";
    }

    @Override
    public String defaultCredential() {
      return "sandbox-toy-key";
    }

    @Override
    public Fake create(String credential, Clock clock) {
      return new ToyFake(credential, clock);
    }

    @Override
    public Map<String, String> clientSettings(String baseUrl, String credential) {
      return Map.of("KEY", credential, "URL", baseUrl);
    }

    @Override
    public String describe(String credential) {
      return "x-toy-key " + credential;
    }
  }
}
