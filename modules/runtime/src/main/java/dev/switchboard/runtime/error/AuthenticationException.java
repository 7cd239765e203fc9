package dev.switchboard.runtime.error;

/** HTTP 401 (or GraphQL UNAUTHENTICATED): missing, wrong or expired credentials. */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param context what is known about the failure
   */
  public AuthenticationException(ErrorContext context) {
    super(context);
  }
}
