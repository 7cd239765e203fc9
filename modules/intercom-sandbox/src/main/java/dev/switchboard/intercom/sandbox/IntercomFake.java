package dev.switchboard.intercom.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.sandbox.Exchange;
import dev.switchboard.sandbox.Fake;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Intercom's admins: list them, read one, set one away. Errors are Intercom's {@code error.list}
 * ({@code {"type":"error.list","request_id":..,"errors":[{"code":..,"message":..}]}}), with the codes and
 * messages of the examples in Intercom's own document (specs/intercom/official).
 */
final class IntercomFake extends Fake {
  /** The platform id: its path prefix in the sandbox and the key of its credential. */
  static final String ID = "intercom";

  /**
   * The body fields Intercom reads, per operation, written from Intercom's official Node SDK and not
   * from our spec: intercom-client 7.0.3 {@code dist/cjs/api/resources/admins/client/requests/ConfigureAwayAdminRequest.d.ts}
   * (its {@code admin_id} goes to the path). Other fields are dropped.
   */
  static final Map<String, Set<String>> PERMITS = Map.of(
      "setAwayAdmin", Set.of("away_mode_enabled", "away_mode_reassign", "away_status_reason_id"));

  private final String token;
  /** Admins by id, in the order they were added. */
  private final Map<String, Map<String, Object>> admins = new LinkedHashMap<>();
  /** Away status reasons that exist in the workspace. */
  private final Set<Integer> awayReasons = new LinkedHashSet<>();
  /** The workspace setting that makes a reason mandatory when going away. */
  private boolean reasonRequired;

  IntercomFake(String token, Clock clock) {
    super(ID, clock);
    this.token = token;
  }

  private static Map<String, Object> errorList(String code, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", code);
    error.put("message", message);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "error.list");
    body.put("request_id", UUID.randomUUID().toString());
    body.put("errors", List.of(error));
    return body;
  }

  @Override
  protected boolean authorized(Exchange x) {
    return ("Bearer " + token).equals(x.header("Authorization"));
  }

  @Override
  protected void unauthorized(Exchange x) {
    x.respond(401, errorList("unauthorized", "Access Token Invalid"));
  }

  @Override
  protected void invalid(Exchange x, String message) {
    x.respond(400, errorList("parameter_invalid", message));
  }

  @Override
  protected void notFound(Exchange x, String message) {
    x.respond(404, errorList("not_found", message));
  }

  @Override
  protected void forbidden(Exchange x) {
    // No admins operation documents a 403; other operations of the document answer this one.
    x.respond(403, errorList("api_plan_restricted", "Active subscription needed."));
  }

  @Override
  protected void rateLimited(Exchange x) {
    // The code the document gives its one rate limit (reporting exports); none is documented here.
    x.respond(429, errorList("rate_limit_exceeded", "Exceeded rate limit"), Map.of("Retry-After", retryAfter(x)));
  }

  @Override
  protected void error(Exchange x, int status, String message) {
    x.respond(status, errorList(status >= 500 ? "server_error" : "parameter_invalid", message));
  }

  @Override
  protected Set<String> permitted(Exchange x) {
    return x.method().equals("PUT") ? PERMITS.get("setAwayAdmin") : null;
  }

  @Override
  protected synchronized void route(Exchange x) {
    List<String> s = x.segments(); // admins | admins {id} | admins {id} away
    if (s.size() == 1) {
      Map<String, Object> list = new LinkedHashMap<>();
      list.put("type", "admin.list");
      list.put("admins", new ArrayList<>(admins.values()));
      x.respond(200, list);
      return;
    }
    Map<String, Object> admin = admins.get(s.get(1));
    if (s.size() == 2 && x.method().equals("GET")) {
      if (admin == null) {
        x.respond(404, errorList("admin_not_found", "Admin not found"));
        return;
      }
      x.respond(200, admin);
    } else if (s.size() == 3 && x.method().equals("PUT")) {
      if (admin == null) {
        x.respond(404, errorList("admin_not_found", "Admin for admin_id not found"));
        return;
      }
      setAway(x, admin);
    } else {
      throw new NotFound(x.path());
    }
  }

  /** The 400s are the document's two examples for this operation, in their own words. */
  private void setAway(Exchange x, Map<String, Object> admin) {
    JsonNode body = x.json();
    boolean away = body.path("away_mode_enabled").asBoolean();
    JsonNode reason = body.path("away_status_reason_id");
    if (!reason.isMissingNode() && !reason.isNull() && !awayReasons.contains(reason.asInt())) {
      x.respond(400, errorList("parameter_invalid", "Away status reason is deleted"));
      return;
    }
    if (away && reasonRequired && (reason.isMissingNode() || reason.isNull())) {
      x.respond(400, errorList("away_status_reason_mandatory", "Away status reason is mandatory"));
      return;
    }
    admin.put("away_mode_enabled", away);
    admin.put("away_mode_reassign", body.path("away_mode_reassign").asBoolean());
    // Back from away, no reason applies (the document does not say; the sandbox clears it).
    admin.put("away_status_reason_id", away && !reason.isMissingNode() && !reason.isNull() ? reason.asInt() : null);
    x.respond(200, admin);
  }

  synchronized void seed(String id, String name, String email, boolean away) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("type", "admin");
    a.put("id", id);
    a.put("name", name);
    a.put("email", email);
    a.put("away_mode_enabled", away);
    a.put("away_mode_reassign", false);
    a.put("has_inbox_seat", true);
    a.put("away_status_reason_id", null);
    a.put("team_ids", List.of());
    admins.put(id, a);
  }

  synchronized void seedAwayReason(int id) {
    awayReasons.add(id);
  }

  synchronized void requireAwayReason(boolean required) {
    reasonRequired = required;
  }

  @Override
  protected void demo() {
    seed(IntercomSandbox.ADMIN, "Ada Admin", "ada@example.com", false);
    seed(IntercomSandbox.AWAY_ADMIN, "Ben Support", "ben@example.com", true);
  }

  @Override
  protected synchronized JsonNode saveState() {
    return stateOf("admins", admins, "awayReasons", awayReasons, "reasonRequired", reasonRequired);
  }

  @Override
  protected synchronized void restoreState(JsonNode state) {
    Map<String, Map<String, Object>> savedAdmins = part(state, "admins", new TypeReference<>() {});
    Set<Integer> savedReasons = part(state, "awayReasons", new TypeReference<>() {});
    boolean savedRequired = part(state, "reasonRequired", new TypeReference<Boolean>() {});
    reset();
    admins.putAll(savedAdmins);
    awayReasons.addAll(savedReasons);
    reasonRequired = savedRequired;
  }

  @Override
  protected synchronized void reset() {
    admins.clear();
    awayReasons.clear();
    reasonRequired = false;
  }
}
