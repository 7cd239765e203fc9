package dev.switchboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.switchboard.facade.Agent;
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

  static void plan(PrintWriter out, List<Sync.PlatformPlan> plans) {
    List<String[]> rows = new ArrayList<>();
    for (Sync.PlatformPlan p : plans) {
      if (p.error() != null) {
        rows.add(new String[] {p.platform().id(), "ERROR", "-", p.error()});
      }
      for (Sync.Action a : p.actions()) {
        rows.add(new String[] {p.platform().id(), a.kind().name().toLowerCase(Locale.ROOT), a.agent(), dash(a.detail())});
      }
      for (String note : p.notes()) {
        rows.add(new String[] {p.platform().id(), "skip", "-", note});
      }
    }
    if (rows.isEmpty()) {
      out.println("Nothing to change: every platform matches the roster.");
      return;
    }
    table(out, new String[] {"PLATFORM", "ACTION", "AGENT", "DETAIL"}, rows);
  }

  static void results(PrintWriter out, List<Sync.PlatformResult> results) {
    List<String[]> rows = new ArrayList<>();
    for (Sync.PlatformResult r : results) {
      rows.add(new String[] {r.platform().id(), String.valueOf(r.created()), String.valueOf(r.updated()),
          String.valueOf(r.removed()), r.ok() ? (r.notes().isEmpty() ? "ok" : "ok (" + r.notes().size() + " skipped)")
          : "FAILED: " + r.error()});
    }
    table(out, new String[] {"PLATFORM", "CREATED", "UPDATED", "REMOVED", "STATUS"}, rows);
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
