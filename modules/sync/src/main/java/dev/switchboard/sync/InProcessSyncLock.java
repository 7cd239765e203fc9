package dev.switchboard.sync;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@link SyncLock#inProcess()}: one permit per key in this JVM. A semaphore rather than a
 * {@code ReentrantLock}, since {@link SyncEngine#sync} may take the lock on the caller's thread
 * and a platform's apply runs on a worker thread.
 */
final class InProcessSyncLock implements SyncLock {
  /** One permit per key for the whole JVM, whichever of the two instances takes it. */
  private static final Map<String, Semaphore> PERMITS = new ConcurrentHashMap<>();
  static final InProcessSyncLock INSTANCE = new InProcessSyncLock(false);
  static final InProcessSyncLock ONLY_SYNCER = new InProcessSyncLock(true);

  private final Map<String, Semaphore> permits = PERMITS;
  private final boolean onlySyncer;

  private InProcessSyncLock(boolean onlySyncer) {
    this.onlySyncer = onlySyncer;
  }

  @Override
  public boolean excludesEverySync() {
    return onlySyncer;
  }

  @Override
  public Optional<Held> acquire(Key key, Duration wait) throws InterruptedException {
    Semaphore s = permits.computeIfAbsent(key.name(), k -> new Semaphore(1));
    if (!s.tryAcquire(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS)) {
      return Optional.empty();
    }
    AtomicBoolean released = new AtomicBoolean();
    return Optional.of(() -> {
      if (released.compareAndSet(false, true)) {
        s.release();
      }
    });
  }

  @Override
  public String holder(Key key) {
    return "another sync in this process";
  }
}
