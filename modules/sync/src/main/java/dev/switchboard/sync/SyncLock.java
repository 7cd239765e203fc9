package dev.switchboard.sync;

import dev.switchboard.facade.Platform;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One sync at a time per platform account. {@link SyncEngine} takes this lock for each platform
 * around what must not interleave with another sync of the same account: from the read that
 * plans (in {@link SyncEngine#sync}) or the read that checks a plan (in {@link SyncEngine#apply})
 * to the last action. Without it, two syncs of one roster started at once both see an agent
 * missing and both create it; a platform with no unique key (bcrumbs, for one) then keeps both.
 *
 * <p>The default, {@link #inProcess()}, only covers one JVM. Across processes and hosts plug in one
 * that is shared as widely as the syncs are: the CLI uses a file lock in the user's cache directory,
 * and the Spring Boot starter ShedLock's {@code LockProvider} when the application has one.
 * Implementations must be thread-safe; a {@link Held} may be released from another thread than
 * the one that took it.
 */
public interface SyncLock {
  /**
   * What is locked: one account on one platform.
   *
   * @param platform the platform
   * @param account which account there, in words that carry no secret (e.g. its URL and account
   *     or workspace id); empty when the engine was not told ({@link SyncEngine.Builder#account})
   */
  record Key(Platform platform, String account) {
    /**
     * @param platform the platform
     * @param account the account, never a credential
     */
    public Key {
      Objects.requireNonNull(platform, "platform");
      account = account == null ? "" : account;
    }

    /**
     * @return a name for the lock, e.g. {@code switchboard-sync:bird:https://api.bird.com|ws-1}
     */
    public String name() {
      return "switchboard-sync:" + platform.id() + (account.isEmpty() ? "" : ":" + account);
    }
  }

  /** A lock taken; closing it lets the next sync in. Closing twice does nothing more. */
  interface Held extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Takes the lock, waiting at most {@code wait} for another holder to let go.
   *
   * @param key what to lock
   * @param wait how long to wait; {@link Duration#ZERO} to try once
   * @return the lock, or empty when another holder kept it for all of {@code wait}
   * @throws InterruptedException if the thread was interrupted while waiting
   */
  Optional<Held> acquire(Key key, Duration wait) throws InterruptedException;

  /**
   * @param key a lock
   * @return who holds it, in words for a message (e.g. {@code pid 4242 on host-a since 10:02:11Z}),
   *     or {@code another sync} when the lock cannot tell
   */
  default String holder(Key key) {
    return "another sync";
  }

  /**
   * Whether every sync that could write to a locked account takes this same lock: all processes and
   * hosts that sync it. Then, after the fresh read that checks a plan under the lock, nothing but
   * a writer outside Switchboard can add an agent before the creates, and the engine creates
   * without asking the platform once more per agent (half the requests of an onboarding). False
   * by default: a lock that cannot vouch for every syncer keeps that check.
   *
   * @return true only when no sync of a locked account can run outside this lock
   */
  default boolean excludesEverySync() {
    return false;
  }

  /**
   * A platform account in words without secrets, from the settings its directory is built from:
   * its URL ({@code default URL} when unset) and the platform's required settings that are not
   * credentials (account, workspace, chatbot ids). For {@link SyncEngine.Builder#account}.
   *
   * @param settings the settings ({@code SWITCHBOARD_*} keys)
   * @param platform an installed platform
   * @return e.g. {@code https://chat.example.com|ACCOUNT=42}
   */
  static String account(dev.switchboard.facade.spi.Settings settings, Platform platform) {
    StringBuilder s = new StringBuilder(settings.get(dev.switchboard.facade.spi.Settings.key(platform, "URL"))
        .orElse("default URL"));
    for (dev.switchboard.facade.spi.PlatformProvider provider : dev.switchboard.facade.spi.Platforms.installed()) {
      if (!provider.platform().equals(platform)) {
        continue;
      }
      for (dev.switchboard.facade.spi.PlatformProvider.Setting setting : provider.settings()) {
        if (setting.required() && !setting.credential()) {
          settings.get(dev.switchboard.facade.spi.Settings.key(platform, setting.name()))
              .ifPresent(v -> s.append('|').append(setting.name()).append('=').append(v));
        }
      }
    }
    return s.toString();
  }

  /**
   * @return the lock shared by every engine in this JVM (the default): applies on the same platform
   *     account take turns within the process, and nothing more
   */
  static SyncLock inProcess() {
    return InProcessSyncLock.INSTANCE;
  }

  /**
   * The in-process lock, declared to exclude every sync: for an application that is the only
   * syncer of its accounts (one instance, no CLI or cron job syncing the same accounts). Its
   * creates skip the per-create check ({@link #excludesEverySync()}); if another process does sync
   * the same account at the same time, agents may be created twice.
   *
   * @return the lock shared by every engine in this JVM, declaring this process the only syncer
   */
  static SyncLock inProcessOnlySyncer() {
    return InProcessSyncLock.ONLY_SYNCER;
  }
}
