package dev.switchboard.sync;

import java.util.List;

/** Counts a platform's {@link ActionOutcome}s into its {@link PlatformResult}. */
final class Results {
  private Results() {}

  static PlatformResult of(PlatformPlan pp, List<ActionOutcome> outcomes, List<String> notes, SyncException error) {
    int created = 0;
    int updated = 0;
    int removed = 0;
    int recreated = 0;
    int skipped = 0;
    int failed = 0;
    int unknown = 0;
    List<String> allNotes = new java.util.ArrayList<>(notes);
    for (ActionOutcome o : outcomes) {
      if (o.did(ActionOutcome.ALREADY_THERE)) {
        allNotes.add("'" + o.action().agent() + "' was already on " + pp.platform().id() + " when it was to be created (it "
            + "appeared after the plan was made); it was not created again");
      }
      boolean gone = o.did(ActionOutcome.REMOVED) || o.did(ActionOutcome.ALREADY_GONE);
      switch (o.action().type()) {
        case CREATE:
          created += o.did(ActionOutcome.CREATED) ? 1 : 0;
          skipped += o.did(ActionOutcome.ALREADY_THERE) ? 1 : 0;
          break;
        case UPDATE:
          updated += o.did(ActionOutcome.UPDATED) ? 1 : 0;
          break;
        case REMOVE:
          removed += gone ? 1 : 0;
          break;
        case RECREATE:
          if (o.did(ActionOutcome.CREATED)) {
            recreated++;
          } else if (gone) {
            removed++;
          }
          skipped += o.did(ActionOutcome.ALREADY_THERE) ? 1 : 0;
          break;
        default:
          break;
      }
      if (o.status() == ActionStatus.UNKNOWN) {
        unknown++;
      } else if (!o.ok()) {
        failed++;
      }
    }
    int notStarted = pp.actions().size() - outcomes.size();
    SyncException first = error;
    if (first == null) {
      ActionOutcome f = outcomes.stream().filter(o -> !o.ok()).findFirst().orElse(null);
      if (f != null) {
        Throwable cause = f.failure();
        first = new ActionFailedException(pp.platform(), f.action(), pp.platform().id() + ": " + f.describe()
            + (failed + unknown > 1 ? " (and " + (failed + unknown - 1) + " more; see the result's failures)" : ""), cause);
      }
    }
    return new PlatformResult(pp.platform(), created, updated, removed, recreated, skipped, failed, unknown, notStarted,
        outcomes, allNotes, pp.drift(), first);
  }
}
