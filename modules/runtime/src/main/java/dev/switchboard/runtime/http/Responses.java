package dev.switchboard.runtime.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reading the parts of an HTTP error response the runtime cares about. */
final class Responses {
  /**
   * Generic request id headers, sent by many servers and gateways. A platform with its own header
   * contributes it through its builder ({@link ClientBuilder#requestIdHeader(String)}); the
   * platform's header is read first.
   */
  static final List<String> REQUEST_ID_HEADERS =
      List.of("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id");

  static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

  private Responses() {}

  static String header(Map<String, Collection<String>> headers, String name) {
    for (Map.Entry<String, Collection<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().iterator().next();
      }
    }
    return null;
  }

  static String requestId(HttpResponse response, List<String> names) {
    for (String name : names) {
      String value = response.header(name);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  /**
   * Parses Retry-After leniently: delta-seconds (digits only; a value too large for a long reads as
   * the longest representable wait) or an HTTP date (a past date is no wait). Anything else, a sign,
   * a fraction, a word, is no hint at all rather than an error.
   *
   * @return the wait, or null when absent or unreadable
   */
  static Duration retryAfter(String value, Clock clock) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.trim();
    if (DIGITS.matcher(v).matches()) {
      try {
        return Duration.ofSeconds(Long.parseLong(v));
      } catch (NumberFormatException tooLarge) {
        return Duration.ofSeconds(Long.MAX_VALUE);
      }
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration d = Duration.between(clock.instant(), at.toInstant());
      return d.isNegative() ? Duration.ZERO : d;
    } catch (DateTimeParseException | ArithmeticException notDate) {
      return null;
    }
  }

  private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile("[0-9]+");

  /** Milliseconds of a duration, saturated instead of overflowing. */
  static long saturatedMillis(Duration d) {
    try {
      return d.toMillis();
    } catch (ArithmeticException tooLong) {
      return d.isNegative() ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }

  /** Reads at most {@link #MAX_ERROR_BODY_BYTES}: an error page must not exhaust memory. */
  static String body(HttpResponse response) {
    if (response.body() == null) {
      return null;
    }
    try (InputStream in = response.body()) {
      byte[] bytes = in.readNBytes(MAX_ERROR_BODY_BYTES);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return null;
    }
  }
}
