package dev.switchboard.facade;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * One field of an {@link AgentUpdate}: leave it unchanged, set it, or clear it.
 *
 * @param <T> the field type
 */
public final class Change<T> {
  private static final Change<?> UNCHANGED = new Change<>(false, null);
  private static final Change<?> CLEAR = new Change<>(true, null);

  private final boolean touched;
  private final T value;

  private Change(boolean touched, T value) {
    this.touched = touched;
    this.value = value;
  }

  /**
   * @param <T> the field type
   * @return "leave as is"
   */
  @SuppressWarnings("unchecked")
  public static <T> Change<T> unchanged() {
    return (Change<T>) UNCHANGED;
  }

  /**
   * @param value the new value, not null (use {@link #clear()} to remove a value)
   * @param <T> the field type
   * @return "set to value"
   */
  public static <T> Change<T> set(T value) {
    return new Change<>(true, Objects.requireNonNull(value, "value; use Change.clear() to remove a value"));
  }

  /**
   * @param <T> the field type
   * @return "remove the value"
   */
  @SuppressWarnings("unchecked")
  public static <T> Change<T> clear() {
    return (Change<T>) CLEAR;
  }

  /**
   * @return whether the field changes at all
   */
  public boolean isChanged() {
    return touched;
  }

  /**
   * @return whether the field is cleared
   */
  public boolean isClear() {
    return touched && value == null;
  }

  /**
   * @return the new value; null when unchanged or cleared
   */
  public T value() {
    return value;
  }

  /**
   * Runs {@code apply} with the new value (null for a clear) when the field changes.
   *
   * @param apply what to do with it
   */
  public void ifChanged(Consumer<T> apply) {
    if (touched) {
      apply.accept(value);
    }
  }

  @Override
  public String toString() {
    return !touched ? "unchanged" : value == null ? "clear" : "set(" + value + ")";
  }
}
