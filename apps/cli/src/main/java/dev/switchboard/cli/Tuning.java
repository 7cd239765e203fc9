package dev.switchboard.cli;

import dev.switchboard.facade.Platform;
import dev.switchboard.sync.SyncEngine;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How hard {@code sync}, {@code apply} and {@code demo} drive each platform: the sync library's
 * own knobs, from the command line. Without them a CLI user got only the library's defaults
 * (8 in flight, the platform's published rate), which left a large roster well above its floor.
 */
final class Tuning {
  @Option(names = "--max-in-flight", paramLabel = "N",
      description = "Actions running at once on one platform (default 8). Raise it for a platform with high latency "
          + "and room in its rate limit.")
  Integer maxInFlight;

  @Option(names = "--rate", paramLabel = "PLATFORM=N/s", converter = {CliPlatforms.PlatformConverter.class, RateConverter.class},
      description = "Most requests per second the sync sends one platform (repeatable), e.g. bird=20/s; 0/s for no "
          + "client-side limit. Default: the platform's published limit.")
  Map<Platform, Double> rates = new LinkedHashMap<>();

  /** Applies the options that were given to an engine being built. */
  void apply(SyncEngine.Builder b) {
    if (maxInFlight != null) {
      b.maxInFlight(maxInFlight);
    }
    rates.forEach(b::rateLimit);
  }

  /** Checks the options before anything is sent. */
  void check(CommandLine cmd) {
    if (maxInFlight != null && (maxInFlight < 1 || maxInFlight > 256)) {
      throw new CommandLine.ParameterException(cmd, "--max-in-flight must be between 1 and 256, was " + maxInFlight);
    }
  }

  /** The N/s of {@code --rate bird=20/s} (also {@code 20}): requests per second, 0 for no client-side limit. */
  static final class RateConverter implements CommandLine.ITypeConverter<Double> {
    private static final Pattern RATE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(?:/s)?");

    @Override
    public Double convert(String value) {
      Matcher m = RATE.matcher(value.strip());
      if (!m.matches()) {
        throw new CommandLine.TypeConversionException("--rate takes PLATFORM=N/s, e.g. bird=20/s; '" + value
            + "' is not N/s");
      }
      return Double.parseDouble(m.group(1));
    }
  }

  /** {@code 30s}, {@code 500ms}, {@code 2m}, or ISO-8601 {@code PT30S}; more than zero. */
  static final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern SHORT = Pattern.compile("([0-9]+)(ms|s|m)");

    @Override
    public Duration convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      Duration d;
      Matcher m = SHORT.matcher(v);
      if (m.matches()) {
        long n = Long.parseLong(m.group(1));
        d = m.group(2).equals("ms") ? Duration.ofMillis(n) : m.group(2).equals("s") ? Duration.ofSeconds(n)
            : Duration.ofMinutes(n);
      } else {
        try {
          d = Duration.parse(value.strip());
        } catch (DateTimeParseException e) {
          throw new CommandLine.TypeConversionException("'" + value + "' is not a duration: write e.g. 30s, 500ms or 2m");
        }
      }
      if (d.isZero() || d.isNegative()) {
        throw new CommandLine.TypeConversionException("a duration must be more than zero, was '" + value + "'");
      }
      return d;
    }
  }
}
