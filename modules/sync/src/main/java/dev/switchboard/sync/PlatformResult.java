package dev.switchboard.sync;

import dev.switchboard.facade.Platform;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@link SyncEngine#apply(Plan, ApplyOptions)} did on one platform. The counts say what is on
 * the platform now, not what was asked: an action whose answer was lost is counted where the
 * re-read after the actions found its effect ({@link ActionOutcome#settled()}), and one the re-read
 * could not settle is counted in {@link #unknown()} only.
 *
 * @param platform the platform
 * @param created agents created (by creates)
 * @param updated agents changed in place
 * @param removed agents removed (a remove answered 404 counts: the agent is gone), and recreates
 *     whose create did not happen
 * @param recreated agents removed and created again (new ids)
 * @param skipped planned creates not sent because an agent with that key had appeared meanwhile
 * @param failed actions not applied, or applied only in part (e.g. created, availability not set)
 * @param unknown actions sent whose outcome is unknown: no answer, and the re-read could not tell
 * @param notStarted actions not started: an earlier one on this platform failed, or the platform was refused
 *     ({@link #error()}); the next sync plans them again
 * @param outcomes how each started action ended, in the order they ended
 * @param notes the plan's notes for this platform, and what happened besides
 * @param drift the plan's drift for this platform
 * @param error why the platform failed or was refused ({@link StalePlanException},
 *     {@link SyncLockedException}, or a {@link SyncException} for a platform that could not be
 *     planned or read); when actions failed, the first of them as an {@link ActionFailedException}
 *     (every one is in {@link #failures()}); or null
 */
public record PlatformResult(Platform platform, int created, int updated, int removed, int recreated, int skipped,
    int failed, int unknown, int notStarted, List<ActionOutcome> outcomes, List<String> notes, List<Drift> drift,
    SyncException error) {
  /**
   * @param platform the platform
   * @param created created
   * @param updated updated
   * @param removed removed
   * @param recreated recreated
   * @param skipped creates not sent
   * @param failed actions not (fully) applied
   * @param unknown actions whose outcome is unknown
   * @param notStarted actions not started
   * @param outcomes each started action's outcome
   * @param notes notes
   * @param drift drift
   * @param error the failure, or null
   */
  public PlatformResult {
    Objects.requireNonNull(platform, "platform");
    outcomes = List.copyOf(outcomes);
    notes = List.copyOf(notes);
    drift = List.copyOf(drift);
  }

  /**
   * A result without per-action outcomes (as before outcomes were reported).
   *
   * @param platform the platform
   * @param created created
   * @param updated updated
   * @param removed removed
   * @param recreated recreated
   * @param skipped creates not sent
   * @param notes notes
   * @param drift drift
   * @param error the failure, or null
   */
  public PlatformResult(Platform platform, int created, int updated, int removed, int recreated, int skipped,
      List<String> notes, List<Drift> drift, SyncException error) {
    this(platform, created, updated, removed, recreated, skipped, 0, 0, 0, List.of(), notes, drift, error);
  }

  /**
   * @return whether every planned action on this platform is applied, entirely
   */
  public boolean ok() {
    return error == null && failed == 0 && unknown == 0 && notStarted == 0;
  }

  /**
   * @return the failure, if the platform failed
   */
  public Optional<SyncException> failure() {
    return Optional.ofNullable(error);
  }

  /**
   * @return every action that did not end entirely applied (failed, partly applied, or unknown)
   */
  public List<ActionOutcome> failures() {
    return outcomes.stream().filter(o -> !o.ok()).collect(Collectors.toList());
  }
}
