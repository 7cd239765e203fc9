package dev.switchboard.runtime.error;

/** HTTP 409: the resource already exists or changed meanwhile. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param context what is known about the failure
   */
  public ConflictException(ErrorContext context) {
    super(context);
  }
}
