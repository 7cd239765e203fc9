package dev.switchboard.intercom.sandbox;

import dev.switchboard.sandbox.Sandbox;

/**
 * Puts the sandbox's Intercom fake into a known state that its API cannot make (Intercom's API creates
 * no admin), for Pact provider states and tests; the faults every platform has (a revoked token, a rate
 * limit) are the sandbox's own {@code Sandbox.fixtures()}. Changes last until {@link Sandbox#reset()}.
 *
 * <pre>{@code
 * IntercomFixtures.of(sandbox).admin("123", "Ann Able", "ann@example.com", false);
 * }</pre>
 */
public final class IntercomFixtures {
  private final IntercomFake fake;

  private IntercomFixtures(IntercomFake fake) {
    this.fake = fake;
  }

  /**
   * @param sandbox a running sandbox
   * @return the fixtures of its Intercom fake
   * @throws IllegalArgumentException if the sandbox has no Intercom fake
   */
  public static IntercomFixtures of(Sandbox sandbox) {
    return new IntercomFixtures(sandbox.fake(IntercomFake.ID, IntercomFake.class));
  }

  /**
   * @param id the admin id, a number as text (Intercom's ids are strings of digits)
   * @param name the name
   * @param email the email
   * @param away whether away mode is on
   * @return this
   */
  public IntercomFixtures admin(String id, String name, String email, boolean away) {
    if (!id.matches("[0-9]{1,10}")) {
      throw new IllegalArgumentException("an Intercom admin id is a number, was '" + id + "'");
    }
    fake.seed(id, name, email, away);
    return this;
  }

  /**
   * @param id an away status reason that exists in the workspace
   * @return this
   */
  public IntercomFixtures awayStatusReason(int id) {
    fake.seedAwayReason(id);
    return this;
  }

  /**
   * The workspace makes a reason mandatory when an admin goes away: setting away without
   * {@code away_status_reason_id} answers 400 {@code away_status_reason_mandatory}.
   *
   * @return this
   */
  public IntercomFixtures awayReasonsMandatory() {
    fake.requireAwayReason(true);
    return this;
  }
}
