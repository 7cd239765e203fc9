package dev.switchboard.twilio.sandbox;

import dev.switchboard.sandbox.Sandbox;

/**
 * Puts the sandbox's Twilio fake into a known state that its API (as the SDK uses it) cannot
 * create, for Pact provider states and tests: workspaces, activities, workers with given SIDs. The
 * faults every platform has are the sandbox's own {@code Sandbox.fixtures()}. Changes last until
 * {@link Sandbox#reset()}.
 *
 * <pre>{@code
 * TwilioFixtures.of(sandbox).worker(TwilioSandbox.WORKSPACE_SID, "WK...", "Ann Agent", TwilioSandbox.AVAILABLE, "{}");
 * }</pre>
 */
public final class TwilioFixtures {
  private final TwilioFake fake;

  private TwilioFixtures(TwilioFake fake) {
    this.fake = fake;
  }

  /**
   * @param sandbox a running sandbox
   * @return the fixtures of its Twilio fake
   * @throws IllegalArgumentException if the sandbox has no Twilio fake
   */
  public static TwilioFixtures of(Sandbox sandbox) {
    return new TwilioFixtures(sandbox.fake(TwilioFake.ID, TwilioFake.class));
  }

  /**
   * @param workspaceSid a workspace (created if missing, with the four activities of {@link TwilioSandbox})
   * @return this
   */
  public TwilioFixtures workspace(String workspaceSid) {
    fake.seedWorkspace(workspaceSid);
    return this;
  }

  /**
   * @param workspaceSid the workspace (created if missing)
   * @param sid the worker's SID ({@code WK} and 32 hex digits)
   * @param friendlyName its name
   * @param activitySid one of the workspace's activities
   * @param attributes its attributes, a JSON object as text
   * @return this
   */
  public TwilioFixtures worker(String workspaceSid, String sid, String friendlyName, String activitySid, String attributes) {
    fake.seedWorker(workspaceSid, sid, friendlyName, activitySid, attributes);
    return this;
  }

  /**
   * @param workspaceSid the workspace (created if missing)
   * @param count workers to add, named {@code Worker 1} and on, offline
   * @return this
   */
  public TwilioFixtures workers(String workspaceSid, int count) {
    for (int i = 1; i <= count; i++) {
      fake.seedWorker(workspaceSid, String.format("WK%032x", 0xA000 + i), "Worker " + i, TwilioSandbox.OFFLINE, "{}");
    }
    return this;
  }
}
