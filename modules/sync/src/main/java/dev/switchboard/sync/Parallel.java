package dev.switchboard.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/** The platforms of a plan or an apply run side by side, each on a daemon thread of its own. */
final class Parallel {
  private Parallel() {}

  /** Runs {@code work} on each item at once (in this thread when there is one) and returns the results in order. */
  static <T, R> List<R> forEach(List<T> items, java.util.function.Function<T, R> work) {
    if (items.size() <= 1) {
      return items.stream().map(work).collect(Collectors.toList());
    }
    ExecutorService pool = Executors.newFixedThreadPool(items.size(), daemon("switchboard-sync"));
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> work.apply(item)));
      }
      List<R> out = new ArrayList<>();
      for (Future<R> f : futures) {
        try {
          out.add(join(f));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new SyncException(null, "interrupted", e);
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Waits for work that catches everything it expects itself (per platform, per action): what
   * still escapes is rethrown, an Error as it is (not ours to hide), anything else wrapped.
   */
  static <R> R join(Future<R> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
  }

  static ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
