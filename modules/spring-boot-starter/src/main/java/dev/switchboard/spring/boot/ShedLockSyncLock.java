package dev.switchboard.spring.boot;

import dev.switchboard.sync.SyncLock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

/**
 * A {@link SyncLock} over the application's ShedLock {@link LockProvider}: the lock its scheduled
 * jobs already use to run on one replica (a database table, Redis, ZooKeeper...), so syncs of one
 * platform account from every replica and host take turns. ShedLock only tries once, so a wait
 * is a poll every {@link #POLL} until the wait is over.
 *
 * <p>The lock's name is {@code switchboard-sync-<platform>-<digest of the account>}: short enough
 * for every provider's name column (JDBC's default is 64 characters), and without the account's
 * words, which stay out of a shared table. A lock is held at most {@code lockAtMostFor} (30
 * minutes by default): ShedLock's guard against a holder that died without letting go; a sync
 * longer than that could be joined by another one.
 */
public final class ShedLockSyncLock implements SyncLock {
  /** How often a waiting sync asks again. */
  static final Duration POLL = Duration.ofMillis(500);
  /** The default for {@code lockAtMostFor}. */
  public static final Duration DEFAULT_LOCK_AT_MOST_FOR = Duration.ofMinutes(30);

  private final LockProvider provider;
  private final Duration lockAtMostFor;

  /**
   * @param provider the application's lock provider
   * @param lockAtMostFor how long a lock lasts if its holder never lets go
   */
  public ShedLockSyncLock(LockProvider provider, Duration lockAtMostFor) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.lockAtMostFor = Objects.requireNonNull(lockAtMostFor, "lockAtMostFor");
  }

  /**
   * @param key a platform account
   * @return the name of its lock in ShedLock
   */
  public static String lockName(Key key) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.name().getBytes(StandardCharsets.UTF_8));
      return "switchboard-sync-" + key.platform().id() + "-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  @Override
  public Optional<Held> acquire(Key key, Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + Math.max(0, wait.toNanos());
    String name = lockName(key);
    while (true) {
      Optional<SimpleLock> lock = provider.lock(new LockConfiguration(Instant.now(), name, lockAtMostFor, Duration.ZERO));
      if (lock.isPresent()) {
        AtomicBoolean released = new AtomicBoolean();
        SimpleLock simple = lock.get();
        return Optional.of(() -> {
          if (released.compareAndSet(false, true)) {
            simple.unlock();
          }
        });
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return Optional.empty();
      }
      Thread.sleep(Math.max(1, Math.min(POLL.toMillis(), left / 1_000_000)));
    }
  }

  @Override
  public String holder(Key key) {
    return "another sync holds ShedLock lock " + lockName(key);
  }
}
