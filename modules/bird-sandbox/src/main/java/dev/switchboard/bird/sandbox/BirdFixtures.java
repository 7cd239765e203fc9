package dev.switchboard.bird.sandbox;

import dev.switchboard.sandbox.Sandbox;

/**
 * Puts the sandbox's Bird fake into a known state that its API cannot create, for Pact provider
 * states and tests; the faults every platform has (a revoked key, a rate limit) are the sandbox's
 * own {@code Sandbox.fixtures()}. Changes last until {@link Sandbox#reset()}.
 *
 * <pre>{@code
 * BirdFixtures.of(sandbox).agent(BirdSandbox.WORKSPACE, "a1", "Ann Agent", "active", "ann@example.com", false);
 * }</pre>
 */
public final class BirdFixtures {
  private final BirdFake fake;

  private BirdFixtures(BirdFake fake) {
    this.fake = fake;
  }

  /**
   * @param sandbox a running sandbox
   * @return the fixtures of its Bird fake
   * @throws IllegalArgumentException if the sandbox has no Bird fake
   */
  public static BirdFixtures of(Sandbox sandbox) {
    return new BirdFixtures(sandbox.fake(BirdFake.ID, BirdFake.class));
  }

  /**
   * @param workspace the workspace (created if missing)
   * @return this
   */
  public BirdFixtures workspace(String workspace) {
    fake.seedWorkspace(workspace);
    return this;
  }

  /**
   * @param workspace the workspace (created if missing)
   * @param id the agent id
   * @param name the name
   * @param status active, away or offline
   * @param email the user's email
   * @param isCaller whether the access key belongs to this agent ({@code /agents/me})
   * @return this
   */
  public BirdFixtures agent(String workspace, String id, String name, String status, String email, boolean isCaller) {
    fake.seed(workspace, id, name, status, email, isCaller);
    return this;
  }

  /**
   * @param fileId a media file whose download answers 400 (still being processed)
   * @return this
   */
  public BirdFixtures mediaNotReady(String fileId) {
    fake.mediaNotReady(fileId);
    return this;
  }
}
