package dev.switchboard.facade;

import dev.switchboard.runtime.error.SwitchboardException;

/** The platform cannot do this at all; see {@link AgentDirectory#capabilities()}. Nothing was sent. */
public class UnsupportedCapabilityException extends SwitchboardException {
  private static final long serialVersionUID = 1L;

  /**
   * @param platform the platform
   * @param operation what was asked, e.g. {@code "delete"} or {@code "update.email"}
   * @param why what the platform offers instead, or why not
   */
  public UnsupportedCapabilityException(Platform platform, String operation, String why) {
    super(platform.id(), operation, platform.id() + " does not support " + operation + ": " + why, null);
  }
}
