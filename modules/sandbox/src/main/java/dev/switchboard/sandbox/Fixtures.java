package dev.switchboard.sandbox;

/**
 * Puts the sandbox's platforms into a fault every platform can have: a revoked or under-privileged
 * key, a rate limit. Used for Pact provider states and by tests that need a situation the API
 * cannot create. A platform's own facts (an agent with a given id, a licence limit) are its fake
 * module's fixtures, which reach its fake through {@link Sandbox#fake(String, Class)}.
 */
public final class Fixtures {
  private final Sandbox sandbox;

  Fixtures(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  /**
   * @param platform the platform id, e.g. {@code "acme"}
   * @return this; the platform's key is rejected with its 401 until {@link Sandbox#reset()}
   */
  public Fixtures revokeKey(String platform) {
    sandbox.fake(platform).revoke(true);
    return this;
  }

  /**
   * @param platform the platform id, e.g. {@code "acme"}
   * @return this; the key is valid but may do nothing (the platform's 403) until {@link Sandbox#reset()}
   */
  public Fixtures denyEverything(String platform) {
    sandbox.fake(platform).deny(true);
    return this;
  }

  /**
   * @param platform the platform id, e.g. {@code "acme"}
   * @param requests how many requests answer 429
   * @param retryAfterSeconds the Retry-After they carry
   * @return this
   */
  public Fixtures rateLimit(String platform, int requests, int retryAfterSeconds) {
    sandbox.fake(platform).throttle(requests, retryAfterSeconds);
    return this;
  }
}
