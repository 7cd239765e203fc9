package dev.switchboard.runtime.error;

/** Input rejected on the client, before any request was sent. Names the offending field. */
public class InvalidInputException extends SwitchboardException {
  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * @param provider the platform
   * @param operation the operation
   * @param field the parameter or body field at fault
   * @param reason why it was rejected
   */
  public InvalidInputException(String provider, String operation, String field, String reason) {
    super(provider, operation, provider + " " + operation + ": invalid '" + field + "': " + reason, null);
    this.field = field;
  }

  /**
   * @return the parameter or body field at fault
   */
  public String field() {
    return field;
  }
}
