package dev.switchboard.sync;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies one platform's part of a plan (see {@link SyncEngine}): under its account's lock, after a
 * fresh read shows the plan is not stale; the actions paced and run by {@link PlatformApply}; what is
 * unclear settled by {@link Settler}; the outcome counted by {@link Results}.
 */
final class PlatformApplier {
  private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

  private final Switchboard switchboard;
  private final AccountLocks locks;
  private final Function<Platform, Pacing> pacing;
  private final SyncListener listener;
  private final int maxInFlight;

  PlatformApplier(Switchboard switchboard, AccountLocks locks, Function<Platform, Pacing> pacing, SyncListener listener,
      int maxInFlight) {
    this.switchboard = switchboard;
    this.locks = locks;
    this.pacing = pacing;
    this.listener = listener;
    this.maxInFlight = maxInFlight;
  }

  PlatformResult apply(PlatformPlan pp, Set<SyncLock.Key> held) {
    Platform p = pp.platform();
    List<String> notes = new ArrayList<>(pp.notes());
    List<ActionOutcome> outcomes = List.of();
    SyncException error = null;
    if (pp.error() != null) {
      error = new SyncException(p, pp.error(), null);
    } else if (!pp.actions().isEmpty()) {
      AgentDirectory d = switchboard.find(p).orElse(null);
      if (d == null) {
        error = new SyncException(p, p.id() + " is not configured", null);
      } else {
        ApplyRun run = applyLocked(d, pp, held.contains(locks.key(p)));
        outcomes = run.outcomes;
        error = run.error;
        notes.addAll(run.notes);
      }
    }
    PlatformResult result = Results.of(pp, outcomes, notes, error);
    if (result.error() != null) {
      LOG.warn("{}", result.error().getMessage());
    }
    SyncEngine.tell(() -> listener.platformFinished(result));
    return result;
  }

  /** What one platform's apply gave before it is counted. */
  private static final class ApplyRun {
    List<ActionOutcome> outcomes = List.of();
    SyncException error;
    final List<String> notes = new ArrayList<>();
  }

  /** Applies one platform's actions while no other sync of that platform account runs (unless {@link #sync} holds it already). */
  private ApplyRun applyLocked(AgentDirectory d, PlatformPlan pp, boolean alreadyHeld) {
    Platform p = d.platform();
    ApplyRun run = new ApplyRun();
    SyncLock.Held lock = null;
    if (!alreadyHeld) {
      try {
        lock = locks.take(locks.key(p));
      } catch (SyncException e) {
        run.error = e;
        return run;
      }
    }
    try {
      List<Agent> now = pacing.apply(p).readAll(d);
      if (!PlatformPlanner.fingerprint(now).equals(pp.fingerprint())) {
        run.error = new StalePlanException(p, p.id() + " changed since the plan was made (" + pp.agentsRead()
            + " agent(s) then, " + now.size() + " now, or some changed): the plan was not applied there; plan again");
        return run;
      }
      // Under a lock every syncer takes, the read just made is the last word until the creates.
      boolean checkBeforeCreate = !locks.excludesEverySync();
      List<ActionOutcome> outcomes = new PlatformApply(d, pacing.apply(p), listener, maxInFlight, checkBeforeCreate)
          .run(pp.actions());
      Settler.Settled settled = Settler.settle(d, pacing.apply(p), outcomes);
      run.outcomes = settled.outcomes();
      if (settled.note() != null) {
        run.notes.add(settled.note());
      }
    } catch (SyncException e) {
      run.error = e;
    } catch (RuntimeException e) {
      run.error = new SyncException(p, p.id() + ": " + SyncEngine.describe(e), e);
    } finally {
      if (lock != null) {
        lock.close();
      }
    }
    return run;
  }
}
