package dev.switchboard.sync;

import dev.switchboard.facade.Platform;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How {@link SyncEngine#plan(Roster, PlanOptions)} plans: {@link #DEFAULTS}, changed with
 * {@link #onlyPlatforms} and {@link #keepExtra(boolean)}. A class, not a record, so a new option is
 * a new method, never a new constructor argument.
 */
public final class PlanOptions {
  /** Every roster platform; extra agents are removed. */
  public static final PlanOptions DEFAULTS = new PlanOptions(Set.of(), false);

  private final Set<Platform> platforms;
  private final boolean keepExtra;

  private PlanOptions(Set<Platform> platforms, boolean keepExtra) {
    this.platforms = Set.copyOf(new LinkedHashSet<>(platforms));
    this.keepExtra = keepExtra;
  }

  /** @return only these of the roster's platforms (empty: all of them) */
  public Set<Platform> platforms() {
    return platforms;
  }

  /** @return whether agents missing from the roster are kept (no remove actions) */
  public boolean keepExtra() {
    return keepExtra;
  }

  /**
   * @param values only these platforms
   * @return a copy planning only them
   */
  public PlanOptions onlyPlatforms(Platform... values) {
    return onlyPlatforms(List.of(values));
  }

  /**
   * @param values only these platforms (empty: all of the roster's)
   * @return a copy planning only them
   */
  public PlanOptions onlyPlatforms(Collection<Platform> values) {
    return new PlanOptions(Set.copyOf(values), keepExtra);
  }

  /**
   * @param value whether to keep agents missing from the roster
   * @return a copy with that setting
   */
  public PlanOptions keepExtra(boolean value) {
    return new PlanOptions(platforms, value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanOptions p && p.platforms.equals(platforms) && p.keepExtra == keepExtra;
  }

  @Override
  public int hashCode() {
    return platforms.hashCode() * 31 + Boolean.hashCode(keepExtra);
  }

  @Override
  public String toString() {
    return "PlanOptions[platforms=" + platforms + ", keepExtra=" + keepExtra + "]";
  }
}
