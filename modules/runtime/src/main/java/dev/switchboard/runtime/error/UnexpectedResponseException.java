package dev.switchboard.runtime.error;

/** The platform answered with success, but the body could not be read as the spec describes. */
public class UnexpectedResponseException extends SwitchboardException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String detail;

  /**
   * @param provider the platform
   * @param operation the operation
   * @param status the HTTP status of the response
   * @param cause the decoding failure
   */
  public UnexpectedResponseException(String provider, String operation, int status, Throwable cause) {
    super(provider, operation, provider + " " + operation + ": HTTP " + status
        + " response does not match the spec (" + (cause == null ? "no cause" : cause.getClass().getSimpleName()) + ")",
        cause);
    this.status = status;
    this.detail = null;
  }

  /**
   * A response that decoded but lacks what the spec promises, e.g. an agent without its id. The
   * detail names the field and what is wrong with it, never the value (it may hold a secret).
   *
   * @param provider the platform
   * @param operation the operation
   * @param status the HTTP status of the response, or 0 when the caller no longer knows it
   * @param detail what is missing or wrong, e.g. {@code "missing 'id'"}
   */
  public UnexpectedResponseException(String provider, String operation, int status, String detail) {
    super(provider, operation, provider + " " + operation + ": "
        + (status > 0 ? "HTTP " + status + " response" : "success response") + " does not match the spec: "
        + detail, null);
    this.status = status;
    this.detail = detail;
  }

  /**
   * @return what is missing or wrong, when the exception was made with a detail
   */
  public java.util.Optional<String> detail() {
    return java.util.Optional.ofNullable(detail);
  }

  /**
   * @return the HTTP status of the response, or 0 when it is not known
   */
  public int status() {
    return status;
  }
}
