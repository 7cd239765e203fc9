package dev.switchboard.sync;

import dev.switchboard.facade.Platform;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The changes that make each platform match a roster, as {@link SyncEngine#plan(Roster)} found them:
 * per platform the actions, the notes, the drift it cannot fix and a fingerprint of what it read.
 * Immutable; {@link #toJson()} and {@link #fromJson(String)} carry it to a later
 * {@link SyncEngine#apply(Plan, ApplyOptions)}, even in another process.
 *
 * @param formatVersion the JSON format's version ({@value #FORMAT_VERSION})
 * @param createdAt when it was planned (ISO-8601)
 * @param roster where the roster came from
 * @param platforms one entry per platform, in the roster's order
 */
public record Plan(int formatVersion, String createdAt, String roster, List<PlatformPlan> platforms) {
  /** The JSON format this library writes and reads. */
  public static final int FORMAT_VERSION = 1;

  /**
   * @param formatVersion the format version
   * @param createdAt when planned
   * @param roster the roster's source
   * @param platforms per platform
   */
  public Plan {
    Objects.requireNonNull(createdAt, "createdAt");
    platforms = List.copyOf(Objects.requireNonNull(platforms, "platforms")); // the name is what a bad plan file lacks
  }

  /**
   * @param platform a platform
   * @return its part of the plan, if the roster manages it
   */
  public Optional<PlatformPlan> platform(Platform platform) {
    return platforms.stream().filter(p -> p.platform().equals(platform)).findFirst();
  }

  /**
   * @return how many actions the plan has on all platforms
   */
  public int actionCount() {
    return platforms.stream().mapToInt(p -> p.actions().size()).sum();
  }

  /**
   * @param type an action type
   * @return how many actions of that type the plan has on all platforms
   */
  public int count(ActionType type) {
    return platforms.stream().mapToInt(p -> p.count(type)).sum();
  }

  /**
   * @return whether nothing needs to change anywhere (drift and notes aside) and every platform was read
   */
  @com.fasterxml.jackson.annotation.JsonIgnore
  public boolean isEmpty() {
    return actionCount() == 0 && platforms.stream().allMatch(p -> p.error() == null);
  }

  /**
   * @return the plan as JSON (no secrets: platform ids, agent names, emails and ids only)
   */
  public String toJson() {
    return PlanFile.write(this);
  }

  /**
   * @param json what {@link #toJson()} wrote
   * @return the plan
   * @throws IllegalArgumentException if it is not a plan of this format; the message says what is
   *     wrong in the plan file's terms (the field's path, line and column), e.g. {@code not a
   *     Switchboard plan file: line 3, column 17: field 'platforms' must be a list}
   */
  public static Plan fromJson(String json) {
    return PlanFile.read(Objects.requireNonNull(json, "json"));
  }
}
