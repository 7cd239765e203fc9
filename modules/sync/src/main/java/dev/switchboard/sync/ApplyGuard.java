package dev.switchboard.sync;

import java.util.ArrayList;
import java.util.List;

/**
 * The refusal of a destructive plan that was not confirmed, before any request: removes and
 * recreates need {@link ApplyOptions#confirmRemovals()}, deleting more than the mass-delete share
 * of a platform's agents also {@link ApplyOptions#allowMassDelete()}.
 */
final class ApplyGuard {
  private ApplyGuard() {}

  /** @throws ConfirmationRequiredException naming each platform's deletions; nothing was sent */
  static void check(Plan plan, ApplyOptions options, double massDeleteShare) {
    List<String> destructive = new ArrayList<>();
    List<String> mass = new ArrayList<>();
    for (PlatformPlan p : plan.platforms()) {
      int removes = p.count(ActionType.REMOVE);
      int recreates = p.count(ActionType.RECREATE);
      if (removes + recreates > 0) {
        destructive.add(p.platform().id() + ": " + (removes > 0 ? "remove " + removes : "")
            + (removes > 0 && recreates > 0 ? ", " : "") + (recreates > 0 ? "recreate " + recreates : ""));
      }
      if (p.agentsRead() > 0 && p.deletions() > massDeleteShare * p.agentsRead()) {
        mass.add(p.platform().id() + ": " + p.deletions() + " of " + p.agentsRead() + " agents");
      }
    }
    if (!destructive.isEmpty() && !options.confirmRemovals()) {
      throw new ConfirmationRequiredException("the plan deletes agents (" + String.join("; ", destructive)
          + ") and that was not confirmed; nothing was sent", false);
    }
    if (!mass.isEmpty() && !options.allowMassDelete()) {
      throw new ConfirmationRequiredException("the plan deletes more than " + Math.round(massDeleteShare * 100)
          + "% of a platform's agents (" + String.join("; ", mass) + ") and mass deletion was not allowed; nothing was sent",
          true);
    }
  }
}
