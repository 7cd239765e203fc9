package dev.switchboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.switchboard.facade.Agent;
import dev.switchboard.sync.ActionOutcome;
import dev.switchboard.sync.ActionType;
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

  /**
   * A command that is not a sync ends in error: the lines on stderr and, under {@code --json}, the
   * same {@link Report} document a sync prints, so a script reads one shape of error everywhere.
   */
  static int fail(Main main, boolean json, int code, List<String> messages) {
    return new Report(main, "agents", json).fail(code, messages);
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

  /** How many removes and recreates the brief plan lists before "and N more" (they are what needs confirming). */
  static final int LISTED_REMOVES = 20;

  /**
   * The plan in brief: one count line, then a row of counts per platform, then the removes and
   * recreates (what a confirmation is about); every action, drift and error with {@code verbose}.
   * Before, every action was printed, so a 20,000-agent plan scrolled away its own question.
   */
  static void plan(PrintWriter out, Plan plan, boolean verbose) {
    out.println(summary(plan));
    List<String[]> rows = new ArrayList<>();
    for (PlatformPlan p : plan.platforms()) {
      rows.add(new String[] {p.platform().id(), String.valueOf(p.count(ActionType.CREATE)),
          String.valueOf(p.count(ActionType.UPDATE)), String.valueOf(p.count(ActionType.REMOVE)),
          String.valueOf(p.count(ActionType.RECREATE)), String.valueOf(p.drift().size()),
          p.error() != null ? "ERROR: " + Messages.withoutClassNames(p.error()) : "read " + p.agentsRead() + " agent(s)"});
    }
    table(out, new String[] {"PLATFORM", "CREATE", "UPDATE", "REMOVE", "RECREATE", "DRIFT", "STATUS"}, rows);
    if (verbose) {
      details(out, plan);
      return;
    }
    List<String> risky = new ArrayList<>();
    for (PlatformPlan p : plan.platforms()) {
      for (PlannedAction a : p.actions()) {
        if (a.type() == ActionType.REMOVE || a.type() == ActionType.RECREATE) {
          risky.add(p.platform().id() + ": " + a.summary());
        }
      }
    }
    if (!risky.isEmpty()) {
      out.println();
      out.println("Removes and recreates:");
      risky.stream().limit(LISTED_REMOVES).forEach(line -> out.println("  " + line));
      if (risky.size() > LISTED_REMOVES) {
        out.println("  ... and " + (risky.size() - LISTED_REMOVES) + " more (--verbose lists them all)");
      }
    }
  }

  /** The count line a plan starts with. */
  static String summary(Plan plan) {
    long failed = plan.platforms().stream().filter(p -> p.error() != null).count();
    if (plan.isEmpty()) {
      return "Plan: nothing to change; every platform matches the roster.";
    }
    return "Plan: " + plan.count(ActionType.CREATE) + " to create, " + plan.count(ActionType.UPDATE) + " to update, "
        + plan.count(ActionType.REMOVE) + " to remove, " + plan.count(ActionType.RECREATE) + " to recreate on "
        + plan.platforms().size() + " platform(s)" + (failed > 0 ? "; " + failed + " could not be planned" : "") + ".";
  }

  /** Every action, drift and planning error of a plan, one row each ({@code --verbose}, {@code show}). */
  static void details(PrintWriter out, Plan plan) {
    List<String[]> rows = new ArrayList<>();
    for (PlatformPlan p : plan.platforms()) {
      if (p.error() != null) {
        rows.add(new String[] {p.platform().id(), "ERROR", "-", Messages.withoutClassNames(p.error())});
      }
      for (PlannedAction a : p.actions()) {
        rows.add(new String[] {p.platform().id(), a.type().name().toLowerCase(Locale.ROOT), a.agent(), dash(a.summary())});
      }
      for (Drift d : p.drift()) {
        rows.add(new String[] {p.platform().id(), "drift", d.agent(), d.field() + ": " + dash(d.platformValue()) + " there, "
            + dash(d.rosterValue()) + " in the roster (" + d.reason() + ")"});
      }
    }
    if (!rows.isEmpty()) {
      out.println();
      table(out, new String[] {"PLATFORM", "ACTION", "AGENT", "DETAIL"}, rows);
    }
  }

  /** The plan's notes (roster values a platform cannot store), once, under a heading. */
  static void notes(PrintWriter out, Plan plan) {
    List<String> notes = new ArrayList<>();
    plan.platforms().forEach(p -> notes.addAll(p.notes()));
    if (!notes.isEmpty()) {
      out.println();
      out.println("Notes:");
      notes.forEach(n -> out.println("  " + n));
    }
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
