package dev.switchboard.contract;

import java.time.Instant;
import java.util.TimeZone;

/** What every consumer contract shares. */
final class Contracts {
  private Contracts() {}

  /** The consumer name of every pact: the SDK itself. */
  static final String CONSUMER = "switchboard";

  /** The mock server listens on loopback only. */
  static final String LOOPBACK = "127.0.0.1";

  /** ISO-8601 with milliseconds and offset ({@code Z} in UTC), as the specs' date-time examples. */
  static final String ISO_DATE_TIME = "yyyy-MM-dd'T'HH:mm:ss.SSSXXX";

  static final TimeZone UTC = TimeZone.getTimeZone("UTC");

  /** The example instant of every date-time value. */
  static final Instant WHEN = Instant.parse("2025-08-12T17:36:06.104Z");

  /** Any non-blank credential value: the contract pins the scheme, not the secret. */
  static final String NON_BLANK = "\\S+";

  /** The SDK sends {@code application/json}; a charset parameter would do as well. */
  static final String JSON = "application/json(;.*)?";
}
