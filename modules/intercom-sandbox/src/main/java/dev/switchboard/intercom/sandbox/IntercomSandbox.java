package dev.switchboard.intercom.sandbox;

/**
 * The Intercom fake's fixed test values, the same on every start: the token it accepts and the demo
 * admins' ids. A test or a tool uses them to call the fake; {@code SWITCHBOARD_INTERCOM_*} settings come
 * from {@code Sandbox.settings()}.
 */
public final class IntercomSandbox {
  /** The access token the fake accepts as {@code Authorization: Bearer} unless told otherwise ({@code Sandbox.Keys}). */
  public static final String TOKEN = "sandbox-intercom-token";
  /** A demo admin (Ada Admin, ada@example.com, not away): there after the demo data is seeded. */
  public static final String ADMIN = "991267001";
  /** A demo admin who is away (Ben Support, ben@example.com). */
  public static final String AWAY_ADMIN = "991267002";

  private IntercomSandbox() {}
}
