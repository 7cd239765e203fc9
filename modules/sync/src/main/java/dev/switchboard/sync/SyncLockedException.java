package dev.switchboard.sync;

import dev.switchboard.facade.Platform;

/**
 * Another sync holds the {@link SyncLock} of a platform account and did not let go in time: nothing
 * was read from or sent to that platform by this sync.
 */
public final class SyncLockedException extends SyncException {
  private static final long serialVersionUID = 1L;

  /**
   * @param platform the platform
   * @param message who holds it, as far as the lock knows, and for how long this sync waited
   */
  public SyncLockedException(Platform platform, String message) {
    super(platform, message, null);
  }
}
