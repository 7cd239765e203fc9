package dev.switchboard.runtime.error;

/** HTTP 5xx: the platform failed. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param context what is known about the failure
   */
  public ServerException(ErrorContext context) {
    super(context);
  }
}
