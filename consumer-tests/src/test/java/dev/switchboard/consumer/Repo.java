package dev.switchboard.consumer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the repository, seen from consumer-tests/ (where surefire runs). */
final class Repo {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private Repo() {}

  static String read(String relative) {
    try {
      return Files.readString(ROOT.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The version this build makes, passed by the root POM's surefire configuration. */
  static String version() {
    String v = System.getProperty("switchboard.expected.version");
    if (v == null || v.isBlank()) {
      throw new IllegalStateException("switchboard.expected.version is not set (run through Maven)");
    }
    return v;
  }
}
