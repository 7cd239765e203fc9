package dev.switchboard.runtime.error;

import java.util.Optional;

/** The call got no HTTP answer: connection refused or reset, timeout, TLS failure. */
public class TransportException extends SwitchboardException {
  private static final long serialVersionUID = 1L;

  private final boolean timeout;
  private final String limit;

  /**
   * @param provider the platform
   * @param operation the operation
   * @param timeout whether a timeout ended the call
   * @param cause the I/O failure
   */
  public TransportException(String provider, String operation, boolean timeout, Throwable cause) {
    this(provider, operation, timeout, null, cause);
  }

  /**
   * @param provider the platform
   * @param operation the operation
   * @param timeout whether a timeout ended the call
   * @param limit the client setting whose limit ended the call with its value, e.g.
   *     {@code "callTimeout of 300 ms"}, or null when unknown or not a timeout
   * @param cause the I/O failure
   */
  public TransportException(String provider, String operation, boolean timeout, String limit, Throwable cause) {
    super(
        provider,
        operation,
        provider + " " + operation + " failed: " + (timeout ? "timed out" : "connection failure")
            + (limit != null ? " (the " + limit + " was reached)" : "")
            + " (" + cause.getClass().getSimpleName() + ")",
        cause);
    this.timeout = timeout;
    this.limit = limit;
  }

  /**
   * @return true if a connect, read, attempt or call timeout ended the call
   */
  public boolean isTimeout() {
    return timeout;
  }

  /**
   * @return the client setting whose limit ended the call, with its value (e.g.
   *     {@code "callTimeout of 300 ms"}), when a timeout ended it and the limit is known
   */
  public Optional<String> limit() {
    return Optional.ofNullable(limit);
  }
}
