package dev.switchboard.sync;

import dev.switchboard.facade.Platform;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SyncEngine#apply(Plan, ApplyOptions)} did on one platform.
 *
 * @param platform the platform
 * @param created agents created
 * @param updated agents changed in place
 * @param removed agents removed
 * @param recreated agents removed and created again (new ids)
 * @param skipped planned creates not sent because an agent with that key had appeared meanwhile
 * @param notes the plan's notes for this platform, and what happened besides
 * @param drift the plan's drift for this platform
 * @param error why the platform failed or was refused ({@link StalePlanException},
 *     {@link ActionFailedException}, or a {@link SyncException} for a platform that could not be planned), or null
 */
public record PlatformResult(Platform platform, int created, int updated, int removed, int recreated, int skipped,
    List<String> notes, List<Drift> drift, SyncException error) {
  /**
   * @param platform the platform
   * @param created created
   * @param updated updated
   * @param removed removed
   * @param recreated recreated
   * @param skipped creates not sent
   * @param notes notes
   * @param drift drift
   * @param error the failure, or null
   */
  public PlatformResult {
    Objects.requireNonNull(platform, "platform");
    notes = List.copyOf(notes);
    drift = List.copyOf(drift);
  }

  /**
   * @return whether every planned action on this platform succeeded
   */
  public boolean ok() {
    return error == null;
  }

  /**
   * @return the failure, if the platform failed
   */
  public Optional<SyncException> failure() {
    return Optional.ofNullable(error);
  }
}
