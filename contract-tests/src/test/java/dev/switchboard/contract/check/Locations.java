package dev.switchboard.contract.check;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the checks find the pacts and the specs (set by failsafe; defaults for an IDE run). */
final class Locations {
  private Locations() {}

  static Path pactsDir() {
    return Path.of(System.getProperty("pact.rootDir", "target/pacts")).toAbsolutePath();
  }

  static Path specsDir() {
    String configured = System.getProperty("switchboard.specs.dir");
    if (configured != null) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("specs"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no specs/ folder above " + Path.of("").toAbsolutePath());
    }
    return dir.resolve("specs");
  }
}
