package dev.switchboard.facade;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Runs the same behavioural test through the sync API and through the async twin. */
enum Mode {
  SYNC,
  ASYNC;

  /** @return the directory's operations, in this mode */
  Ops on(AgentDirectory d) {
    return new Ops(this, d);
  }

  static final class Ops {
    private final Mode mode;
    private final AgentDirectory d;

    Ops(Mode mode, AgentDirectory d) {
      this.mode = mode;
      this.d = d;
    }

    List<Agent> list(AgentQuery q) {
      return mode == SYNC ? d.list(q).stream().collect(Collectors.toList()) : join(() -> d.listAsync(q));
    }

    Agent get(String id) {
      return mode == SYNC ? d.get(id) : join(() -> d.getAsync(id));
    }

    Agent create(NewAgent a) {
      return mode == SYNC ? d.create(a) : join(() -> d.createAsync(a));
    }

    Agent update(String id, AgentUpdate u) {
      return mode == SYNC ? d.update(id, u) : join(() -> d.updateAsync(id, u));
    }

    void delete(String id) {
      if (mode == SYNC) {
        d.delete(id);
      } else {
        join(() -> d.deleteAsync(id));
      }
    }

    Availability availability(String id) {
      return mode == SYNC ? d.availability(id) : join(() -> d.availabilityAsync(id));
    }

    void setAvailability(String id, Availability a) {
      if (mode == SYNC) {
        d.setAvailability(id, a);
      } else {
        join(() -> d.setAvailabilityAsync(id, a));
      }
    }

    /** An async failure surfaces as the same exception the sync call throws. */
    private static <T> T join(Supplier<CompletableFuture<T>> call) {
      try {
        return call.get().join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof RuntimeException) {
          throw (RuntimeException) e.getCause();
        }
        throw e;
      }
    }
  }
}
