package dev.switchboard.sync;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Plans one platform: compares the agents read there with the roster's by the platform's match
 * key, and turns each difference into an action, a note or drift from what the platform's
 * {@link PlatformDescription} and capabilities say it can do (see {@link SyncEngine}).
 */
final class PlatformPlanner {
  private final Function<AgentDirectory, List<Agent>> reader;

  /** @param reader reads every agent of a platform (paced by the engine's limiter) */
  PlatformPlanner(Function<AgentDirectory, List<Agent>> reader) {
    this.reader = reader;
  }

  PlatformPlan plan(AgentDirectory d, List<RosterAgent> desired, boolean keepExtra) {
    Platform p = d.platform();
    PlatformDescription rules = d.description();
    List<Agent> current = reader.apply(d);
    List<PlannedAction> actions = new ArrayList<>();
    List<String> notes = new ArrayList<>(notStored(d, desired));
    List<Drift> drift = new ArrayList<>();
    Map<String, Agent> byKey = new HashMap<>();
    for (Agent a : current) {
      String key = RosterAgent.key(rules.matchKey(), a.name(), a.email());
      if (key != null && byKey.putIfAbsent(key, a) != null) {
        notes.add(p.id() + " has more than one agent with the " + keyName(rules) + " '" + key
            + "'; the roster is compared with the first one listed (id " + byKey.get(key).id() + ")");
      }
    }
    if (!d.supports(Capability.CREATE)) {
      notes.add(p.id() + " cannot create or remove agents: roster agents missing there are drift, and no agent is removed");
      for (RosterAgent e : desired) {
        if (!byKey.containsKey(e.key(rules))) {
          drift.add(new Drift(e.name(), null, "presence", null, "present", p.id() + " cannot create agents"));
        }
      }
      return new PlatformPlan(p, current.size(), fingerprint(current), actions, notes, drift, null);
    }
    Set<String> matched = new HashSet<>();
    for (RosterAgent e : desired) {
      String key = e.key(rules);
      Agent existing = byKey.get(key);
      if (existing == null && e.renamedFrom() != null && rules.matchKey() == PlatformDescription.MatchKey.NAME) {
        existing = byKey.get(e.renamedFrom());
      }
      if (existing == null || matched.contains(existing.id())) {
        actions.add(new PlannedAction(ActionType.CREATE, e.name(), null, key, createFields(d, e), describeNew(d, e),
            e.location()));
        continue;
      }
      matched.add(existing.id());
      planExisting(d, e, existing, actions, drift);
    }
    if (!keepExtra) {
      for (Agent a : current) {
        if (!matched.contains(a.id())) {
          String label = a.name() == null ? a.id() : a.name();
          if (d.supports(Capability.DELETE)) {
            actions.add(new PlannedAction(ActionType.REMOVE, label, a.id(), RosterAgent.key(rules.matchKey(), a.name(), a.email()),
                Map.of(), "remove '" + label + "' (id " + a.id() + "): not in the roster", null));
          } else {
            drift.add(new Drift(label, a.id(), "presence", "present", null, p.id() + " cannot remove agents"));
          }
        }
      }
    }
    return new PlatformPlan(p, current.size(), fingerprint(current), actions, notes, drift, null);
  }

  private void planExisting(AgentDirectory d, RosterAgent e, Agent existing, List<PlannedAction> actions, List<Drift> drift) {
    Platform p = d.platform();
    PlatformDescription rules = d.description();
    Map<String, String> changes = new LinkedHashMap<>();
    List<String> words = new ArrayList<>();
    boolean recreate = false;
    if (existing.name() != null && !existing.name().equals(e.name())) {
      if (rules.rename() == PlatformDescription.Rename.IN_PLACE && rules.updatable().contains("name")) {
        changes.put("name", e.name());
        words.add("name " + existing.name() + " -> " + e.name());
      } else if (rules.rename() == PlatformDescription.Rename.RECREATE) {
        recreate = true;
      } else {
        drift.add(new Drift(e.name(), existing.id(), "name", existing.name(), e.name(), p.id() + " cannot rename agents"));
      }
    }
    if (e.role() != null && rules.keeps().contains("role") && !e.role().equals(existing.role())) {
      if (rules.updatable().contains("role")) {
        changes.put("role", e.role());
        words.add("role " + existing.role() + " -> " + e.role());
      } else if (!recreate) {
        drift.add(new Drift(e.name(), existing.id(), "role", existing.role(), e.role(), p.id() + " cannot change a role"));
      }
    }
    if (e.availability() != null && canSetAvailability(d) && e.availability() != existing.availability()) {
      changes.put("availability", lower(e.availability()));
      words.add("availability " + lower(existing.availability()) + " -> " + lower(e.availability()));
    }
    if (recreate) {
      actions.add(new PlannedAction(ActionType.RECREATE, e.name(), existing.id(), e.key(rules), createFields(d, e),
          "'" + existing.name() + "' (id " + existing.id() + ") is removed and '" + e.name() + "' created in its place, "
              + "because " + p.id() + " cannot rename agents: the new agent gets a NEW id, and whatever refers to id "
              + existing.id() + " there (assignments, conversations, reports) stays with the removed agent",
          e.location()));
    } else if (!changes.isEmpty()) {
      actions.add(new PlannedAction(ActionType.UPDATE, e.name(), existing.id(), e.key(rules), changes,
          String.join(", ", words), e.location()));
    }
  }

  /** Roster values this platform cannot store: one note per field, naming the lines. */
  private static List<String> notStored(AgentDirectory d, List<RosterAgent> desired) {
    List<String> notes = new ArrayList<>();
    for (String field : RosterAgent.FIELDS) {
      if (field.equals("name") || stores(d, field)) {
        continue;
      }
      List<RosterAgent> with = desired.stream().filter(a -> a.value(field) != null).collect(Collectors.toList());
      if (!with.isEmpty()) {
        String lines = with.stream().limit(5).map(a -> String.valueOf(a.location().line())).collect(Collectors.joining(", "))
            + (with.size() > 5 ? ", ..." : "");
        notes.add(d.platform().id() + " does not store " + field + ": the roster's " + field + " of " + with.size()
            + " agent(s) is not sent there (line " + lines + ")");
      }
    }
    return notes;
  }

  private static boolean stores(AgentDirectory d, String field) {
    PlatformDescription rules = d.description();
    if (field.equals("availability")) {
      return canSetAvailability(d);
    }
    return rules.keeps().contains(field) || (field.equals("email") && rules.matchKey() == PlatformDescription.MatchKey.EMAIL);
  }

  private static boolean canSetAvailability(AgentDirectory d) {
    PlatformDescription rules = d.description();
    return rules.createSetsAvailability() || rules.updatable().contains("availability")
        || d.supports(Capability.SET_AVAILABILITY);
  }

  /**
   * A create carries the fields the platform stores from a roster: those it requires and those an
   * update may change (the next sync would set them anyway). A field the platform reads on create
   * in a meaning of its own (Bird's agent type in {@code role}) is not the roster's and is not sent.
   */
  private static Map<String, String> createFields(AgentDirectory d, RosterAgent e) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String field : RosterAgent.FIELDS) {
      String v = e.value(field);
      if (v != null && stores(d, field)) {
        fields.put(field, v);
      }
    }
    return fields;
  }

  private static String describeNew(AgentDirectory d, RosterAgent e) {
    Map<String, String> fields = createFields(d, e);
    fields.remove("name");
    fields.remove("userId");
    fields.remove("surname");
    return String.join(", ", fields.values());
  }

  private static String keyName(PlatformDescription rules) {
    return rules.matchKey() == PlatformDescription.MatchKey.EMAIL ? "email" : "name";
  }

  /** A digest of what the plan depends on: ids, names, emails and roles (not availability, which servers move). */
  static String fingerprint(List<Agent> agents) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      agents.stream().sorted(Comparator.comparing(Agent::id)).forEach(a -> sha.update(
          (a.id() + '\u0000' + a.name() + '\u0000' + a.email() + '\u0000' + a.role() + '\n').getBytes(StandardCharsets.UTF_8)));
      return HexFormat.of().formatHex(sha.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  private static String lower(Object o) {
    return String.valueOf(o).toLowerCase(Locale.ROOT);
  }
}
