package dev.switchboard.runtime.internal;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built on first use, once, whichever thread asks first. The platform clients keep their
 * asynchronous twins behind it: a program that never calls the async API (the CLI, a first
 * synchronous call) should not build one before its first request (issue 26, "a faster first
 * call"; it mattered most while clients were Feign proxies, whose building read every method). An exception while building is
 * thrown to the caller and the next call tries again.
 *
 * @param <T> the value's type
 */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<? extends T> build;
  private volatile T value;

  private Lazy(Supplier<? extends T> build) {
    this.build = build;
  }

  /**
   * @param build makes the value; called at most once unless it throws
   * @param <T> the value's type
   * @return the lazy value
   */
  public static <T> Lazy<T> of(Supplier<? extends T> build) {
    return new Lazy<>(Objects.requireNonNull(build, "build"));
  }

  /** @return the value, built now if this is the first call */
  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(build.get(), "built value");
          value = v;
        }
      }
    }
    return v;
  }

  /** @return whether the value has been built: for tests of what a first call builds */
  public boolean isBuilt() {
    return value != null;
  }
}
