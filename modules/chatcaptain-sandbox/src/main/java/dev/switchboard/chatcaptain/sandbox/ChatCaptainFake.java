package dev.switchboard.chatcaptain.sandbox;

import dev.switchboard.sandbox.Exchange;
import dev.switchboard.sandbox.Fake;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** ChatCaptain inbox agents: online statuses per chatbot, the key's own status and notification settings. */
final class ChatCaptainFake extends Fake {
  /** The platform id: its path prefix in the sandbox and the key of its credential. */
  static final String ID = "chatcaptain";
  private final String key;
  /** The agent the key belongs to. */
  private final String meAgentId;
  private final Map<String, Map<String, Map<String, Object>>> chatbots = new LinkedHashMap<>();
  private final Map<String, String> pushTokens = new LinkedHashMap<>();

  ChatCaptainFake(String key, String meAgentId, Clock clock) {
    super("chatcaptain", clock);
    this.key = key;
    this.meAgentId = meAgentId;
  }

  @Override
  protected boolean authorized(Exchange x) {
    return key.equals(x.header("x-chatcaptain-key"));
  }

  @Override
  protected void unauthorized(Exchange x) {
    x.respond(401, Map.of("error", "missing or invalid x-chatcaptain-key"));
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
    x.respond(403, Map.of("error", "Forbidden"));
  }

  @Override
  protected void rateLimited(Exchange x) {
    x.respond(429, Map.of("error", "too many requests"), Map.of("Retry-After", retryAfter(x)));
  }

  /**
   * The body fields ChatCaptain reads, per operation, written from its API reference (seed
   * 002_5525df543381ffa4.txt: set my online status, update my notification settings), not from our
   * spec. Other fields are dropped.
   */
  static final Map<String, Set<String>> PERMITS = Map.of(
      "setMyOnlineStatus", Set.of("online", "clientTimestamp"),
      "updateMyNotificationSettings", Set.of("pushToken"));

  @Override
  protected Set<String> permitted(Exchange x) {
    if (!x.method().equals("POST")) {
      return null;
    }
    String last = x.segments().get(x.segments().size() - 1);
    return PERMITS.get(last.equals("online") ? "setMyOnlineStatus" : "updateMyNotificationSettings");
  }

  @Override
  protected synchronized void route(Exchange x) {
    List<String> s = x.segments(); // v1 inbox {bot} agents online | me online | me notifications
    String bot = s.get(2);
    Map<String, Map<String, Object>> agents = chatbots.get(bot);
    if (agents == null) {
      throw new NotFound("chatbot " + bot + " not found");
    }
    String last = s.get(s.size() - 1);
    boolean mine = s.size() == 6 && s.get(4).equals("me");
    if (!mine && last.equals("online")) {
      x.respond(200, Map.of("agents", new ArrayList<>(agents.values())));
    } else if (mine && last.equals("online")) {
      if (!x.json().path("clientTimestamp").asText().matches("[0-9]+")) {
        invalid(x, "clientTimestamp must be a number");
        return;
      }
      boolean online = x.json().path("online").asBoolean();
      agents.put(meAgentId, status(meAgentId, online));
      x.respond(200, Map.of("online", online));
    } else if (mine && last.equals("notifications") && x.method().equals("GET")) {
      String token = pushTokens.get(bot);
      x.respond(200, token == null ? Map.of() : Map.of("pushToken", token));
    } else if (mine && last.equals("notifications")) {
      String token = x.json().path("pushToken").asText(null);
      if (token != null) {
        pushTokens.put(bot, token);
      }
      x.respond(200, token == null ? Map.of() : Map.of("pushToken", token));
    } else {
      throw new NotFound(x.path());
    }
  }

  private Map<String, Object> status(String agentId, boolean online) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("agentId", agentId);
    m.put("online", online);
    m.put("lastSeen", now());
    return m;
  }

  synchronized void seed(String bot, String agentId, boolean online) {
    chatbots.computeIfAbsent(bot, b -> new LinkedHashMap<>()).put(agentId, status(agentId, online));
  }

  synchronized void seedPushToken(String bot, String token) {
    pushTokens.put(bot, token);
  }

  synchronized void seedChatbot(String bot) {
    chatbots.computeIfAbsent(bot, b -> new LinkedHashMap<>());
  }

  @Override
  protected void baseline() {
    seedChatbot(ChatCaptainSandbox.CHATBOT);
  }

  @Override
  protected void demo() {
    seed(ChatCaptainSandbox.CHATBOT, ChatCaptainSandbox.ME, true);
    seed(ChatCaptainSandbox.CHATBOT, "captain-2", false);
  }

  @Override
  protected synchronized com.fasterxml.jackson.databind.JsonNode saveState() {
    return stateOf("chatbots", chatbots, "pushTokens", pushTokens);
  }

  @Override
  protected synchronized void restoreState(com.fasterxml.jackson.databind.JsonNode state) {
    Map<String, Map<String, Map<String, Object>>> savedBots = part(state, "chatbots", new com.fasterxml.jackson.core.type.TypeReference<>() {});
    Map<String, String> savedTokens = part(state, "pushTokens", new com.fasterxml.jackson.core.type.TypeReference<>() {});
    reset();
    chatbots.putAll(savedBots);
    pushTokens.putAll(savedTokens);
  }

  @Override
  protected synchronized void reset() {
    chatbots.clear();
    pushTokens.clear();
  }
}
