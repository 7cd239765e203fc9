package dev.switchboard.cli;

import dev.switchboard.sync.Plan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a plan written by {@code sync --plan-out}, for {@code apply} and {@code show}. */
final class PlanFile {
  private PlanFile() {}

  /**
   * @return the plan
   * @throws Connection.Misconfigured naming the file and why it cannot be read or is no plan
   */
  static Plan read(Path file) throws Connection.Misconfigured {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Connection.Misconfigured("cannot read " + file + ": " + Messages.ioReason(e));
    }
    try {
      return Plan.fromJson(text);
    } catch (IllegalArgumentException e) {
      throw new Connection.Misconfigured(file + ": " + Messages.withoutClassNames(e.getMessage()));
    }
  }
}
