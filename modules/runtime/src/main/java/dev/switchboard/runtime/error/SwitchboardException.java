package dev.switchboard.runtime.error;

/**
 * Root of every exception a Switchboard client throws. Unchecked, like the AWS and Azure SDKs.
 */
public class SwitchboardException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String provider;
  private final String operation;

  /**
   * @param provider the platform, e.g. {@code "bird"}
   * @param operation the operation, e.g. {@code "listAgents"}
   * @param message the message (must hold no secret)
   * @param cause the cause, or null
   */
  public SwitchboardException(String provider, String operation, String message, Throwable cause) {
    super(message, cause);
    this.provider = provider;
    this.operation = operation;
  }

  /**
   * @return the platform the call went to, e.g. {@code "bird"}
   */
  public String provider() {
    return provider;
  }

  /**
   * @return the operation that failed, e.g. {@code "listAgents"}
   */
  public String operation() {
    return operation;
  }
}
