package dev.switchboard.livechat.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.Exchange;
import dev.switchboard.sandbox.Fake;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * LiveChat API v3.4 in the sandbox: the Configuration API bot methods and the Agent Chat API
 * routing status methods, over the same bots as v3.1 (one licence, two API versions).
 *
 * <p>Each method reads only the request fields the official SDKs send for it (the permit lists
 * below, written from {@code @livechat/lc-sdk-js} 4.0.2 and lc-sdk-go's v3.4 branch, not from our
 * spec) and silently drops any other field, as a server that does not know a field does.
 */
final class LiveChatV34Routes {
  /** create_bot: lc-sdk-js lib/src/configuration/structures.d.ts:37-48 (BotFields); lc-sdk-go@516fa9a configuration/internal.go:18-27. */
  static final Set<String> CREATE_BOT = Set.of("name", "avatar_path", "default_group_priority", "job_title", "mobile",
      "max_chats_count", "groups", "work_scheduler", "owner_client_id", "timezone");
  /** update_bot: { id, ...BotFields } (lc-sdk-js lib/src/configuration/index.js:74). */
  static final Set<String> UPDATE_BOT = union(CREATE_BOT, Set.of("id"));
  /** delete_bot: { id } (lc-sdk-js lib/src/configuration/index.js:69). */
  static final Set<String> DELETE_BOT = Set.of("id");
  /** get_bot: { id, fields } (lc-sdk-js lib/src/configuration/index.js:84; lc-sdk-go configuration/internal.go:49-52). */
  static final Set<String> GET_BOT = Set.of("id", "fields");
  /** list_bots: { all, fields } (lc-sdk-js lib/src/configuration/index.js:79; lc-sdk-go configuration/internal.go:42-45). */
  static final Set<String> LIST_BOTS = Set.of("all", "fields");
  /** set_routing_status: { status, agent_id } (lc-sdk-js lib/src/agent/web.js:209). */
  static final Set<String> SET_ROUTING_STATUS = Set.of("status", "agent_id");
  /** list_routing_statuses: { filters: { group_ids } } (lc-sdk-js lib/src/agent/web.js:248). */
  static final Set<String> LIST_ROUTING_STATUSES = Set.of("filters");

  /** Each v3.4 method's permit list, by method name: the fake drops other fields before its spec gate. */
  static final Map<String, Set<String>> PERMITS = Map.of(
      "create_bot", CREATE_BOT, "update_bot", UPDATE_BOT, "delete_bot", DELETE_BOT, "get_bot", GET_BOT,
      "list_bots", LIST_BOTS, "set_routing_status", SET_ROUTING_STATUS, "list_routing_statuses", LIST_ROUTING_STATUSES);

  /** v3.4 bot field -> the field the shared (v3.1-shaped) record keeps it in. */
  private static final Map<String, String> STORED_AS = Map.of("avatar_path", "avatar");

  private final Map<String, Map<String, Object>> bots;
  private final Set<Long> groups;
  private final Function<String, Map<String, Object>> bot;
  private final java.util.function.Supplier<String> newId;

  LiveChatV34Routes(Map<String, Map<String, Object>> bots, Set<Long> groups,
      Function<String, Map<String, Object>> bot, java.util.function.Supplier<String> newId) {
    this.bots = bots;
    this.groups = groups;
    this.bot = bot;
    this.newId = newId;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.HashSet<String> out = new java.util.HashSet<>(a);
    out.addAll(b);
    return Set.copyOf(out);
  }

  /**
   * The body's fields. {@link LiveChatFake#permitted} has already dropped every field outside the
   * method's entry in {@link #PERMITS}, before the spec gate, so what is left is what the method reads.
   */
  private static Map<String, JsonNode> fields(JsonNode body) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    body.fields().forEachRemaining(f -> out.put(f.getKey(), f.getValue()));
    return out;
  }

  /** A v3.1 bot status ("accepting chats") as a v3.4 routing status ("accepting_chats"). */
  static String routingStatus(Object status) {
    return status == null ? "offline" : status.toString().replace(' ', '_');
  }

  private static String botStatus(String routingStatus) {
    return routingStatus.replace('_', ' ');
  }

  /** The shared record as get_bot answers it (lc-sdk-js structures.d.ts:49-59, lc-sdk-go structures.go:91-101). */
  private static Map<String, Object> asBot(Map<String, Object> stored) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", stored.get("id"));
    copy(stored, "name", out, "name");
    copy(stored, "avatar", out, "avatar_path");
    copy(stored, "default_group_priority", out, "default_group_priority");
    Object app = stored.get("application");
    if (app instanceof Map<?, ?> m && m.get("client_id") != null) {
      out.put("owner_client_id", m.get("client_id"));
    }
    copy(stored, "max_chats_count", out, "max_chats_count");
    copy(stored, "groups", out, "groups");
    copy(stored, "job_title", out, "job_title");
    return out;
  }

  private static void copy(Map<String, Object> from, String key, Map<String, Object> to, String as) {
    if (from.get(key) != null) {
      to.put(as, from.get(key));
    }
  }

  /** Stores the permitted fields of a create or update in the shared record. */
  private void store(Map<String, JsonNode> fields, Map<String, Object> record) {
    fields.forEach((k, v) -> {
      if (k.equals("id")) {
        return;
      }
      if (k.equals("owner_client_id")) {
        record.put("application", Map.of("client_id", v.asText()));
        return;
      }
      record.put(STORED_AS.getOrDefault(k, k), LiveChatFake.JSON.convertValue(v, Object.class));
    });
  }

  /** Serves one v3.4 method ({@code api} is {@code configuration} or {@code agent}); the caller holds the fake's lock. */
  void route(Exchange x, String api, String method, LiveChatFake fake) {
    JsonNode b = x.json();
    for (String idField : List.of("id", "agent_id")) {
      if (b.has(idField) && b.get(idField).asText().isEmpty()) {
        throw new Exchange.BadRequest(idField + " must not be empty");
      }
    }
    switch (api + "/" + method) {
      case "configuration/create_bot": {
        Map<String, JsonNode> f = fields(b);
        if (!groupsExist(x, f, fake)) {
          return;
        }
        String id = newId.get();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", id);
        record.put("application", Map.of("client_id", "sandbox-app"));
        record.put("max_chats_count", 6);
        // No status at v3.4: a new bot's routing status is assumed offline (not documented).
        record.put("status", "offline");
        store(f, record);
        bots.put(id, record);
        x.respond(200, Map.of("id", id));
        return;
      }
      case "configuration/update_bot": {
        Map<String, JsonNode> f = fields(b);
        Map<String, Object> record = bot.apply(text(f.get("id")));
        if (!groupsExist(x, f, fake)) {
          return;
        }
        store(f, record);
        x.respond(200, Map.of());
        return;
      }
      case "configuration/delete_bot": {
        String id = text(fields(b).get("id"));
        bot.apply(id);
        bots.remove(id);
        x.respond(200, Map.of());
        return;
      }
      case "configuration/get_bot":
        x.respond(200, asBot(bot.apply(text(fields(b).get("id")))));
        return;
      case "configuration/list_bots": {
        List<Map<String, Object>> out = new ArrayList<>();
        bots.values().forEach(r -> out.add(asBot(r)));
        x.respond(200, out);
        return;
      }
      case "agent/set_routing_status": {
        Map<String, JsonNode> f = fields(b);
        // Without agent_id the caller's own status is set; the sandbox token is no bot, so nothing to do.
        if (f.containsKey("agent_id")) {
          bot.apply(text(f.get("agent_id"))).put("status", botStatus(text(f.get("status"))));
        }
        x.respond(200, Map.of());
        return;
      }
      case "agent/list_routing_statuses": {
        JsonNode filter = fields(b).getOrDefault("filters", LiveChatFake.JSON.createObjectNode())
            .path("group_ids");
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> r : bots.values()) {
          if (filter.isArray() && !inAnyGroup(r, filter)) {
            continue;
          }
          out.add(Map.of("agent_id", r.get("id"), "status", routingStatus(r.get("status"))));
        }
        x.respond(200, out);
        return;
      }
      default:
        throw new Fake.NotFound("no method " + api + "/" + method);
    }
  }

  private static String text(JsonNode n) {
    return n == null ? "" : n.asText();
  }

  private boolean groupsExist(Exchange x, Map<String, JsonNode> f, LiveChatFake fake) {
    JsonNode g = f.get("groups");
    if (g != null) {
      for (JsonNode one : g) {
        if (!groups.contains(one.path("id").asLong())) {
          fake.groupNotFound(x);
          return false;
        }
      }
    }
    return true;
  }

  private static boolean inAnyGroup(Map<String, Object> record, JsonNode groupIds) {
    Object gs = record.get("groups");
    if (!(gs instanceof List<?> list)) {
      return false;
    }
    for (Object g : list) {
      if (g instanceof Map<?, ?> m && m.get("id") instanceof Number n) {
        for (JsonNode id : groupIds) {
          if (id.asLong() == n.longValue()) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
