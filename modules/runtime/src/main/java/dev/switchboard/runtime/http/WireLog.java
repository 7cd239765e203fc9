package dev.switchboard.runtime.http;

/**
 * How much of each call the {@code dev.switchboard.http.<provider>} logger writes at DEBUG.
 * Credentials are never written at any level.
 */
public enum WireLog {
  /** Nothing (default). */
  NONE(feign.Logger.Level.NONE),
  /** Method, URL, status and time. */
  BASIC(feign.Logger.Level.BASIC),
  /** BASIC plus headers, auth headers left out. */
  HEADERS(feign.Logger.Level.HEADERS),
  /** HEADERS plus bodies, secret-named JSON fields masked. */
  FULL(feign.Logger.Level.FULL);

  final feign.Logger.Level feignLevel;

  WireLog(feign.Logger.Level feignLevel) {
    this.feignLevel = feignLevel;
  }
}
