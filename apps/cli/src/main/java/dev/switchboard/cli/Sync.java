package dev.switchboard.cli;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.Platforms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

/**
 * Makes the agents on each platform match a roster: a plan first (create, update, remove per
 * platform), then its application. Applying the plan makes the next plan empty. A platform that
 * fails is reported with its error (typed, or of any other kind); the others are still applied.
 *
 * <p>No platform is named here: what differs between platforms (the match key, what a create
 * needs, what an update may change, whether a create sets the availability, how a rename happens)
 * is read from each platform's {@link PlatformDescription}.
 */
final class Sync {
  private Sync() {}

  enum Kind { CREATE, UPDATE, REMOVE }

  /** One change to make. */
  record Action(Platform platform, Kind kind, String agent, String agentId, String detail,
                Roster.Entry entry, AgentUpdate update) {}

  /** What a platform needs: its actions, what it cannot do (notes) and whether it could be read. */
  record PlatformPlan(Platform platform, List<Action> actions, List<String> notes, String error) {}

  /** What happened on a platform. */
  record PlatformResult(Platform platform, int created, int updated, int removed, List<String> notes, String error) {
    boolean ok() {
      return error == null;
    }
  }

  /** The installed platforms, in classpath order, found once. */
  private static volatile Map<Platform, PlatformProvider> installed;

  static Map<Platform, PlatformProvider> installed() {
    Map<Platform, PlatformProvider> m = installed;
    if (m == null) {
      m = new LinkedHashMap<>();
      for (PlatformProvider p : Platforms.installed()) {
        m.put(p.platform(), p);
      }
      installed = m;
    }
    return m;
  }

  /** A platform's rules as its provider publishes them (known before any credential). */
  static PlatformDescription description(Platform p) {
    PlatformProvider provider = installed().get(p);
    if (provider == null) {
      throw new IllegalArgumentException(p.id() + " is not installed");
    }
    return provider.description();
  }

  static boolean matchesByEmail(Platform p) {
    return description(p).matchKey() == PlatformDescription.MatchKey.EMAIL;
  }

  /** The roster's value of a {@link dev.switchboard.facade.NewAgent} field, or null if the roster has no such field. */
  private static String rosterValue(Roster.Entry e, String field) {
    switch (field) {
      case "name":
        return e.name();
      case "email":
        return e.email();
      case "userId":
        return e.userId();
      case "surname":
        return e.surname();
      case "role":
        return e.role();
      default:
        return null;
    }
  }

  /** The roster fields a platform needs to create an agent (the name is required by every roster entry). */
  static List<String> requiredFields(Platform p, Roster.Entry e) {
    List<String> missing = new ArrayList<>();
    for (String field : description(p).requiredToCreate()) {
      if (!field.equals("name") && blank(rosterValue(e, field))) {
        missing.add(field);
      }
    }
    return missing;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static List<PlatformPlan> plan(Switchboard sb, Roster roster, Set<Platform> only, boolean keepExtra) {
    List<PlatformPlan> plans = new ArrayList<>();
    for (Platform p : roster.platforms) {
      if (!only.isEmpty() && !only.contains(p)) {
        continue;
      }
      AgentDirectory d = sb.find(p).orElse(null);
      if (d == null) {
        plans.add(new PlatformPlan(p, List.of(), List.of(), "not configured"));
        continue;
      }
      try {
        plans.add(plan(d, roster, keepExtra));
      } catch (RuntimeException e) {
        // Any failure, typed or not, stays with its platform: the others are still planned.
        plans.add(new PlatformPlan(p, List.of(), List.of(), describe(e)));
      }
    }
    return plans;
  }

  private static PlatformPlan plan(AgentDirectory d, Roster roster, boolean keepExtra) {
    Platform p = d.platform();
    PlatformDescription rules = d.description();
    List<Roster.Entry> desired = roster.agents.stream().filter(e -> e.platforms().contains(p)).collect(Collectors.toList());
    List<Agent> current = d.list().stream().collect(Collectors.toList());
    List<Action> actions = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    if (!d.supports(Capability.CREATE)) {
      notes.add(p.id() + " shows " + current.size() + " agent(s) and cannot create or remove agents"
          + (desired.isEmpty() ? "" : "; " + desired.size() + " roster agent(s) left as they are"));
      return new PlatformPlan(p, actions, notes, null);
    }
    Map<String, Agent> byKey = new HashMap<>();
    for (Agent a : current) {
      String key = rules.matchKey() == PlatformDescription.MatchKey.EMAIL ? (a.email() == null ? null : a.email().toLowerCase(Locale.ROOT)) : a.name();
      if (key != null) {
        byKey.putIfAbsent(key, a);
      }
    }
    List<Agent> matched = new ArrayList<>();
    for (Roster.Entry e : desired) {
      Agent existing = byKey.remove(e.key(p));
      if (existing != null) {
        matched.add(existing);
      }
      if (existing == null) {
        actions.add(new Action(p, Kind.CREATE, e.name(), null, describeNew(d, e), e, null));
      } else {
        AgentUpdate.Builder u = AgentUpdate.builder();
        List<String> changes = new ArrayList<>();
        // Matched by email, the name is theirs to change where an update renames in place. Matched
        // by name, a new name is a new agent: the old one is removed, the new one created.
        if (rules.matchKey() == PlatformDescription.MatchKey.EMAIL && rules.rename() == PlatformDescription.Rename.IN_PLACE
            && !e.name().equals(existing.name())) {
          u.name(e.name());
          changes.add("name " + existing.name() + " -> " + e.name());
        }
        if (rules.updatable().contains("role") && e.role() != null && !e.role().equals(existing.role())) {
          u.role(e.role());
          changes.add("role " + existing.role() + " -> " + e.role());
        }
        if (e.availability() != null && d.supports(Capability.SET_AVAILABILITY) && e.availability() != existing.availability()) {
          u.availability(e.availability());
          changes.add("availability " + lower(existing.availability()) + " -> " + lower(e.availability()));
        }
        if (!changes.isEmpty()) {
          actions.add(new Action(p, Kind.UPDATE, e.name(), existing.id(), String.join(", ", changes), e, u.build()));
        }
      }
    }
    if (!keepExtra) {
      for (Agent a : current) {
        if (!matched.contains(a)) {
          if (d.supports(Capability.DELETE)) {
            actions.add(new Action(p, Kind.REMOVE, a.name() == null ? a.id() : a.name(), a.id(), "not in the roster", null, null));
          } else {
            notes.add(label(a) + " is not in the roster, but " + p.id() + " cannot remove agents");
          }
        }
      }
    }
    return new PlatformPlan(p, actions, notes, null);
  }

  private static String label(Agent a) {
    return "'" + (a.name() == null ? a.id() : a.name()) + "'";
  }

  private static String lower(Object o) {
    return String.valueOf(o).toLowerCase(Locale.ROOT);
  }

  private static String describeNew(AgentDirectory d, Roster.Entry e) {
    PlatformDescription rules = d.description();
    List<String> parts = new ArrayList<>();
    if (rules.matchKey() == PlatformDescription.MatchKey.EMAIL) {
      parts.add(e.email());
    }
    if (sendsOnCreate(rules, "role") && e.role() != null) {
      parts.add(e.role());
    }
    if (e.availability() != null && (rules.createSetsAvailability() || d.supports(Capability.SET_AVAILABILITY))) {
      parts.add(lower(e.availability()));
    }
    return String.join(", ", parts);
  }

  /**
   * A create carries the fields the platform requires, and those it keeps and lets an update change
   * (the next sync would set them anyway). A field the platform only reads on create in a meaning of
   * its own (Bird's agent type in {@code role}) is not the roster's and is not sent.
   */
  private static boolean sendsOnCreate(PlatformDescription rules, String field) {
    return rules.requiredToCreate().contains(field) || rules.updatable().contains(field);
  }

  static List<PlatformResult> apply(Switchboard sb, List<PlatformPlan> plans, IntConsumer progress) {
    List<PlatformResult> results = new ArrayList<>();
    int done = 0;
    for (PlatformPlan plan : plans) {
      if (plan.error() != null) {
        results.add(new PlatformResult(plan.platform(), 0, 0, 0, plan.notes(), plan.error()));
        continue;
      }
      AgentDirectory d = sb.directory(plan.platform());
      int created = 0;
      int updated = 0;
      int removed = 0;
      String error = null;
      for (Action a : plan.actions()) {
        try {
          switch (a.kind()) {
            case CREATE:
              create(d, a.entry());
              created++;
              break;
            case UPDATE:
              d.update(a.agentId(), a.update());
              updated++;
              break;
            default:
              d.delete(a.agentId());
              removed++;
          }
        } catch (RuntimeException e) {
          error = a.kind().name().toLowerCase(Locale.ROOT) + " '" + a.agent() + "': " + describe(e);
          break; // the rest of this platform waits for the next run; other platforms go on
        }
        progress.accept(++done);
      }
      results.add(new PlatformResult(plan.platform(), created, updated, removed, plan.notes(), error));
    }
    return results;
  }

  private static void create(AgentDirectory d, Roster.Entry e) {
    PlatformDescription rules = d.description();
    NewAgent.Builder b = NewAgent.named(e.name());
    if (rules.matchKey() == PlatformDescription.MatchKey.EMAIL || sendsOnCreate(rules, "email")) {
      b.email(e.email());
    }
    if (sendsOnCreate(rules, "role")) {
      b.role(e.role());
    }
    if (sendsOnCreate(rules, "userId")) {
      b.userId(e.userId());
    }
    if (sendsOnCreate(rules, "surname")) {
      b.surname(e.surname());
    }
    boolean createSetsAvailability = rules.createSetsAvailability();
    if (createSetsAvailability) {
      b.availability(e.availability());
    }
    Agent created = d.create(b.build());
    if (!createSetsAvailability && e.availability() != null && d.supports(Capability.SET_AVAILABILITY)
        && created.availability() != e.availability()) {
      d.setAvailability(created.id(), e.availability());
    }
  }

  static String describe(RuntimeException e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
