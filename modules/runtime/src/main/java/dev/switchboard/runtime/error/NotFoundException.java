package dev.switchboard.runtime.error;

/** HTTP 404 (or GraphQL NOT_FOUND): the agent, workspace or account does not exist. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param context what is known about the failure
   */
  public NotFoundException(ErrorContext context) {
    super(context);
  }
}
