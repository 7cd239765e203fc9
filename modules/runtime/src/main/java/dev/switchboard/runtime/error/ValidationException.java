package dev.switchboard.runtime.error;

/** HTTP 400 or 422 (or GraphQL BAD_USER_INPUT): the platform rejected the input. */
public class ValidationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param context what is known about the failure
   */
  public ValidationException(ErrorContext context) {
    super(context);
  }
}
