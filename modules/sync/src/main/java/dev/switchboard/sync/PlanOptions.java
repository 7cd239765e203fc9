package dev.switchboard.sync;

import dev.switchboard.facade.Platform;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How {@link SyncEngine#plan(Roster, PlanOptions)} plans.
 *
 * @param platforms only these of the roster's platforms (empty: all of them)
 * @param keepExtra whether agents missing from the roster are kept (no remove actions)
 */
public record PlanOptions(Set<Platform> platforms, boolean keepExtra) {
  /** Every roster platform; extra agents are removed. */
  public static final PlanOptions DEFAULTS = new PlanOptions(Set.of(), false);

  /**
   * @param platforms only these platforms
   * @param keepExtra keep agents missing from the roster
   */
  public PlanOptions {
    platforms = Set.copyOf(new LinkedHashSet<>(platforms));
  }

  /**
   * @param values only these platforms
   * @return a copy planning only them
   */
  public PlanOptions onlyPlatforms(Platform... values) {
    return new PlanOptions(Set.copyOf(List.of(values)), keepExtra);
  }

  /**
   * @param value whether to keep agents missing from the roster
   * @return a copy with that setting
   */
  public PlanOptions keepExtra(boolean value) {
    return new PlanOptions(platforms, value);
  }
}
