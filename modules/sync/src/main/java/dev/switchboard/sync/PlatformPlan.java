package dev.switchboard.sync;

import dev.switchboard.facade.Platform;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link Plan} does on one platform, and what it read there.
 *
 * @param platform the platform
 * @param agentsRead how many agents the platform had when it was read
 * @param fingerprint a digest of the agents read (ids, names, emails, roles); {@link SyncEngine#apply}
 *     refuses the plan on this platform when a fresh read differs. Null when the platform could not be read.
 * @param actions the changes, in the order they were planned
 * @param notes roster values the platform cannot store, and other things the reader should know
 * @param drift differences the sync cannot fix on this platform
 * @param error why the platform could not be planned (not configured, could not be read), or null
 */
public record PlatformPlan(Platform platform, int agentsRead, String fingerprint, List<PlannedAction> actions,
    List<String> notes, List<Drift> drift, String error) {
  /**
   * @param platform the platform
   * @param agentsRead agents read
   * @param fingerprint digest of what was read
   * @param actions changes
   * @param notes notes
   * @param drift unfixable differences
   * @param error why it could not be planned
   */
  public PlatformPlan {
    Objects.requireNonNull(platform, "platform");
    // Named, so a plan file that lacks one is told which (List.copyOf(null) names nothing).
    actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
    notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    drift = List.copyOf(Objects.requireNonNull(drift, "drift"));
  }

  /**
   * @param type an action type
   * @return how many actions of that type the plan has here
   */
  public int count(ActionType type) {
    return (int) actions.stream().filter(a -> a.type() == type).count();
  }

  /**
   * @return why the platform could not be planned, if it could not
   */
  public Optional<String> failure() {
    return Optional.ofNullable(error);
  }

  /**
   * @return how many existing agents the plan deletes here (removes and recreates)
   */
  public int deletions() {
    return count(ActionType.REMOVE) + count(ActionType.RECREATE);
  }
}
