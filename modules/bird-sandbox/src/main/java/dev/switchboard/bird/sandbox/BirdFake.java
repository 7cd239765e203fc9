package dev.switchboard.bird.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.sandbox.Exchange;
import dev.switchboard.sandbox.Fake;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Bird workspace agents: list (page tokens), create, minimal list, get, update, delete, me,
 * availability, workload, presigned uploads and media download (302).
 */
final class BirdFake extends Fake {
  /** The platform id: its path prefix in the sandbox and the key of its credential. */
  static final String ID = "bird";
  /**
   * The body fields Bird reads, per operation, written from the request examples of Bird's API
   * reference (seed 001_8504f714c9775307.txt: create agent, update agent, update the calling agent,
   * update agent availability), not from our spec. Other fields are dropped.
   */
  static final Map<String, Set<String>> PERMITS = Map.of(
      "createAgent", Set.of("name", "bio", "type", "userId", "teamIds", "timezone", "defaultCountryCode",
          "weeklySchedule", "holidays"),
      "updateAgent", Set.of("name", "bio", "status", "avatarUrl", "dropVms", "wrapUpTime", "timezone",
          "defaultCountryCode", "defaultCallerId", "forwardNumber", "transcriptionLocale", "weeklySchedule",
          "holidays", "assignedSkills", "defaultSenderId", "outOfOfficeResponse"),
      "updateAgentAvailability", Set.of("status", "activity", "activityTtl", "activityText"));

  /** Request fields to plain values for the state (the engine's own mapper is not API). */
  private static final ObjectMapper JSON = new ObjectMapper();
  private final String accessKey;
  private final Map<String, Map<String, Map<String, Object>>> workspaces = new LinkedHashMap<>();
  /** Files live on another host, as Bird's presigned storage URLs do; the SDK never follows them. */
  private static final String MEDIA_HOST = "https://media.example.com";
  /** The agent the access key belongs to, per workspace. */
  private final Map<String, String> me = new LinkedHashMap<>();
  /** Media files still being processed: their download answers 400. */
  private final java.util.Set<String> mediaNotReady = new java.util.HashSet<>();
  private int nextId = 1;

  BirdFake(String accessKey, Clock clock) {
    super("bird", clock);
    this.accessKey = accessKey;
  }

  @Override
  protected boolean authorized(Exchange x) {
    String auth = x.header("Authorization");
    return auth != null && (auth.equals("AccessKey " + accessKey) || auth.equals("Bearer " + accessKey));
  }

  private static Map<String, Object> error(String code, String message) {
    return Map.of("code", code, "message", message, "details", Map.of());
  }

  @Override
  protected void unauthorized(Exchange x) {
    x.respond(401, error("Unauthorized", "The access key is missing or not valid"));
  }

  @Override
  protected void invalid(Exchange x, String message) {
    if (x.path().endsWith("/download")) {
      x.respond(400, error("BadRequest", message));
      return;
    }
    // Bird names the offending fields in details.
    Map<String, Object> details = new LinkedHashMap<>();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:body field '/|parameter ')([A-Za-z]+)").matcher(message);
    while (m.find()) {
      details.put(m.group(1), message);
    }
    x.respond(422, Map.of("code", "InvalidAgent", "message", "Invalid agent", "details", details));
  }

  /** Bird's error shape, its code named after the status (as its 404 {@code NotFound}). */
  @Override
  protected void error(Exchange x, int status, String message) {
    String code;
    switch (status) {
      case 400: code = "BadRequest"; break;
      case 405: code = "MethodNotAllowed"; break;
      case 408: code = "RequestTimeout"; break;
      case 413: code = "PayloadTooLarge"; break;
      case 431: code = "RequestHeaderFieldsTooLarge"; break;
      default: code = status >= 500 ? "InternalServerError" : "Error";
    }
    x.respond(status, error(code, message));
  }

  @Override
  protected void notFound(Exchange x, String message) {
    x.respond(404, error("NotFound", message));
  }

  @Override
  protected void forbidden(Exchange x) {
    x.respond(403, error("Forbidden", "The access key may not do this"));
  }

  @Override
  protected void rateLimited(Exchange x) {
    x.respond(429, error("TooManyRequests", "Rate limit exceeded"), Map.of("Retry-After", retryAfter(x)));
  }

  private Map<String, Map<String, Object>> workspace(String id) {
    Map<String, Map<String, Object>> w = workspaces.get(id);
    if (w == null) {
      throw new NotFound("Workspace not found");
    }
    return w;
  }

  private Map<String, Object> agent(String ws, String id) {
    Map<String, Object> a = workspace(ws).get("me".equals(id) ? me.get(ws) : id);
    if (a == null) {
      throw new NotFound("Agent or workspace not found");
    }
    return a;
  }

  @Override
  protected Set<String> permitted(Exchange x) {
    List<String> s = x.segments();
    String m = x.method();
    if (s.size() == 3 && s.get(2).equals("agents") && m.equals("POST")) {
      return PERMITS.get("createAgent");
    }
    if (s.size() == 4 && m.equals("PATCH")) {
      return PERMITS.get("updateAgent"); // the same fields for agents/{id} and agents/me
    }
    if (s.size() == 5 && s.get(4).equals("availability") && m.equals("PATCH")) {
      return PERMITS.get("updateAgentAvailability");
    }
    return null;
  }

  @Override
  protected synchronized void route(Exchange x) {
    List<String> s = x.segments(); // workspaces {ws} agents|all-agents ...
    String ws = s.get(1);
    String m = x.method();
    if (s.size() == 3 && s.get(2).equals("all-agents")) {
      x.respond(200, Map.of("results", workspace(ws).values().stream().map(BirdFake::minimal).collect(Collectors.toList())));
    } else if (s.size() == 3 && m.equals("GET")) {
      list(x, ws);
    } else if (s.size() == 3 && m.equals("POST")) {
      create(x, ws);
    } else if (s.size() == 4 && m.equals("GET")) {
      x.respond(200, agent(ws, s.get(3)));
    } else if (s.size() == 4 && m.equals("PATCH")) {
      Map<String, Object> a = agent(ws, s.get(3));
      if (x.json().path("wrapUpTime").asInt(0) < 0) {
        x.respond(422, Map.of("code", "InvalidAgent", "message", "Invalid agent",
            "details", Map.of("wrapUpTime", "must not be negative")));
        return;
      }
      x.json().fields().forEachRemaining(f -> a.put(f.getKey(), JSON.convertValue(f.getValue(), Object.class)));
      if (x.json().has("status")) {
        availability(a).put("status", x.json().get("status").asText());
      }
      a.put("updatedAt", now());
      x.respond(200, a);
    } else if (s.size() == 4 && m.equals("DELETE")) {
      agent(ws, s.get(3));
      workspace(ws).remove(s.get(3));
      x.respond(204, null);
    } else if (s.size() == 5 && s.get(4).equals("availability")) {
      Map<String, Object> a = agent(ws, s.get(3));
      Map<String, Object> av = availability(a);
      if (m.equals("PATCH")) {
        x.json().fields().forEachRemaining(f -> av.put(f.getKey(), JSON.convertValue(f.getValue(), Object.class)));
        av.put("updatedAt", now());
        av.put("lastStatusSet", now());
        av.put("lastActivitySet", now());
        a.put("status", av.get("status"));
      }
      x.respond(200, av);
    } else if (s.size() == 5 && s.get(4).equals("workload")) {
      agent(ws, s.get(3));
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("id", "default");
      rule.put("workspaceId", ws);
      rule.put("name", "Default");
      rule.put("description", "The workspace's default capacity");
      rule.put("default", true);
      rule.put("capacity", Map.of("messaging", 5, "email", 10));
      rule.put("assignedAgentIds", List.of());
      rule.put("createdAt", now());
      rule.put("updatedAt", now());
      x.respond(200, Map.of("id", "wl-" + s.get(3), "workload", Map.of("messaging", 0, "email", 0),
          "rule", rule, "ruleId", "default", "updatedAt", now()));
    } else if (s.size() >= 5 && s.get(4).equals("presigned-upload")) {
      agent(ws, s.get(3));
      String file = UUID.randomUUID().toString();
      Map<String, Object> form = new LinkedHashMap<>();
      form.put("policy", "c2FuZGJveA==");
      form.put("x-amz-algorithm", "AWS4-HMAC-SHA256");
      form.put("x-amz-credential", "SANDBOX/20260101/eu-west-1/s3/aws4_request");
      form.put("x-amz-date", "20260101T000000Z");
      form.put("x-amz-signature", "0000000000000000000000000000000000000000000000000000000000000000");
      x.respond(200, Map.of("mediaUrl", MEDIA_HOST + "/media/" + file, "fileId", file, "url", MEDIA_HOST + "/uploads",
          "formData", form, "expectedFields", List.of("file")));
    } else if (s.size() == 7 && s.get(4).equals("media") && s.get(6).equals("download")) {
      agent(ws, s.get(3));
      if (mediaNotReady.contains(s.get(5))) {
        x.respond(400, error("BadRequest", "Media file is not ready"));
        return;
      }
      x.respond(302, null, Map.of("Location", MEDIA_HOST + "/files/" + s.get(5)));
    } else {
      throw new NotFound(x.path());
    }
  }

  private static Map<String, Object> availability(Map<String, Object> a) {
    @SuppressWarnings("unchecked")
    Map<String, Object> av = (Map<String, Object>) a.computeIfAbsent("availability", k -> new LinkedHashMap<>());
    return av;
  }

  private void list(Exchange x, String ws) {
    List<Map<String, Object>> all = new ArrayList<>(workspace(ws).values());
    if (x.param("email") != null) {
      all.removeIf(a -> !((List<?>) a.getOrDefault("userEmails", List.of())).contains(x.param("email")));
    }
    if (x.param("name") != null) {
      all.removeIf(a -> !String.valueOf(a.get("name")).toLowerCase(Locale.ROOT)
          .contains(x.param("name").toLowerCase(Locale.ROOT)));
    }
    if (x.query().containsKey("ids")) {
      all.removeIf(a -> !x.query().get("ids").contains(a.get("id")));
    }
    int limit = x.param("limit") == null ? 10 : Integer.parseInt(x.param("limit"));
    int page = x.param("pageToken") == null ? 1 : page(x.param("pageToken"));
    int from = (page - 1) * limit;
    int to = Math.min(all.size(), from + limit);
    String next = to < all.size() ? token(page + 1) : "";
    x.respond(200, Map.of("results", all.subList(Math.min(from, all.size()), to), "nextPageToken", next, "total", all.size()));
  }

  private void create(Exchange x, String ws) {
    JsonNode b = x.json();
    String name = b.path("name").asText();
    if (workspace(ws).values().stream().anyMatch(a -> name.equals(a.get("name")))) {
      x.respond(409, error("AgentAlreadyExists", "An agent named " + name + " already exists"));
      return;
    }
    Map<String, Object> a = newAgent(ws, "ag-" + nextId++, name, b.path("type").asText("user"), "offline", null);
    for (Iterator<Map.Entry<String, JsonNode>> it = b.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      if (!f.getKey().equals("teamIds") && !f.getKey().equals("userId")) {
        a.put(f.getKey(), JSON.convertValue(f.getValue(), Object.class));
      }
    }
    if (b.has("teamIds")) {
      List<Object> teams = new ArrayList<>();
      b.get("teamIds").forEach(t -> teams.add(Map.of("id", t.asText(), "name", "Team " + t.asText().substring(0, 8),
          "memberSince", now())));
      a.put("teams", teams);
    }
    workspace(ws).put((String) a.get("id"), a);
    x.respond(201, a);
  }

  private Map<String, Object> newAgent(String ws, String id, String name, String type, String status, String email) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("id", id);
    a.put("status", status);
    a.put("name", name);
    a.put("workspaceId", ws);
    a.put("type", type);
    a.put("userEmails", List.of(email != null ? email : name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".") + "@example.com"));
    a.put("bio", "");
    a.put("avatarUrl", "");
    a.put("wrapUpTime", 0);
    a.put("timezone", "UTC");
    a.put("transcriptionLocale", "en-US");
    a.put("roles", List.of(Map.of("id", "00000000-0000-4000-8000-000000000001", "type", "workspace")));
    a.put("teams", List.of(Map.of("id", "team-support", "name", "Support", "memberSince", now())));
    a.put("createdAt", now());
    a.put("updatedAt", now());
    Map<String, Object> av = new LinkedHashMap<>();
    av.put("status", status);
    av.put("activity", "available");
    av.put("activityTtl", 0);
    av.put("activityText", "");
    av.put("lastStatusSet", now());
    av.put("lastActivitySet", now());
    av.put("updatedAt", now());
    a.put("availability", av);
    return a;
  }

  private static Map<String, Object> minimal(Map<String, Object> a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.get("id"));
    m.put("status", a.get("status"));
    m.put("activity", availability(a).getOrDefault("activity", "available"));
    m.put("name", a.get("name"));
    m.put("avatarUrl", a.getOrDefault("avatarUrl", ""));
    m.put("createdAt", a.get("createdAt"));
    return m;
  }

  /** Tokens name a page ("page-2"), so they stay valid for the same limit. */
  private static String token(int page) {
    return Base64.getEncoder().encodeToString(("page-" + page).getBytes(StandardCharsets.UTF_8));
  }

  private static int page(String token) {
    try {
      String s = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      return Integer.parseInt(s.substring("page-".length()));
    } catch (RuntimeException e) {
      throw new Exchange.BadRequest("parameter 'pageToken': not a token this workspace issued");
    }
  }

  synchronized void mediaNotReady(String fileId) {
    mediaNotReady.add(fileId);
  }

  synchronized void seedWorkspace(String ws) {
    workspaces.computeIfAbsent(ws, w -> new LinkedHashMap<>());
  }

  synchronized void seed(String ws, String id, String name, String status, String email, boolean isMe) {
    seedWorkspace(ws);
    workspaces.get(ws).put(id, newAgent(ws, id, name, "user", status, email));
    if (isMe) {
      me.put(ws, id);
    }
  }

  @Override
  protected void baseline() {
    seedWorkspace(BirdSandbox.WORKSPACE);
  }

  @Override
  protected void demo() {
    seed(BirdSandbox.WORKSPACE, "bird-ada", "Ada Admin", "active", "ada@example.com", true);
    seed(BirdSandbox.WORKSPACE, "bird-old", "Old Timer", "offline", "old@example.com", false);
  }

  @Override
  protected synchronized com.fasterxml.jackson.databind.JsonNode saveState() {
    return stateOf("workspaces", workspaces, "me", me, "mediaNotReady", mediaNotReady, "nextId", nextId);
  }

  @Override
  protected synchronized void restoreState(com.fasterxml.jackson.databind.JsonNode state) {
    Map<String, Map<String, Map<String, Object>>> savedWorkspaces = part(state, "workspaces", new com.fasterxml.jackson.core.type.TypeReference<>() {});
    Map<String, String> savedMe = part(state, "me", new com.fasterxml.jackson.core.type.TypeReference<>() {});
    java.util.Set<String> savedMedia = part(state, "mediaNotReady", new com.fasterxml.jackson.core.type.TypeReference<>() {});
    int next = part(state, "nextId", new com.fasterxml.jackson.core.type.TypeReference<Integer>() {});
    reset();
    workspaces.putAll(savedWorkspaces);
    me.putAll(savedMe);
    mediaNotReady.addAll(savedMedia);
    nextId = next;
  }

  @Override
  protected synchronized void reset() {
    workspaces.clear();
    me.clear();
    mediaNotReady.clear();
    nextId = 1;
  }
}
