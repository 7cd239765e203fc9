package dev.switchboard.runtime.error;

/** HTTP 403 (or GraphQL FORBIDDEN): the credentials may not do this. */
public class PermissionException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param context what is known about the failure
   */
  public PermissionException(ErrorContext context) {
    super(context);
  }
}
