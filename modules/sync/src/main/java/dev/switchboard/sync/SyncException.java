package dev.switchboard.sync;

import dev.switchboard.facade.Platform;
import java.util.Optional;

/**
 * The base of the sync library's exceptions. Messages carry no secrets: they name the platform,
 * the agent and what happened, and a cause is a {@link dev.switchboard.runtime.error.SwitchboardException}
 * (already redacted by the runtime) or whatever an application's own directory threw.
 */
public class SyncException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient Platform platform;

  /**
   * @param platform the platform concerned, or null when the problem is not one platform's
   * @param message what happened
   * @param cause the underlying failure, or null
   */
  public SyncException(Platform platform, String message, Throwable cause) {
    super(message, cause);
    this.platform = platform;
  }

  /**
   * @return the platform concerned, if the problem is one platform's
   */
  public Optional<Platform> platform() {
    return Optional.ofNullable(platform);
  }
}
