package dev.switchboard.sync;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.UnsupportedCapabilityException;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.ServerException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one platform's planned actions (after the stale check) with at most {@code maxInFlight} at
 * a time, and records how each ended ({@link ActionOutcome}). After the first action that does not
 * end entirely applied, no new action starts there: the next sync plans what is left.
 */
final class PlatformApply {
  private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

  private final AgentDirectory d;
  private final Platform p;
  private final PlatformDescription rules;
  private final Pacing pacing;
  private final SyncListener listener;
  private final int maxInFlight;
  /** Ask the platform for the agent's key before each create: unless the lock keeps out every other sync. */
  private final boolean checkBeforeCreate;

  PlatformApply(AgentDirectory d, Pacing pacing, SyncListener listener, int maxInFlight, boolean checkBeforeCreate) {
    this.d = d;
    this.p = d.platform();
    this.rules = d.description();
    this.pacing = pacing;
    this.listener = listener;
    this.maxInFlight = maxInFlight;
    this.checkBeforeCreate = checkBeforeCreate;
  }

  /** @return the outcome of every action started, in the order they ended */
  List<ActionOutcome> run(List<PlannedAction> actions) {
    List<ActionOutcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    AtomicBoolean stop = new AtomicBoolean();
    int workers = Math.min(maxInFlight, actions.size());
    ExecutorService pool = Executors.newFixedThreadPool(workers, Parallel.daemon("switchboard-sync-" + p.id()));
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        running.add(pool.submit(() -> {
          int i;
          while (!stop.get() && (i = next.getAndIncrement()) < actions.size()) {
            PlannedAction a = actions.get(i);
            ActionOutcome o = runOne(a);
            outcomes.add(o);
            if (o.ok()) {
              LOG.info("{}: {} '{}' done{}", p.id(), lower(a.type()), a.agent(),
                  o.did(ActionOutcome.ALREADY_THERE) ? " (already there)" : o.did(ActionOutcome.ALREADY_GONE) ? " (already gone)" : "");
            } else {
              // An action that does not end applied stops new ones here: the next sync plans them again.
              stop.set(true);
              if (o.status() == ActionStatus.UNKNOWN) {
                // Not settled yet: the re-read after the actions decides, and the result says what it found.
                LOG.warn("{}: {} '{}': sent, no answer ({}); the platform is read again after the actions to see "
                    + "whether it took effect", p.id(), lower(a.type()), a.agent(), SyncEngine.describe(o.failure()));
              } else {
                LOG.warn("{}: {}", p.id(), o.describe());
              }
            }
            SyncEngine.tell(() -> listener.actionFinished(p, a, o.failure() != null ? o.failure()
                : o.ok() ? null : new SyncException(p, o.describe(), null)));
          }
        }));
      }
      for (Future<?> f : running) {
        try {
          Parallel.join(f); // runOne catches everything an action throws
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          stop.set(true);
          break;
        }
      }
    } finally {
      pool.shutdownNow();
    }
    return new ArrayList<>(outcomes);
  }

  private ActionOutcome runOne(PlannedAction a) {
    switch (a.type()) {
      case CREATE:
        return create(a, new ArrayList<>());
      case UPDATE:
        try {
          AgentUpdate update = update(a.fields());
          pacing.once(p, "update", () -> d.update(a.agentId(), update));
          return outcome(a, ActionStatus.APPLIED, List.of(ActionOutcome.UPDATED), List.of(), null);
        } catch (RuntimeException e) {
          return outcome(a, classify(e), List.of(), List.of("not updated"), e);
        }
      case REMOVE:
        return remove(a, List.of());
      case RECREATE:
        ActionOutcome removed = remove(a, List.of("not created"));
        if (!removed.ok()) {
          return removed;
        }
        return create(a, new ArrayList<>(removed.done()));
      default:
        throw new IllegalStateException("unknown action " + a.type());
    }
  }

  private ActionOutcome remove(PlannedAction a, List<String> alsoNotDone) {
    try {
      pacing.once(p, "delete", () -> {
        d.delete(a.agentId());
        return null;
      });
      return outcome(a, ActionStatus.APPLIED, List.of(ActionOutcome.REMOVED), List.of(), null);
    } catch (NotFoundException e) {
      // The agent is gone, which is what the remove was for (another sync, or an earlier attempt, removed it).
      return outcome(a, ActionStatus.APPLIED, List.of(ActionOutcome.ALREADY_GONE), List.of(), null);
    } catch (RuntimeException e) {
      List<String> notDone = new ArrayList<>(List.of("not removed"));
      notDone.addAll(alsoNotDone);
      return outcome(a, classify(e), List.of(), notDone, e);
    }
  }

  /**
   * Creates the agent unless one with its key exists now. The check is a fresh request, made just
   * before the create, so an agent made since the plan (by another process) is not duplicated;
   * what remains is the moment between the check and the create, which only the platform, or a
   * {@link SyncLock} shared by every sync of the account, can close. Under such a lock
   * ({@link SyncLock#excludesEverySync()}) the check is not made: the stale-plan read under the
   * lock already saw the platform, and no other sync can write until the lock is let go.
   */
  private ActionOutcome create(PlannedAction a, List<String> done) {
    try {
      if (checkBeforeCreate && exists(a.key())) {
        done.add(ActionOutcome.ALREADY_THERE);
        return outcome(a, ActionStatus.APPLIED, done, List.of(), null);
      }
    } catch (RuntimeException e) {
      // A read failed: nothing was created.
      return outcome(a, done.isEmpty() ? ActionStatus.FAILED : ActionStatus.APPLIED, done, List.of("not created"), e);
    }
    Agent created;
    try {
      created = pacing.once(p, "create", () -> d.create(newAgent(a.fields())));
    } catch (RuntimeException e) {
      ActionStatus s = classify(e);
      return outcome(a, done.isEmpty() || s == ActionStatus.UNKNOWN ? s : ActionStatus.APPLIED, done, List.of("not created"), e);
    }
    done.add(ActionOutcome.CREATED);
    String wanted = a.fields().get("availability");
    if (wanted != null && !rules.createSetsAvailability() && d.supports(Capability.SET_AVAILABILITY)
        && !lower(created.availability()).equals(wanted)) {
      try {
        pacing.once(p, "setAvailability", () -> {
          d.setAvailability(created.id(), RosterAgent.availability(wanted));
          return null;
        });
        done.add(ActionOutcome.AVAILABILITY_SET);
      } catch (RuntimeException e) {
        return outcome(a, ActionStatus.APPLIED, done, List.of("availability not set"), e);
      }
    }
    return outcome(a, ActionStatus.APPLIED, done, List.of(), null);
  }

  private boolean exists(String key) {
    int max = rules.pageSize().max();
    AgentQuery q = rules.matchKey() == PlatformDescription.MatchKey.EMAIL ? AgentQuery.byEmail(key) : AgentQuery.byName(key);
    if (max > 0) {
      q = q.withPageSize(max);
    }
    // The query narrows (a name filter matches parts of names); the key decides.
    return pacing.readPages(d, q).stream().anyMatch(x -> key.equals(RosterAgent.key(rules.matchKey(), x.name(), x.email())));
  }

  private static ActionOutcome outcome(PlannedAction a, ActionStatus s, List<String> done, List<String> notDone, Throwable e) {
    return new ActionOutcome(a, s, done, notDone, e, false);
  }

  /**
   * How a failed write ended. {@link ActionStatus#FAILED} when it never left (bad input, an
   * operation the platform lacks, the limiter interrupted) or the platform refused it before
   * acting (a 4xx other than 408: 429 included); {@link ActionStatus#UNKNOWN} for everything else:
   * the connection failed or timed out after sending, a 408 or 5xx, a body that could not be read,
   * an untyped failure: it may have been applied.
   */
  static ActionStatus classify(Throwable e) {
    if (e instanceof InvalidInputException || e instanceof UnsupportedCapabilityException
        || e instanceof Pacing.NotSentException || e instanceof IllegalArgumentException) {
      return ActionStatus.FAILED;
    }
    if (e instanceof ApiException && !(e instanceof ServerException)) {
      int status = ((ApiException) e).status();
      // A GraphQL error arrives at HTTP 200 but is typed like the status it stands for.
      if (status == 408 || status >= 500) {
        return ActionStatus.UNKNOWN;
      }
      return ActionStatus.FAILED;
    }
    return ActionStatus.UNKNOWN;
  }

  static NewAgent newAgent(Map<String, String> f) {
    return NewAgent.named(f.get("name")).surname(f.get("surname")).email(f.get("email")).role(f.get("role"))
        .userId(f.get("userId")).availability(RosterAgent.availability(f.get("availability"))).build();
  }

  static AgentUpdate update(Map<String, String> f) {
    AgentUpdate.Builder u = AgentUpdate.builder();
    f.forEach((field, v) -> {
      switch (field) {
        case "name":
          u.name(v);
          break;
        case "surname":
          u.surname(v);
          break;
        case "email":
          u.email(v);
          break;
        case "role":
          u.role(v);
          break;
        case "availability":
          u.availability(RosterAgent.availability(v));
          break;
        default:
          throw new IllegalArgumentException("a plan's update names an unknown field '" + field + "'");
      }
    });
    return u.build();
  }

  private static String lower(Object o) {
    return String.valueOf(o).toLowerCase(Locale.ROOT);
  }
}
