package dev.switchboard.runtime.error;

/** HTTP 429: too many requests; see {@link #retryAfter()}. */
public class RateLimitedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param context what is known about the failure
   */
  public RateLimitedException(ErrorContext context) {
    super(context);
  }
}
