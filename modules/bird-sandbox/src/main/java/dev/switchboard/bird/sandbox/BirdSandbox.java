package dev.switchboard.bird.sandbox;

/**
 * The Bird fake's fixed test values, the same on every start: the credential it accepts and the
 * ids that exist in it. A test or a tool uses them to call the fake; {@code SWITCHBOARD_BIRD_*}
 * settings come from {@code Sandbox.settings()}.
 */
public final class BirdSandbox {
  /** The access key the fake accepts unless told otherwise ({@code Sandbox.Keys}). */
  public static final String ACCESS_KEY = "sandbox-bird-key";
  /** The demo workspace: it exists after every reset, and the demo agents are in it. */
  public static final String WORKSPACE = "demo-workspace";

  private BirdSandbox() {}
}
