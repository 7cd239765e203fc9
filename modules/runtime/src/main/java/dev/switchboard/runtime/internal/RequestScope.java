package dev.switchboard.runtime.internal;

import dev.switchboard.runtime.http.RequestOptions;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * How {@link RequestOptions} reach the pipeline: an overload that takes options runs the plain
 * method inside a scope, and the client's invocation handler reads the scope when the call starts,
 * on the caller's thread, and keeps it with the call. Work that continues on another thread (a
 * listing's later pages, an async operation's next request) re-enters the scope it captured, so
 * one operation's requests share one deadline measured from its call.
 */
public final class RequestScope {
  private static final ThreadLocal<RequestScope> CURRENT = new ThreadLocal<>();

  private final RequestOptions options;
  /** {@link System#nanoTime()} at which the timeout ends; meaningful only with a timeout. */
  private final long deadlineNanos;

  private RequestScope(RequestOptions options) {
    this.options = options;
    this.deadlineNanos = options.timeout() == null ? 0 : System.nanoTime() + options.timeout().toNanos();
  }

  /**
   * @param options the options (null: none)
   * @param action the operation
   * @param <T> its result
   * @return its result
   */
  public static <T> T call(RequestOptions options, Supplier<T> action) {
    return within(new RequestScope(options == null ? RequestOptions.NONE : options), action);
  }

  /**
   * @param options the options (null: none)
   * @param action the operation
   */
  public static void run(RequestOptions options, Runnable action) {
    call(options, () -> {
      action.run();
      return null;
    });
  }

  /** @return the scope of the operation running on this thread, or null */
  public static RequestScope current() {
    return CURRENT.get();
  }

  /**
   * Runs work of an operation inside the scope it captured.
   *
   * @param scope a captured scope, or null to leave this thread's as it is
   * @param action the work
   * @param <T> its result
   * @return its result
   */
  public static <T> T within(RequestScope scope, Supplier<T> action) {
    if (scope == null) {
      return action.get();
    }
    RequestScope outer = CURRENT.get();
    CURRENT.set(scope);
    try {
      return action.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /** @return the options */
  public RequestOptions options() {
    return options;
  }

  /** @return the time left before the timeout (zero or less when it has passed), or null without one */
  public Duration remaining() {
    return options.timeout() == null ? null : Duration.ofNanos(deadlineNanos - System.nanoTime());
  }
}
