package dev.switchboard.sandbox;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the command line's latency ({@code 100ms}, {@code 2s}) and rate ({@code 50/s}, {@code 3000/min}) values. */
final class Rates {
  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|s)");
  private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)/(s|min|h)");

  private Rates() {}

  /**
   * @param text e.g. {@code 100ms}, {@code 1.5s}, {@code 0}
   * @return the duration
   * @throws IllegalArgumentException naming the value and the accepted forms
   */
  static Duration latency(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    if (t.equals("0")) {
      return Duration.ZERO;
    }
    Matcher m = DURATION.matcher(t);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a latency; write e.g. 100ms or 1.5s");
    }
    double millis = Double.parseDouble(m.group(1)) * (m.group(2).equals("s") ? 1000 : 1);
    return Duration.ofNanos(Math.round(millis * 1_000_000));
  }

  /**
   * @param text e.g. {@code 50/s}, {@code 3000/min}, {@code 0.5/s}
   * @return requests per second, above 0
   * @throws IllegalArgumentException naming the value and the accepted forms
   */
  static double perSecond(String text) {
    Matcher m = RATE.matcher(text.trim().toLowerCase(Locale.ROOT));
    double n = m.matches() ? Double.parseDouble(m.group(1)) : 0;
    if (n <= 0) {
      throw new IllegalArgumentException("'" + text + "' is not a rate; write e.g. 50/s or 3000/min (above 0)");
    }
    switch (m.group(2)) {
      case "min":
        return n / 60;
      case "h":
        return n / 3600;
      default:
        return n;
    }
  }
}
