package dev.switchboard.sync;

import dev.switchboard.facade.Platform;

/**
 * One planned action failed on its platform; the platform's remaining actions were not started
 * (the next sync plans them again) and the other platforms went on. The cause is the directory's
 * exception: typed ({@link dev.switchboard.runtime.error.SwitchboardException}) or of any other kind.
 */
public final class ActionFailedException extends SyncException {
  private static final long serialVersionUID = 1L;
  private final PlannedAction action;

  /**
   * @param platform the platform
   * @param action the action that failed
   * @param message what happened
   * @param cause the directory's exception
   */
  public ActionFailedException(Platform platform, PlannedAction action, String message, Throwable cause) {
    super(platform, message, cause);
    this.action = action;
  }

  /**
   * @return the action that failed
   */
  public PlannedAction action() {
    return action;
  }
}
