package dev.switchboard.contract.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

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

  /**
   * The pact providers, in file order: the keys of contract-tests/validator/providers.properties,
   * the one place they are listed (it also maps each to its spec for IndependentValidatorIT).
   */
  static List<String> providers() {
    Path file = specsDir().getParent().resolve("contract-tests/validator/providers.properties");
    try {
      return Files.readAllLines(file).stream().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#") && l.contains("="))
          .map(l -> l.substring(0, l.indexOf('=')).strip())
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
