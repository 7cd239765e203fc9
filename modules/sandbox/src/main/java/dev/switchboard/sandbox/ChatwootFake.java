package dev.switchboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Chatwoot account agents: {@code /api/v1/accounts/{account_id}/agents[/{id}]}. */
final class ChatwootFake extends Fake {
  private final String token;
  private final Map<Long, Map<Long, Map<String, Object>>> accounts = new LinkedHashMap<>();
  private long nextId = 1;

  ChatwootFake(String token, Clock clock) {
    super("chatwoot", clock);
    this.token = token;
  }

  @Override
  boolean authorized(Exchange x) {
    return token.equals(x.header("api_access_token"));
  }

  @Override
  void unauthorized(Exchange x) {
    x.respond(401, Map.of("error", "Invalid Access Token"));
  }

  @Override
  void invalid(Exchange x, String message) {
    x.respond(422, Map.of("message", message, "attributes", List.of()));
  }

  @Override
  void notFound(Exchange x, String message) {
    x.respond(404, Map.of("error", "Resource could not be found"));
  }

  @Override
  void forbidden(Exchange x) {
    x.respond(401, Map.of("error", "You are not authorized to do this action"));
  }

  @Override
  void rateLimited(Exchange x) {
    x.respond(429, Map.of("error", "Too many requests"), Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
  }

  @Override
  synchronized void route(Exchange x) {
    List<String> s = x.segments(); // api v1 accounts {id} agents [{id}]
    long account = Long.parseLong(s.get(3));
    Map<Long, Map<String, Object>> agents = accounts.computeIfAbsent(account, a -> new LinkedHashMap<>());
    if (s.size() == 5 && x.method().equals("GET")) {
      x.respond(200, new ArrayList<>(agents.values()));
    } else if (s.size() == 5 && x.method().equals("POST")) {
      JsonNode b = x.json();
      String email = b.path("email").asText();
      if (agents.values().stream().anyMatch(a -> email.equalsIgnoreCase((String) a.get("email")))) {
        x.respond(422, Map.of("message", "Email has already been taken", "attributes", List.of("email")));
        return;
      }
      Map<String, Object> a = agent(account, nextId++, b.path("name").asText(), email, b.path("role").asText(),
          b.path("availability_status").asText("offline"));
      agents.put((Long) a.get("id"), a);
      x.respond(200, a);
    } else if (s.size() == 6) {
      long id = Long.parseLong(s.get(5));
      Map<String, Object> a = agents.get(id);
      if (a == null) {
        throw new NotFound("agent " + id);
      }
      if (x.method().equals("PATCH")) {
        JsonNode b = x.json();
        if (b.has("role")) {
          a.put("role", b.get("role").asText());
        }
        if (b.has("availability_status")) {
          a.put("availability_status", b.get("availability_status").asText());
        }
        if (b.has("auto_offline")) {
          a.put("auto_offline", b.get("auto_offline").asBoolean());
        }
        x.respond(200, a);
      } else {
        agents.remove(id);
        x.respond(200, null);
      }
    } else {
      throw new NotFound(x.path());
    }
  }

  private static Map<String, Object> agent(long account, long id, String name, String email, String role, String status) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("id", id);
    a.put("account_id", account);
    a.put("availability_status", status);
    a.put("auto_offline", true);
    a.put("confirmed", true);
    a.put("email", email);
    a.put("available_name", name);
    a.put("name", name);
    a.put("role", role);
    a.put("thumbnail", "");
    a.put("custom_role_id", null);
    return a;
  }

  synchronized void seed(long account, long id, String name, String email, String role, String status) {
    accounts.computeIfAbsent(account, a -> new LinkedHashMap<>()).put(id, agent(account, id, name, email, role, status));
    nextId = Math.max(nextId, id + 1);
  }

  @Override
  synchronized void reset() {
    accounts.clear();
    nextId = 1;
  }
}
