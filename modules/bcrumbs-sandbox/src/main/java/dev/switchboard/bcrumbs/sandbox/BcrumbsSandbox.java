package dev.switchboard.bcrumbs.sandbox;

/**
 * The bcrumbs fake's fixed test values, the same on every start: the credential it accepts and the
 * ids that exist in it. A test or a tool uses them to call the fake; {@code SWITCHBOARD_BCRUMBS_*}
 * settings come from {@code Sandbox.settings()}.
 */
public final class BcrumbsSandbox {
  /** The API key the fake accepts unless told otherwise ({@code Sandbox.Keys}). */
  public static final String API_KEY = "sandbox-bcrumbs-key";
  /** The demo workspace, where the demo agent is. */
  public static final int WORKSPACE = 12;

  private BcrumbsSandbox() {}
}
