package dev.switchboard.cli;

import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.Platforms;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;

/**
 * The installed platforms as the command line sees them, and the converters and completion
 * candidates of the values options take (platforms, availabilities, shells), so a wrong value is
 * bad input at parse time (exit 2) and completion offers only values the command accepts.
 */
final class CliPlatforms {
  private CliPlatforms() {}

  /** The installed platforms, in classpath order, found once: converters, help and completion ask often. */
  private static volatile Map<Platform, PlatformProvider> installed;

  static Map<Platform, PlatformProvider> providers() {
    Map<Platform, PlatformProvider> found = installed;
    if (found == null) {
      Map<Platform, PlatformProvider> m = new LinkedHashMap<>();
      Platforms.installed().forEach(p -> m.put(p.platform(), p));
      found = Collections.unmodifiableMap(m);
      installed = found;
    }
    return found;
  }

  static List<Platform> platforms() {
    return List.copyOf(providers().keySet());
  }

  static Platform platform(String id) {
    for (Platform p : platforms()) {
      if (p.id().equalsIgnoreCase(id)) {
        return p;
      }
    }
    throw new CommandLine.TypeConversionException("unknown platform '" + id + "' (known: " + known() + ")");
  }

  /** The installed platforms' ids, as help texts and errors list them. */
  static String known() {
    return platforms().stream().map(Platform::id).collect(Collectors.joining(", "));
  }

  /** The values {@code --platform} takes: every installed platform (also its help text and shell completion). */
  static final class Ids implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return platforms().stream().map(Platform::id).iterator();
    }
  }

  /** Converts {@code --platform} values. */
  static final class PlatformConverter implements CommandLine.ITypeConverter<Platform> {
    @Override
    public Platform convert(String value) {
      return platform(value);
    }
  }

  /** The availabilities a user may set: not {@link Availability#UNKNOWN}, which only a platform can report. */
  static final class Availabilities implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("online", "away", "offline").iterator();
    }
  }

  /** Converts availability values. */
  static final class AvailabilityConverter implements CommandLine.ITypeConverter<Availability> {
    @Override
    public Availability convert(String s) {
      for (String name : new Availabilities()) {
        if (name.equalsIgnoreCase(s.strip())) {
          return Availability.valueOf(name.toUpperCase(Locale.ROOT));
        }
      }
      throw new CommandLine.TypeConversionException("availability must be online, away or offline, was '" + s + "'");
    }
  }

  /** The shells {@code completion} serves. */
  static final class Shells implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("bash", "zsh").iterator();
    }
  }

  /** Checks {@code completion}'s SHELL at parse time, so a wrong one is bad input (exit 2). */
  static final class ShellConverter implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      for (String shell : new Shells()) {
        if (shell.equals(value)) {
          return shell;
        }
      }
      throw new CommandLine.TypeConversionException("SHELL must be bash or zsh, was '" + value + "'");
    }
  }
}
