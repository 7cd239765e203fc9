package dev.switchboard.facade;

import dev.switchboard.runtime.error.SwitchboardException;
import java.util.Locale;

/**
 * The platform cannot do this at all; see {@link AgentDirectory#capabilities()}. Nothing was sent.
 * The message says it in words a user reads on the command line, e.g. {@code chatcaptain cannot
 * set availability (its API has no such operation)}; {@link #operation()} keeps the machine name
 * ({@code set_availability}, {@code update.email}).
 */
public class UnsupportedCapabilityException extends SwitchboardException {
  private static final long serialVersionUID = 1L;

  /**
   * @param platform the platform
   * @param operation what was asked, e.g. {@code "delete"} or {@code "update.email"}; a capability's
   *     name or {@code update.<field>} is put into words, anything else is shown as given
   * @param why what the platform offers instead, or why not
   */
  public UnsupportedCapabilityException(Platform platform, String operation, String why) {
    this(platform, operation, words(operation), why);
  }

  /**
   * @param platform the platform
   * @param capability what it lacks
   * @param why why, e.g. {@code "its API has no such operation"}
   */
  public UnsupportedCapabilityException(Platform platform, Capability capability, String why) {
    this(platform, capability.name().toLowerCase(Locale.ROOT), words(capability), why);
  }

  /**
   * @param platform the platform
   * @param operation what was asked, for programs (e.g. {@code "set_availability"})
   * @param what what it cannot do, in words that follow "cannot", e.g. {@code "set another agent's availability"}
   * @param why what the platform offers instead, or why not
   */
  public UnsupportedCapabilityException(Platform platform, String operation, String what, String why) {
    super(platform.id(), operation, platform.id() + " cannot " + what + (why == null || why.isBlank() ? "" : " (" + why + ")"),
        null);
  }

  /** A capability as a verb phrase that follows "cannot". */
  private static String words(Capability capability) {
    switch (capability) {
      case LIST:
        return "list agents";
      case GET:
        return "read an agent";
      case CREATE:
        return "create agents";
      case UPDATE:
        return "change agents";
      case DELETE:
        return "remove agents";
      case GET_AVAILABILITY:
        return "read availability";
      case SET_AVAILABILITY:
        return "set availability";
      default:
        return capability.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /** The old operation strings ({@code delete}, {@code update.email}) in words; others as given. */
  private static String words(String operation) {
    if (operation.startsWith("update.")) {
      return "change an agent's " + operation.substring("update.".length());
    }
    for (Capability c : Capability.values()) {
      if (c.name().equalsIgnoreCase(operation)) {
        return words(c);
      }
    }
    return operation;
  }
}
