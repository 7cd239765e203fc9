package dev.switchboard.sync;

import dev.switchboard.facade.Platform;

/**
 * A platform's agents changed between planning and applying (Terraform's stale-plan rule): the plan
 * was not applied there. Plan again.
 */
public final class StalePlanException extends SyncException {
  private static final long serialVersionUID = 1L;

  /**
   * @param platform the platform that changed
   * @param message what differs
   */
  public StalePlanException(Platform platform, String message) {
    super(platform, message, null);
  }
}
