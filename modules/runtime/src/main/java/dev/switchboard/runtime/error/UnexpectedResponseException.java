package dev.switchboard.runtime.error;

/** The platform answered with success, but the body could not be read as the spec describes. */
public class UnexpectedResponseException extends SwitchboardException {
  private static final long serialVersionUID = 1L;

  private final int status;

  /**
   * @param provider the platform
   * @param operation the operation
   * @param status the HTTP status of the response
   * @param cause the decoding failure
   */
  public UnexpectedResponseException(String provider, String operation, int status, Throwable cause) {
    super(provider, operation, provider + " " + operation + ": HTTP " + status
        + " response does not match the spec (" + cause.getClass().getSimpleName() + ")", cause);
    this.status = status;
  }

  /**
   * @return the HTTP status of the response
   */
  public int status() {
    return status;
  }
}
