package dev.switchboard.chatwoot.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.Exchange;
import dev.switchboard.sandbox.Fake;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Chatwoot account agents: {@code /api/v1/accounts/{account_id}/agents[/{id}]}. */
final class ChatwootFake extends Fake {
  /** The platform id: its path prefix in the sandbox and the key of its credential. */
  static final String ID = "chatwoot";
  /**
   * The body fields Chatwoot's agents controller reads (strong parameters), per operation; any
   * other field is dropped without an error. Written from chatwoot/chatwoot's
   * app/controllers/api/v1/accounts/agents_controller.rb at ff525f56 (create: new_agent_params,
   * lines 82-84, email is used to find or create the user; update: the name on the user and
   * account_user_attributes on the membership, lines 25-28 and 70-72), not from our spec.
   */
  static final Map<String, Set<String>> PERMITS = Map.of(
      "addAgent", Set.of("email", "name", "role", "availability", "auto_offline"),
      "updateAgent", Set.of("name", "role", "availability", "auto_offline"));

  private final String token;
  /** Agent licences per account (fixture): creating beyond it answers 402. */
  private int agentLimit = Integer.MAX_VALUE;
  private final Map<Long, Map<Long, Map<String, Object>>> accounts = new LinkedHashMap<>();
  private long nextId = 1;

  ChatwootFake(String token, Clock clock) {
    super("chatwoot", clock);
    this.token = token;
  }

  @Override
  protected boolean authorized(Exchange x) {
    return token.equals(x.header("api_access_token"));
  }

  @Override
  protected void unauthorized(Exchange x) {
    x.respond(401, Map.of("error", "Invalid Access Token"));
  }

  @Override
  protected void invalid(Exchange x, String message) {
    x.respond(422, Map.of("message", message, "attributes", List.of()));
  }

  @Override
  protected void notFound(Exchange x, String message) {
    x.respond(404, Map.of("error", "Resource could not be found"));
  }

  @Override
  protected void forbidden(Exchange x) {
    x.respond(401, Map.of("error", "You are not authorized to do this action"));
  }

  @Override
  protected void rateLimited(Exchange x) {
    x.respond(429, Map.of("error", "Too many requests"), Map.of("Retry-After", retryAfter(x)));
  }

  @Override
  protected Set<String> permitted(Exchange x) {
    List<String> s = x.segments();
    if (s.size() == 5 && x.method().equals("POST")) {
      return PERMITS.get("addAgent");
    }
    if (s.size() == 6 && x.method().equals("PATCH")) {
      return PERMITS.get("updateAgent");
    }
    return null;
  }

  @Override
  protected synchronized void route(Exchange x) {
    List<String> s = x.segments(); // api v1 accounts {id} agents [{id}]
    long account = number(s.get(3));
    Map<Long, Map<String, Object>> agents = accounts.get(account);
    if (agents == null) {
      // Chatwoot answers 404 for an account the token is not a member of; the sandbox's token is a
      // member of the accounts it has (the demo account and any a fixture made), no other.
      throw new NotFound("account " + account);
    }
    boolean write = x.method().equals("POST") || x.method().equals("PATCH");
    if (write && x.rawJson().size() == 0) {
      // Rails' params.require(:agent) fails on a body without any attributes (checked before permit).
      x.respond(422, Map.of("error", "param is missing or the value is empty: agent"));
      return;
    }
    if (s.size() == 5 && x.method().equals("GET")) {
      x.respond(200, new ArrayList<>(agents.values()));
    } else if (s.size() == 5 && x.method().equals("POST")) {
      if (agents.size() >= agentLimit) {
        // Checked before anything is read, as the controller's before_action does.
        x.respond(402, Map.of("error", "Account limit exceeded. Please purchase more licenses"));
        return;
      }
      JsonNode b = x.json();
      String email = b.path("email").asText();
      if (agents.values().stream().anyMatch(a -> email.equalsIgnoreCase((String) a.get("email")))) {
        // The user exists and is a member already: the membership is not unique.
        x.respond(422, Map.of("message", "User has already been taken", "attributes", List.of("user_id")));
        return;
      }
      Map<String, Object> a = agent(account, nextId++, b.path("name").asText(), email, b.path("role").asText("agent"),
          b.path("availability").asText("offline"));
      if (b.has("auto_offline")) {
        a.put("auto_offline", b.get("auto_offline").asBoolean());
      }
      agents.put((Long) a.get("id"), a);
      x.respond(200, a);
    } else if (s.size() == 6) {
      long id = number(s.get(5));
      Map<String, Object> a = agents.get(id);
      if (a == null) {
        throw new NotFound("agent " + id);
      }
      if (x.method().equals("PATCH")) {
        JsonNode b = x.json();
        if (b.has("name")) {
          a.put("name", b.get("name").asText());
          a.put("available_name", b.get("name").asText());
        }
        if (b.has("role")) {
          a.put("role", b.get("role").asText());
        }
        if (b.has("availability")) {
          // No live presence here: the derived availability_status is the configured value.
          a.put("availability_status", b.get("availability").asText());
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

  /** An id that is not a number names nothing here: the platform's 404, never a 500. */
  private static long number(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFound(id);
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
    a.put("provider", "email");
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

  /** Creating agents in an account that already has {@code limit} answers 402 (fixture). */
  synchronized void agentLimit(int limit) {
    agentLimit = limit;
  }

  /** The demo account exists, empty, after every reset. */
  @Override
  protected void baseline() {
    synchronized (this) {
      accounts.computeIfAbsent(ChatwootSandbox.ACCOUNT, a -> new LinkedHashMap<>());
    }
  }

  @Override
  protected void demo() {
    seed(ChatwootSandbox.ACCOUNT, 1, "Ada Admin", "ada@example.com", "administrator", "online");
    seed(ChatwootSandbox.ACCOUNT, 2, "Old Timer", "old@example.com", "agent", "offline");
  }

  @Override
  protected synchronized com.fasterxml.jackson.databind.JsonNode saveState() {
    return stateOf("accounts", accounts, "nextId", nextId);
  }

  @Override
  protected synchronized void restoreState(com.fasterxml.jackson.databind.JsonNode state) {
    Map<Long, Map<Long, Map<String, Object>>> saved = part(state, "accounts", new com.fasterxml.jackson.core.type.TypeReference<>() {});
    long next = part(state, "nextId", new com.fasterxml.jackson.core.type.TypeReference<Long>() {});
    accounts.clear();
    accounts.putAll(saved);
    nextId = next;
  }

  @Override
  protected synchronized void reset() {
    accounts.clear();
    nextId = 1;
    agentLimit = Integer.MAX_VALUE;
  }
}
