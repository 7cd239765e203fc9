package dev.switchboard.sync;

import dev.switchboard.facade.Platform;
import java.time.Duration;

/**
 * Hears what {@link SyncEngine#apply(Plan, ApplyOptions)} does, e.g. to draw progress. Called from
 * the engine's worker threads, possibly at the same time: implementations must be thread-safe and quick.
 */
public interface SyncListener {
  /** A listener that ignores everything. */
  SyncListener NONE = new SyncListener() { };

  /**
   * The apply starts.
   *
   * @param plan the plan
   * @param totalActions how many actions it will try
   */
  default void started(Plan plan, int totalActions) {}

  /**
   * An action ended.
   *
   * @param platform where
   * @param action the action
   * @param failure why it failed, or null when it succeeded (or was skipped because the agent appeared meanwhile)
   */
  default void actionFinished(Platform platform, PlannedAction action, Throwable failure) {}

  /**
   * The rate limiter holds a platform's next request.
   *
   * @param platform where
   * @param wait how long
   * @param reason {@code rate limit} (the client-side limiter) or {@code Retry-After} (the platform answered 429)
   */
  default void waiting(Platform platform, Duration wait, String reason) {}

  /**
   * A platform is done.
   *
   * @param result what happened there
   */
  default void platformFinished(PlatformResult result) {}
}
