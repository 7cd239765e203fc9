package dev.switchboard.runtime.error;

/** The call got no HTTP answer: connection refused or reset, timeout, TLS failure. */
public class TransportException extends SwitchboardException {
  private static final long serialVersionUID = 1L;

  private final boolean timeout;

  /**
   * @param provider the platform
   * @param operation the operation
   * @param timeout whether a timeout ended the call
   * @param cause the I/O failure
   */
  public TransportException(String provider, String operation, boolean timeout, Throwable cause) {
    super(
        provider,
        operation,
        provider + " " + operation + " failed: " + (timeout ? "timed out" : "connection failure")
            + " (" + cause.getClass().getSimpleName() + ")",
        cause);
    this.timeout = timeout;
  }

  /**
   * @return true if a connect, read or call timeout ended the call
   */
  public boolean isTimeout() {
    return timeout;
  }
}
