package dev.switchboard.sync;

import dev.switchboard.facade.Platform;
import java.util.List;
import java.util.Optional;

/**
 * What {@link SyncEngine#apply(Plan, ApplyOptions)} did, per platform.
 *
 * @param platforms one result per platform of the plan, in its order
 */
public record ApplyResult(List<PlatformResult> platforms) {
  /**
   * @param platforms per platform
   */
  public ApplyResult {
    platforms = List.copyOf(platforms);
  }

  /**
   * @return whether every platform succeeded
   */
  public boolean ok() {
    return platforms.stream().allMatch(PlatformResult::ok);
  }

  /**
   * @param platform a platform
   * @return its result, if the plan had it
   */
  public Optional<PlatformResult> platform(Platform platform) {
    return platforms.stream().filter(r -> r.platform().equals(platform)).findFirst();
  }
}
