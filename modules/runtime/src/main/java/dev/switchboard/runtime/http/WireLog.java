package dev.switchboard.runtime.http;

/**
 * How much of each attempt the {@code dev.switchboard.http.<provider>} logger writes at DEBUG.
 * Credentials are never written at any level.
 */
public enum WireLog {
  /** Nothing (default). */
  NONE,
  /** Method, URL, status and time. */
  BASIC,
  /** BASIC plus headers, auth headers left out. */
  HEADERS,
  /** HEADERS plus bodies, secret-named JSON fields masked. */
  FULL
}
