package dev.switchboard.sync;

import dev.switchboard.facade.Platform;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The engine's {@link SyncLock} per platform account: the key of each platform (its account as
 * named by {@link SyncEngine.Builder#account}), and taking a lock within the engine's lock wait.
 */
final class AccountLocks {
  private final SyncLock lock;
  private final Duration lockWait;
  private final Map<Platform, String> accounts;

  AccountLocks(SyncLock lock, Duration lockWait, Map<Platform, String> accounts) {
    this.lock = lock;
    this.lockWait = lockWait;
    this.accounts = Map.copyOf(accounts);
  }

  /**
   * @return the lock, taken within the engine's lock wait
   * @throws SyncLockedException when another sync held it all that time
   */
  SyncLock.Held take(SyncLock.Key key) {
    Platform p = key.platform();
    try {
      Optional<SyncLock.Held> held = lock.acquire(key, lockWait);
      if (held.isPresent()) {
        return held.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SyncLockedException(p, p.id() + ": interrupted while waiting for another sync of this account");
    }
    throw new SyncLockedException(p, "another sync of " + p.id() + (key.account().isEmpty() ? "" : " (" + key.account() + ")")
        + " is running (" + lock.holder(key) + ")" + (lockWait.isZero() ? "" : " and did not finish within "
        + lockWait.toSeconds() + " s") + ": nothing was read or sent there by this sync");
  }

  /** @return whether the lock keeps out every sync of an account (see {@link SyncLock#excludesEverySync()}) */
  boolean excludesEverySync() {
    return lock.excludesEverySync();
  }

  SyncLock.Key key(Platform p) {
    return new SyncLock.Key(p, accounts.getOrDefault(p, ""));
  }
}
