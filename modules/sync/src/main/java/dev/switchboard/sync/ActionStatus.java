package dev.switchboard.sync;

/** How one {@link PlannedAction} ended (see {@link ActionOutcome}). */
public enum ActionStatus {
  /** Its effect is on the platform: the platform said so, or a re-read after an unclear answer showed it. */
  APPLIED,
  /** Its effect is not on the platform: refused, never sent, or a re-read after an unclear answer showed it missing. */
  FAILED,
  /**
   * It was sent and its answer was lost or never came (a connection failure or timeout after
   * sending, a 5xx), and the re-read after the actions could not tell whether it took effect.
   * Check the platform before anything else is done to that agent.
   */
  UNKNOWN
}
