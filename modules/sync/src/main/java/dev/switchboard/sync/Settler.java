package dev.switchboard.sync;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.PlatformDescription;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After a platform's actions: when any did not end entirely applied, the platform is read once
 * more and each such action is judged by what is there. That settles an {@link ActionStatus#UNKNOWN}
 * (the answer was lost, or timed out) into applied or not, and catches an action of several
 * requests whose later request failed after the first took effect (LiveChat v3.4's
 * {@code create_bot} then {@code set_routing_status}: created, availability not set). What the
 * read cannot tell (the read failed, or the platform does not show the field) stays as it was.
 *
 * <p>The read comes after every request of the platform's apply has ended (sync clients: each
 * returned or gave up), so what it shows is what those requests did; a request the server is
 * still working on after the client gave up could still land later, which no read can rule out.
 */
final class Settler {
  private Settler() {}

  /** What settling gave: the outcomes, and a note when the read failed. */
  record Settled(List<ActionOutcome> outcomes, String note) {}

  static Settled settle(AgentDirectory d, Pacing pacing, List<ActionOutcome> outcomes) {
    if (outcomes.stream().allMatch(ActionOutcome::ok)) {
      return new Settled(outcomes, null);
    }
    List<Agent> now;
    try {
      now = pacing.readAll(d);
    } catch (RuntimeException e) {
      long unknown = outcomes.stream().filter(o -> o.status() == ActionStatus.UNKNOWN).count();
      return new Settled(outcomes, unknown == 0 ? null : d.platform().id() + ": the re-read to settle " + unknown
          + " action(s) whose answer was lost failed (" + SyncEngine.describe(e) + "); their outcome is unknown: "
          + "check the platform, or plan again");
    }
    List<ActionOutcome> out = new ArrayList<>();
    for (ActionOutcome o : outcomes) {
      out.add(o.ok() ? o : judge(d.description(), o, now));
    }
    return new Settled(out, null);
  }

  private static ActionOutcome judge(PlatformDescription rules, ActionOutcome o, List<Agent> now) {
    PlannedAction a = o.action();
    switch (a.type()) {
      case CREATE: {
        Optional<Agent> found = byKey(rules, now, a.key(), null);
        List<String> done = new ArrayList<>();
        List<String> notDone = new ArrayList<>();
        if (found.isEmpty()) {
          notDone.add("not created");
        } else {
          done.add(ActionOutcome.CREATED);
          availability(a, found.get(), o, done, notDone);
        }
        return settled(o, done, notDone);
      }
      case REMOVE: {
        boolean gone = now.stream().noneMatch(x -> x.id().equals(a.agentId()));
        return settled(o, gone ? List.of(ActionOutcome.REMOVED) : List.of(), gone ? List.of() : List.of("not removed"));
      }
      case RECREATE: {
        boolean gone = now.stream().noneMatch(x -> x.id().equals(a.agentId()));
        Optional<Agent> found = byKey(rules, now, a.key(), a.agentId());
        List<String> done = new ArrayList<>();
        List<String> notDone = new ArrayList<>();
        if (gone) {
          done.add(o.did(ActionOutcome.ALREADY_GONE) ? ActionOutcome.ALREADY_GONE : ActionOutcome.REMOVED);
        } else {
          notDone.add("not removed");
        }
        if (found.isPresent()) {
          done.add(ActionOutcome.CREATED);
          availability(a, found.get(), o, done, notDone);
        } else {
          notDone.add("not created");
        }
        return settled(o, done, notDone);
      }
      case UPDATE:
        return update(o, now);
      default:
        return o;
    }
  }

  /** An update is judged field by field, where the listing shows the field. */
  private static ActionOutcome update(ActionOutcome o, List<Agent> now) {
    PlannedAction a = o.action();
    Optional<Agent> agent = now.stream().filter(x -> x.id().equals(a.agentId())).findFirst();
    if (agent.isEmpty()) {
      return settled(o, List.of(), List.of("not updated (the agent is gone)"));
    }
    Set<String> set = new LinkedHashSet<>();
    Set<String> notSet = new LinkedHashSet<>();
    for (Map.Entry<String, String> f : a.fields().entrySet()) {
      Optional<Boolean> same = same(f.getKey(), f.getValue(), agent.get());
      if (same.isEmpty()) {
        continue; // the listing does not show it: no evidence either way
      }
      (same.get() ? set : notSet).add(f.getKey());
    }
    if (set.isEmpty() && notSet.isEmpty()) {
      return o;
    }
    if (set.isEmpty()) {
      return settled(o, List.of(), List.of("not updated"));
    }
    return settled(o, List.of(ActionOutcome.UPDATED),
        notSet.stream().map(f -> f + " not set").collect(Collectors.toList()));
  }

  private static Optional<Boolean> same(String field, String wanted, Agent x) {
    switch (field) {
      case "name":
        return Optional.of(Objects.equals(wanted, x.name()));
      case "email":
        return x.email() == null ? Optional.empty() : Optional.of(wanted.equalsIgnoreCase(x.email()));
      case "role":
        return x.role() == null ? Optional.empty() : Optional.of(wanted.equals(x.role()));
      case "availability":
        return x.availability() == Availability.UNKNOWN ? Optional.empty()
            : Optional.of(wanted.equals(x.availability().name().toLowerCase(Locale.ROOT)));
      default:
        return Optional.empty();
    }
  }

  /** A created agent with a wanted availability: set, not set, or (not shown) as the action said. */
  private static void availability(PlannedAction a, Agent found, ActionOutcome o, List<String> done, List<String> notDone) {
    String wanted = a.fields().get("availability");
    if (wanted == null) {
      return;
    }
    Optional<Boolean> same = same("availability", wanted, found);
    if (same.isEmpty()) {
      if (o.notDone().contains("availability not set")) {
        notDone.add("availability not set");
      }
    } else if (!same.get()) {
      notDone.add("availability not set");
    } else if (o.did(ActionOutcome.AVAILABILITY_SET)) {
      done.add(ActionOutcome.AVAILABILITY_SET);
    }
  }

  private static Optional<Agent> byKey(PlatformDescription rules, List<Agent> now, String key, String notId) {
    return now.stream().filter(x -> !x.id().equals(notId))
        .filter(x -> key.equals(RosterAgent.key(rules.matchKey(), x.name(), x.email()))).findFirst();
  }

  private static ActionOutcome settled(ActionOutcome o, List<String> done, List<String> notDone) {
    ActionStatus s = done.isEmpty() ? ActionStatus.FAILED : ActionStatus.APPLIED;
    boolean changed = s != o.status() || !done.equals(o.done()) || !notDone.equals(o.notDone());
    return new ActionOutcome(o.action(), s, done, notDone, o.failure(), o.settled() || changed);
  }
}
