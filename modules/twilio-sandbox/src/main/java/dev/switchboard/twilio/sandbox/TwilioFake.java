package dev.switchboard.twilio.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.Exchange;
import dev.switchboard.sandbox.Fake;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Twilio TaskRouter workers and activities: the worker list (PageToken paging, {@code meta}),
 * create, fetch, update, delete, and the activities list. Requests are forms; every call needs HTTP
 * Basic auth with the account SID and auth token, or {@link TwilioSandbox#API_KEY} and its secret.
 * Errors have the shape the official Java SDK reads ({@code com.twilio.exception.RestException}
 * 13.0.1: {@code code}, {@code message}, {@code more_info}, {@code status}).
 */
final class TwilioFake extends Fake {
  /** The platform id: its path prefix in the sandbox and the key of its credential. */
  static final String ID = "twilio";
  /**
   * The form fields TaskRouter reads, per operation, written from the official Java SDK's request
   * builders (twilio-java 13.0.1, {@code com.twilio.rest.taskrouter.v1.workspace.WorkerCreator} and
   * {@code WorkerUpdater}, their {@code addPostParams}), not from our spec. Other fields are dropped.
   */
  static final Map<String, Set<String>> PERMITS = Map.of(
      "CreateWorker", Set.of("FriendlyName", "ActivitySid", "Attributes"),
      "UpdateWorker", Set.of("ActivitySid", "Attributes", "FriendlyName", "RejectPendingReservations"));
  private static final String HOST = "https://taskrouter.twilio.com";

  private final String authToken;
  /** Workspace SID to its activities and workers, each by SID in creation order. */
  private final Map<String, Map<String, Map<String, Object>>> activities = new LinkedHashMap<>();
  private final Map<String, Map<String, Map<String, Object>>> workers = new LinkedHashMap<>();
  private int nextId = 1;

  TwilioFake(String authToken, Clock clock) {
    super(ID, clock);
    this.authToken = authToken;
  }

  @Override
  protected boolean authorized(Exchange x) {
    String auth = x.header("Authorization");
    if (auth == null || !auth.startsWith("Basic ")) {
      return false;
    }
    String pair;
    try {
      pair = new String(Base64.getDecoder().decode(auth.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return pair.equals(TwilioSandbox.ACCOUNT_SID + ":" + authToken)
        || pair.equals(TwilioSandbox.API_KEY + ":" + TwilioSandbox.API_SECRET);
  }

  private static Map<String, Object> error(int code, String message, int status) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("code", code);
    e.put("message", message);
    e.put("more_info", "https://www.twilio.com/docs/errors/" + code);
    e.put("status", status);
    return e;
  }

  @Override
  protected void unauthorized(Exchange x) {
    x.respond(401, error(20003, "Authenticate", 401), Map.of("WWW-Authenticate", "Basic realm=\"Twilio API\""));
  }

  @Override
  protected void invalid(Exchange x, String message) {
    x.respond(400, error(20001, message, 400));
  }

  @Override
  protected void error(Exchange x, int status, String message) {
    x.respond(status, error(status >= 500 ? 20500 : 20000 + status, message, status));
  }

  @Override
  protected void notFound(Exchange x, String message) {
    x.respond(404, error(20404, "The requested resource " + x.path() + " was not found", 404));
  }

  @Override
  protected void forbidden(Exchange x) {
    x.respond(403, error(20403, "Forbidden", 403));
  }

  @Override
  protected void rateLimited(Exchange x) {
    x.respond(429, error(20429, "Too Many Requests", 429), Map.of("Retry-After", retryAfter(x)));
  }

  @Override
  protected Set<String> permitted(Exchange x) {
    List<String> s = x.segments(); // v1 Workspaces {ws} Workers [{sid}]
    if (x.method().equals("POST") && s.size() == 4 && s.get(3).equals("Workers")) {
      return PERMITS.get("CreateWorker");
    }
    if (x.method().equals("POST") && s.size() == 5 && s.get(3).equals("Workers")) {
      return PERMITS.get("UpdateWorker");
    }
    return null;
  }

  @Override
  protected synchronized void route(Exchange x) {
    List<String> s = x.segments();
    String ws = s.get(2);
    String m = x.method();
    if (s.size() == 4 && s.get(3).equals("Activities")) {
      page(x, ws, "activities", filter(of(activities, ws).values(), x, "FriendlyName", "friendly_name"), a -> a);
    } else if (s.size() == 4 && m.equals("GET")) {
      List<Map<String, Object>> all = filter(of(workers, ws).values(), x, "FriendlyName", "friendly_name");
      all = filter(all, x, "ActivitySid", "activity_sid");
      all = filter(all, x, "ActivityName", "activity_name");
      // "If this property has been assigned a value, it will only be displayed in FETCH actions that
      // return a single resource. Otherwise, this property will be null" (the document's attributes).
      page(x, ws, "workers", all, w -> {
        Map<String, Object> listed = new LinkedHashMap<>(w);
        listed.put("attributes", null);
        return listed;
      });
    } else if (s.size() == 4 && m.equals("POST")) {
      create(x, ws);
    } else if (s.size() == 5 && m.equals("GET")) {
      x.respond(200, worker(ws, s.get(4)));
    } else if (s.size() == 5 && m.equals("POST")) {
      update(x, worker(ws, s.get(4)));
    } else if (s.size() == 5 && m.equals("DELETE")) {
      worker(ws, s.get(4));
      workers.get(ws).remove(s.get(4));
      x.respond(204, null);
    } else {
      throw new NotFound(x.path());
    }
  }

  private static Map<String, Map<String, Object>> of(Map<String, Map<String, Map<String, Object>>> all, String ws) {
    Map<String, Map<String, Object>> w = all.get(ws);
    if (w == null) {
      throw new NotFound("workspace " + ws);
    }
    return w;
  }

  private Map<String, Object> worker(String ws, String sid) {
    Map<String, Object> w = of(workers, ws).get(sid);
    if (w == null) {
      throw new NotFound("worker " + sid);
    }
    return w;
  }

  /** Twilio's filters compare names ignoring case; an absent filter keeps everything. */
  private static List<Map<String, Object>> filter(java.util.Collection<Map<String, Object>> items, Exchange x,
      String param, String field) {
    List<Map<String, Object>> out = new ArrayList<>(items);
    String want = x.param(param);
    if (want != null) {
      out.removeIf(i -> !want.equalsIgnoreCase(String.valueOf(i.get(field))));
    }
    return out;
  }

  /** One page and its {@code meta}; the token names the next item's index, as opaque to clients as Twilio's. */
  private void page(Exchange x, String ws, String key, List<Map<String, Object>> all,
      Function<Map<String, Object>, Map<String, Object>> view) {
    int size = x.param("PageSize") == null ? 50 : Integer.parseInt(x.param("PageSize"));
    int from = x.param("PageToken") == null ? 0 : index(x.param("PageToken"));
    int page = x.param("Page") == null ? 0 : Integer.parseInt(x.param("Page"));
    int to = Math.min(all.size(), from + size);
    List<Map<String, Object>> items = new ArrayList<>();
    for (Map<String, Object> i : all.subList(Math.min(from, all.size()), to)) {
      items.add(view.apply(i));
    }
    String base = HOST + "/v1/Workspaces/" + ws + "/" + (key.equals("workers") ? "Workers" : "Activities") + "?PageSize=" + size;
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("first_page_url", base + "&Page=0");
    meta.put("key", key);
    meta.put("next_page_url", to < all.size() ? base + "&Page=" + (page + 1) + "&PageToken=PT" + to : null);
    meta.put("page", page);
    meta.put("page_size", size);
    meta.put("previous_page_url", null);
    meta.put("url", base + "&Page=" + page);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(key, items);
    body.put("meta", meta);
    x.respond(200, body);
  }

  private static int index(String token) {
    try {
      return Integer.parseInt(token.substring(2));
    } catch (RuntimeException e) {
      throw new Exchange.BadRequest("PageToken is not one this workspace issued");
    }
  }

  private void create(Exchange x, String ws) {
    JsonNode b = x.json();
    String name = b.path("FriendlyName").asText();
    if (of(workers, ws).values().stream().anyMatch(w -> name.equalsIgnoreCase(String.valueOf(w.get("friendly_name"))))) {
      // "Friendly names are case insensitive, and unique within the TaskRouter Workspace" (the document).
      x.respond(409, error(20001, "Worker with friendly_name " + name + " already exists", 409));
      return;
    }
    String activity = b.has("ActivitySid") ? b.get("ActivitySid").asText() : TwilioSandbox.OFFLINE;
    String sid = String.format("WK%032x", nextId++);
    Map<String, Object> w = newWorker(ws, sid, name, activity(ws, activity), b.path("Attributes").asText("{}"));
    workers.get(ws).put(sid, w);
    x.respond(201, w);
  }

  private void update(Exchange x, Map<String, Object> w) {
    JsonNode b = x.json();
    String ws = (String) w.get("workspace_sid");
    if (b.has("FriendlyName")) {
      w.put("friendly_name", b.get("FriendlyName").asText());
    }
    if (b.has("Attributes")) {
      w.put("attributes", b.get("Attributes").asText());
    }
    if (b.has("ActivitySid")) {
      Map<String, Object> a = activity(ws, b.get("ActivitySid").asText());
      w.put("activity_sid", a.get("sid"));
      w.put("activity_name", a.get("friendly_name"));
      w.put("available", a.get("available"));
      w.put("date_status_changed", now());
    }
    w.put("date_updated", now());
    x.respond(200, w);
  }

  private Map<String, Object> activity(String ws, String sid) {
    Map<String, Object> a = of(activities, ws).get(sid);
    if (a == null) {
      throw new Exchange.BadRequest("ActivitySid " + sid + " is not an activity of this workspace");
    }
    return a;
  }

  private Map<String, Object> newWorker(String ws, String sid, String name, Map<String, Object> activity, String attributes) {
    String url = HOST + "/v1/Workspaces/" + ws + "/Workers/" + sid;
    Map<String, Object> w = new LinkedHashMap<>();
    w.put("sid", sid);
    w.put("friendly_name", name);
    w.put("account_sid", TwilioSandbox.ACCOUNT_SID);
    w.put("activity_sid", activity.get("sid"));
    w.put("activity_name", activity.get("friendly_name"));
    w.put("workspace_sid", ws);
    w.put("attributes", attributes);
    w.put("available", activity.get("available"));
    w.put("date_created", now());
    w.put("date_updated", now());
    w.put("date_status_changed", now());
    w.put("url", url);
    w.put("links", Map.of("channels", url + "/Channels", "activity", HOST + "/v1/Workspaces/" + ws + "/Activities/"
        + activity.get("sid"), "workspace", HOST + "/v1/Workspaces/" + ws));
    return w;
  }

  private Map<String, Object> newActivity(String ws, String sid, String name, boolean available) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("account_sid", TwilioSandbox.ACCOUNT_SID);
    a.put("available", available);
    a.put("date_created", now());
    a.put("date_updated", now());
    a.put("friendly_name", name);
    a.put("sid", sid);
    a.put("workspace_sid", ws);
    a.put("url", HOST + "/v1/Workspaces/" + ws + "/Activities/" + sid);
    a.put("links", Map.of("workspace", HOST + "/v1/Workspaces/" + ws));
    return a;
  }

  /** A workspace as TaskRouter makes one (Available, Unavailable, Offline; Twilio docs, Activity resource), plus Flex's Break. */
  synchronized void seedWorkspace(String ws) {
    if (activities.containsKey(ws)) {
      return;
    }
    Map<String, Map<String, Object>> a = new LinkedHashMap<>();
    a.put(TwilioSandbox.AVAILABLE, newActivity(ws, TwilioSandbox.AVAILABLE, "Available", true));
    a.put(TwilioSandbox.UNAVAILABLE, newActivity(ws, TwilioSandbox.UNAVAILABLE, "Unavailable", false));
    a.put(TwilioSandbox.OFFLINE, newActivity(ws, TwilioSandbox.OFFLINE, "Offline", false));
    a.put(TwilioSandbox.BREAK, newActivity(ws, TwilioSandbox.BREAK, "Break", false));
    activities.put(ws, a);
    workers.put(ws, new LinkedHashMap<>());
  }

  synchronized void seedWorker(String ws, String sid, String name, String activitySid, String attributes) {
    seedWorkspace(ws);
    workers.get(ws).put(sid, newWorker(ws, sid, name, activity(ws, activitySid), attributes));
  }

  @Override
  protected void baseline() {
    seedWorkspace(TwilioSandbox.WORKSPACE_SID);
  }

  @Override
  protected void demo() {
    seedWorker(TwilioSandbox.WORKSPACE_SID, "WK000000000000000000000000000000b1", "Ben Support", TwilioSandbox.UNAVAILABLE,
        "{\"email\":\"ben@example.com\",\"roles\":[\"agent\"]}");
    seedWorker(TwilioSandbox.WORKSPACE_SID, "WK000000000000000000000000000000d1", "Old Timer", TwilioSandbox.OFFLINE,
        "{\"email\":\"old@example.com\",\"roles\":[\"agent\"]}");
  }

  @Override
  protected synchronized JsonNode saveState() {
    return stateOf("activities", activities, "workers", workers, "nextId", nextId);
  }

  @Override
  protected synchronized void restoreState(JsonNode state) {
    Map<String, Map<String, Map<String, Object>>> a = part(state, "activities", new com.fasterxml.jackson.core.type.TypeReference<>() {});
    Map<String, Map<String, Map<String, Object>>> w = part(state, "workers", new com.fasterxml.jackson.core.type.TypeReference<>() {});
    int next = part(state, "nextId", new com.fasterxml.jackson.core.type.TypeReference<Integer>() {});
    reset();
    activities.putAll(a);
    workers.putAll(w);
    nextId = next;
  }

  @Override
  protected synchronized void reset() {
    activities.clear();
    workers.clear();
    nextId = 1;
  }
}
