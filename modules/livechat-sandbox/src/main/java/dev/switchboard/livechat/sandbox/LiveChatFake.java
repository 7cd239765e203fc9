package dev.switchboard.livechat.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.sandbox.Exchange;
import dev.switchboard.sandbox.Fake;
import dev.switchboard.sandbox.spi.SpecGate;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * LiveChat bots: the five v3.1 Configuration API {@code *_bot_agent*} RPC methods, and at
 * {@code /v3.4/...} the v3.4 bot and routing status methods over the same bots
 * ({@link LiveChatV34Routes}). Every call must carry {@code X-Region} naming the data centre of
 * the key's region prefix ({@code fra:...}), as LiveChat's official SDKs send it.
 */
final class LiveChatFake extends Fake {
  /** The platform id: its path prefix in the sandbox and the key of its credential. */
  static final String ID = "livechat";
  /** Request fields to plain values for the state (the engine's own mapper is not API). */
  static final ObjectMapper JSON = new ObjectMapper();
  private final String token;
  private final String basic;
  private final Map<String, Map<String, Object>> bots = new LinkedHashMap<>();
  /** The license's groups; a bot can join only these. Group 0 always exists. */
  private final java.util.Set<Long> groups = new java.util.HashSet<>(java.util.Set.of(0L));
  /** The data centre of the key ({@code fra} for {@code fra:...}), or null for a key without one. */
  private final String region;
  /** Each version's requests are checked against its own spec (here, not in Fake: it takes one). */
  private final SpecGate v31Gate = new SpecGate(LiveChatFake.class, "switchboard-specs/livechat/openapi.yaml", false);
  private final SpecGate v34Gate = new SpecGate(LiveChatFake.class, "switchboard-specs/livechat/openapi-v3.4.yaml", true);
  private final LiveChatV34Routes v34 = new LiveChatV34Routes(bots, groups, this::bot, LiveChatFake::newId);

  LiveChatFake(String token, String accountId, Clock clock) {
    super(null, clock);
    this.token = token;
    this.basic = "Basic " + Base64.getEncoder().encodeToString((accountId + ":" + token).getBytes(StandardCharsets.UTF_8));
    int colon = token.indexOf(':');
    this.region = colon > 0 ? token.substring(0, colon) : null;
  }

  private static boolean isV34(Exchange x) {
    return x.rawPath().startsWith("/v3.4/");
  }

  void groupNotFound(Exchange x) {
    x.respond(422, error("validation", "Group not found"));
  }

  private static Map<String, Object> error(String type, String message) {
    return Map.of("error", Map.of("type", type, "message", message));
  }

  @Override
  protected boolean authorized(Exchange x) {
    String auth = x.header("Authorization");
    return auth != null && (auth.equals("Bearer " + token) || auth.equals(basic));
  }

  @Override
  protected void unauthorized(Exchange x) {
    x.respond(401, error("authentication", "Invalid access token"));
  }

  @Override
  protected void invalid(Exchange x, String message) {
    x.respond(400, error("validation", message));
  }

  @Override
  protected void error(Exchange x, int status, String message) {
    String type;
    switch (status) {
      case 413: type = "request_too_large"; break;
      case 500: type = "internal"; break;
      default: type = "validation";
    }
    x.respond(status, error(type, message));
  }

  @Override
  protected void notFound(Exchange x, String message) {
    x.respond(404, error("not_found", message));
  }

  @Override
  protected void forbidden(Exchange x) {
    x.respond(403, error("authorization", "Insufficient scopes"));
  }

  @Override
  protected void rateLimited(Exchange x) {
    x.respond(429, error("too_many_requests", "Requests limit reached"), Map.of("Retry-After", retryAfter(x)));
  }

  private Map<String, Object> bot(String id) {
    Map<String, Object> b = bots.get(id);
    if (b == null) {
      throw new NotFound("Bot agent not found");
    }
    return b;
  }

  /**
   * The body fields LiveChat reads, per Configuration API v3.1 method, written from the request
   * tables of its reference (seed 003_1ab2aa4ce1978a26.txt), not from our spec; other fields are
   * dropped. The v3.4 methods' lists are {@link LiveChatV34Routes#PERMITS}.
   */
  static final Map<String, Set<String>> PERMITS_V3_1 = Map.of(
      "create_bot_agent", Set.of("name", "avatar", "status", "max_chats_count", "default_group_priority", "groups",
          "webhooks"),
      "remove_bot_agent", Set.of("bot_agent_id"),
      "update_bot_agent", Set.of("id", "name", "avatar", "status", "max_chats_count", "default_group_priority",
          "groups", "webhooks"),
      "get_bot_agents", Set.of("all"),
      "get_bot_agent_details", Set.of("bot_agent_id"));

  @Override
  protected Set<String> permitted(Exchange x) {
    // v3.1 and v3.4 method names differ (create_bot_agent, create_bot), so one lookup serves both.
    String method = x.segments().get(x.segments().size() - 1);
    Set<String> v31 = PERMITS_V3_1.get(method);
    return v31 != null ? v31 : LiveChatV34Routes.PERMITS.get(method);
  }

  @Override
  protected void route(Exchange x) {
    // Region and spec checks need no state: outside the lock, as Fake runs its gate.
    if (region != null && !region.equals(x.header("X-Region"))) {
      // The status of this answer is not documented (assumed 421; see specs/livechat/openapi-v3.4.yaml x-unknowns).
      x.respond(421, error("misdirected_request", "Send X-Region: " + region + " for this licence"));
      return;
    }
    var violations = (isV34(x) ? v34Gate : v31Gate).violations(x);
    if (violations.isPresent()) {
      invalid(x, violations.get());
      return;
    }
    serve(x);
  }

  private synchronized void serve(Exchange x) {
    String method = x.segments().get(x.segments().size() - 1);
    if (isV34(x)) {
      // /v3.4/<configuration|agent>/action/<method>
      v34.route(x, x.segments().get(1), method, this);
      return;
    }
    JsonNode b = x.json();
    for (JsonNode g : b.path("groups")) {
      if (!groups.contains(g.path("id").asLong())) {
        x.respond(422, error("validation", "Group not found"));
        return;
      }
    }
    if (b.has("bot_agent_id") && b.get("bot_agent_id").asText().isEmpty()) {
      invalid(x, "bot_agent_id must not be empty");
      return;
    }
    switch (method) {
      case "create_bot_agent": {
        String id = newId();
        Map<String, Object> bot = new LinkedHashMap<>();
        bot.put("id", id);
        bot.put("name", b.path("name").asText());
        if (b.has("avatar")) {
          bot.put("avatar", b.get("avatar").asText());
        }
        bot.put("status", b.path("status").asText());
        bot.put("application", Map.of("client_id", "sandbox-app"));
        bot.put("max_chats_count", b.path("max_chats_count").asInt(6));
        // default_group_priority: sent by the official Go SDK at v3.1 (lc-sdk-go@30adf32 configuration/internal.go:17)
        copy(b, bot, "groups", "webhooks", "default_group_priority");
        bots.put(id, bot);
        x.respond(200, Map.of("bot_agent_id", id));
        break;
      }
      case "remove_bot_agent":
        bot(b.path("bot_agent_id").asText());
        bots.remove(b.path("bot_agent_id").asText());
        x.respond(200, Map.of());
        break;
      case "update_bot_agent": {
        Map<String, Object> bot = bot(b.path("id").asText());
        b.fields().forEachRemaining(f -> {
          if (!f.getKey().equals("id")) {
            bot.put(f.getKey(), JSON.convertValue(f.getValue(), Object.class));
          }
        });
        x.respond(200, Map.of());
        break;
      }
      case "get_bot_agents": {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> bot : bots.values()) {
          Map<String, Object> s = new LinkedHashMap<>();
          for (String k : List.of("id", "name", "avatar", "status")) {
            if (bot.containsKey(k)) {
              s.put(k, bot.get(k));
            }
          }
          out.add(s);
        }
        x.respond(200, Map.of("bot_agents", out));
        break;
      }
      case "get_bot_agent_details":
        x.respond(200, Map.of("bot_agent", bot(b.path("bot_agent_id").asText())));
        break;
      default:
        throw new NotFound("no method " + method);
    }
  }

  private static void copy(JsonNode from, Map<String, Object> to, String... fields) {
    for (String f : fields) {
      if (from.has(f)) {
        to.put(f, JSON.convertValue(from.get(f), Object.class));
      }
    }
  }

  private static String newId() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 32; i++) {
      s.append(Character.forDigit(ThreadLocalRandom.current().nextInt(16), 16));
    }
    return s.toString();
  }

  synchronized void seed(String id, String name, String status) {
    Map<String, Object> bot = new LinkedHashMap<>();
    bot.put("id", id);
    bot.put("name", name);
    bot.put("status", status);
    bot.put("application", Map.of("client_id", "sandbox-app"));
    bot.put("max_chats_count", 6);
    bots.put(id, bot);
  }

  synchronized void seedGroup(long id) {
    groups.add(id);
  }

  synchronized void seedBot(Map<String, Object> bot) {
    bots.put((String) bot.get("id"), new LinkedHashMap<>(bot));
  }

  @Override
  protected void demo() {
    seed("bot-greeter", "Greeter Bot", "accepting chats");
  }

  @Override
  protected synchronized com.fasterxml.jackson.databind.JsonNode saveState() {
    return stateOf("bots", bots, "groups", groups);
  }

  @Override
  protected synchronized void restoreState(com.fasterxml.jackson.databind.JsonNode state) {
    // In place: the v3.4 routes share these two collections.
    Map<String, Map<String, Object>> savedBots = part(state, "bots", new com.fasterxml.jackson.core.type.TypeReference<>() {});
    java.util.Set<Long> savedGroups = part(state, "groups", new com.fasterxml.jackson.core.type.TypeReference<>() {});
    reset();
    bots.putAll(savedBots);
    groups.addAll(savedGroups);
  }

  @Override
  protected synchronized void reset() {
    bots.clear();
    groups.clear();
    groups.add(0L);
  }
}
