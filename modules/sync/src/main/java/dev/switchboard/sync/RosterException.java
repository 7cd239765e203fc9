package dev.switchboard.sync;

import java.util.List;

/**
 * The roster cannot be used: it is not valid YAML, does not match {@code roster.schema.json}, or
 * asks a platform for something its description rules out. Thrown before any request is sent.
 * Every problem starts with {@code file:line:}.
 */
public final class RosterException extends SyncException {
  private static final long serialVersionUID = 1L;
  private final List<String> problems;

  /**
   * @param problems what is wrong, each starting with {@code file:line:}
   */
  public RosterException(List<String> problems) {
    super(null, String.join("\n", problems), null);
    this.problems = List.copyOf(problems);
  }

  /**
   * @return every problem found, in the order of the file
   */
  public List<String> problems() {
    return problems;
  }
}
