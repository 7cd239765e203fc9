package dev.switchboard.sync;

import java.util.Objects;

/**
 * Where something in a roster was written: the file (or another source name) and the line, 1-based.
 *
 * @param source the file name, or a name the application gave the roster
 * @param line the line, 1-based, or 0 when the roster was built in code
 */
public record SourceLocation(String source, int line) {
  /**
   * @param source the file name
   * @param line the line
   */
  public SourceLocation {
    Objects.requireNonNull(source, "source");
  }

  /** {@code file:line}, as compilers print it. */
  @Override
  public String toString() {
    return line > 0 ? source + ":" + line : source;
  }
}
