package dev.switchboard.bcrumbs.sandbox;

import dev.switchboard.sandbox.Sandbox;

/**
 * Puts the sandbox's bcrumbs fake into a known state that its API cannot create, for Pact provider
 * states and tests; the faults every platform has (a revoked key, a rate limit) are the sandbox's
 * own {@code Sandbox.fixtures()}. Changes last until {@link Sandbox#reset()}.
 *
 * <pre>{@code
 * BcrumbsFixtures.of(sandbox).agent(BcrumbsSandbox.WORKSPACE, "id_123", "u1", "Ann", "Agent", "ann@example.com");
 * }</pre>
 */
public final class BcrumbsFixtures {
  private final BcrumbsFake fake;

  private BcrumbsFixtures(BcrumbsFake fake) {
    this.fake = fake;
  }

  /**
   * @param sandbox a running sandbox
   * @return the fixtures of its bcrumbs fake
   * @throws IllegalArgumentException if the sandbox has no bcrumbs fake
   */
  public static BcrumbsFixtures of(Sandbox sandbox) {
    return new BcrumbsFixtures(sandbox.fake(BcrumbsFake.ID, BcrumbsFake.class));
  }

  /**
   * @param workspace the workspace
   * @param id the agent id
   * @param userId the user
   * @param name the first name
   * @param surname the surname, or null
   * @param email the email
   * @return this
   */
  public BcrumbsFixtures agent(int workspace, String id, String userId, String name, String surname, String email) {
    fake.seed(workspace, id, userId, name, surname, email);
    return this;
  }
}
