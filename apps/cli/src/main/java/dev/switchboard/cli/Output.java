package dev.switchboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.switchboard.facade.Agent;
import dev.switchboard.sync.ActionOutcome;
import dev.switchboard.sync.ApplyResult;
import dev.switchboard.sync.Drift;
import dev.switchboard.sync.Plan;
import dev.switchboard.sync.PlannedAction;
import dev.switchboard.sync.PlatformPlan;
import dev.switchboard.sync.PlatformResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Tables for people, JSON for programs. */
final class Output {
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private Output() {}

  static void json(PrintWriter out, Object value) {
    try {
      out.println(JSON.writeValueAsString(value));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, Object> agentJson(Agent a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("platform", a.platform().id());
    m.put("id", a.id());
    m.put("name", a.name());
    m.put("email", a.email());
    m.put("role", a.role());
    m.put("availability", a.availability().name().toLowerCase(Locale.ROOT));
    return m;
  }

  static void agents(PrintWriter out, List<Agent> agents) {
    List<String[]> rows = new ArrayList<>();
    for (Agent a : agents) {
      rows.add(new String[] {a.platform().id(), a.id(), dash(a.name()), dash(a.email()), dash(a.role()),
          a.availability().name().toLowerCase(Locale.ROOT)});
    }
    table(out, new String[] {"PLATFORM", "ID", "NAME", "EMAIL", "ROLE", "AVAILABILITY"}, rows);
  }

  static void plan(PrintWriter out, Plan plan) {
    List<String[]> rows = new ArrayList<>();
    for (PlatformPlan p : plan.platforms()) {
      if (p.error() != null) {
        rows.add(new String[] {p.platform().id(), "ERROR", "-", p.error()});
      }
      for (PlannedAction a : p.actions()) {
        rows.add(new String[] {p.platform().id(), a.type().name().toLowerCase(Locale.ROOT), a.agent(), dash(a.summary())});
      }
      for (Drift d : p.drift()) {
        rows.add(new String[] {p.platform().id(), "drift", d.agent(), d.field() + ": " + dash(d.platformValue()) + " there, "
            + dash(d.rosterValue()) + " in the roster (" + d.reason() + ")"});
      }
      for (String note : p.notes()) {
        rows.add(new String[] {p.platform().id(), "note", "-", note});
      }
    }
    if (plan.actionCount() == 0 && plan.platforms().stream().allMatch(p -> p.error() == null)) {
      if (!rows.isEmpty()) {
        table(out, new String[] {"PLATFORM", "ACTION", "AGENT", "DETAIL"}, rows);
      }
      out.println("Nothing to change: every platform matches the roster.");
      return;
    }
    table(out, new String[] {"PLATFORM", "ACTION", "AGENT", "DETAIL"}, rows);
  }

  static void results(PrintWriter out, ApplyResult result) {
    List<String[]> rows = new ArrayList<>();
    List<String> notDone = new ArrayList<>();
    for (PlatformResult r : result.platforms()) {
      rows.add(new String[] {r.platform().id(), String.valueOf(r.created()), String.valueOf(r.updated()),
          String.valueOf(r.removed()), String.valueOf(r.recreated()), String.valueOf(r.failed()), String.valueOf(r.unknown()),
          status(r)});
      for (ActionOutcome o : r.failures()) {
        notDone.add(r.platform().id() + ": " + o.describe());
      }
      if (r.notStarted() > 0 && r.error() != null && r.failures().isEmpty()) {
        continue; // the platform was refused as a whole: its STATUS says why
      }
      if (r.notStarted() > 0) {
        notDone.add(r.platform().id() + ": " + r.notStarted() + " action(s) not started after the failure (the next sync plans them)");
      }
    }
    table(out, new String[] {"PLATFORM", "CREATED", "UPDATED", "REMOVED", "RECREATED", "FAILED", "UNKNOWN", "STATUS"}, rows);
    if (!notDone.isEmpty()) {
      out.println();
      out.println("Not done:");
      notDone.forEach(line -> out.println("  " + line));
    }
  }

  /** A platform's status in words: ok, or what went wrong first (every failure is listed below the table). */
  private static String status(PlatformResult r) {
    if (r.ok()) {
      return r.skipped() == 0 ? "ok" : "ok (" + r.skipped() + " already there)";
    }
    if (r.unknown() > 0) {
      return "UNKNOWN: " + r.unknown() + " action(s) sent without an answer; check " + r.platform().id();
    }
    if (!r.failures().isEmpty()) {
      return "FAILED: " + r.failures().size() + " action(s) not done";
    }
    return "FAILED: " + (r.error() != null ? r.error().getMessage() : r.notStarted() + " action(s) not started");
  }

  static Map<String, Object> planJson(Plan plan) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("roster", plan.roster());
    m.put("createdAt", plan.createdAt());
    List<Object> platforms = new ArrayList<>();
    for (PlatformPlan p : plan.platforms()) {
      Map<String, Object> pm = new LinkedHashMap<>();
      pm.put("platform", p.platform().id());
      pm.put("agentsRead", p.agentsRead());
      pm.put("actions", p.actions().stream().map(a -> {
        Map<String, Object> am = new LinkedHashMap<>();
        am.put("action", a.type().name().toLowerCase(Locale.ROOT));
        am.put("agent", a.agent());
        am.put("agentId", a.agentId());
        am.put("fields", a.fields());
        am.put("detail", a.summary());
        am.put("line", a.location() == null ? null : a.location().line());
        return am;
      }).collect(java.util.stream.Collectors.toList()));
      pm.put("notes", p.notes());
      pm.put("drift", p.drift());
      pm.put("error", p.error());
      platforms.add(pm);
    }
    m.put("platforms", platforms);
    return m;
  }

  static List<Map<String, Object>> resultsJson(ApplyResult result) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (PlatformResult r : result.platforms()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("platform", r.platform().id());
      m.put("status", r.ok() ? "ok" : r.unknown() > 0 ? "unknown" : "failed");
      m.put("created", r.created());
      m.put("updated", r.updated());
      m.put("removed", r.removed());
      m.put("recreated", r.recreated());
      m.put("alreadyThere", r.skipped());
      m.put("failed", r.failed());
      m.put("unknown", r.unknown());
      m.put("notStarted", r.notStarted());
      m.put("failures", r.failures().stream().map(Output::outcomeJson).collect(java.util.stream.Collectors.toList()));
      m.put("notes", r.notes());
      m.put("drift", r.drift());
      m.put("error", r.error() == null ? null : r.error().getMessage());
      m.put("errorType", r.error() == null ? null : r.error().getClass().getSimpleName());
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> outcomeJson(ActionOutcome o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("action", o.action().type().name().toLowerCase(Locale.ROOT));
    m.put("agent", o.action().agent());
    m.put("agentId", o.action().agentId());
    m.put("status", o.status().name().toLowerCase(Locale.ROOT));
    m.put("done", o.done());
    m.put("notDone", o.notDone());
    m.put("settledByReading", o.settled());
    m.put("error", o.failure() == null ? null : dev.switchboard.sync.SyncException.class.isInstance(o.failure())
        || o.failure() instanceof dev.switchboard.runtime.error.SwitchboardException ? o.failure().getMessage()
        : o.failure().getClass().getSimpleName() + ": " + o.failure().getMessage());
    m.put("errorType", o.failure() == null ? null : o.failure().getClass().getSimpleName());
    m.put("text", o.describe());
    return m;
  }

  static void table(PrintWriter out, String[] header, List<String[]> rows) {
    int[] width = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      width[i] = header[i].length();
      for (String[] r : rows) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    line(out, header, width);
    for (String[] r : rows) {
      line(out, r, width);
    }
  }

  private static void line(PrintWriter out, String[] cells, int[] width) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      s.append(i == cells.length - 1 ? cells[i] : String.format("%-" + width[i] + "s  ", cells[i]));
    }
    out.println(s.toString().stripTrailing());
  }

  private static String dash(String s) {
    return s == null || s.isEmpty() ? "-" : s;
  }
}
