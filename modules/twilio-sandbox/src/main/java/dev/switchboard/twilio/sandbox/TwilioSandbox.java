package dev.switchboard.twilio.sandbox;

/**
 * The Twilio fake's fixed test values, the same on every start: the credentials it accepts and the
 * ids that exist in it. SIDs have Twilio's shape (two letters and 32 hex digits), since the fake's
 * spec gate holds them to the document's patterns. {@code SWITCHBOARD_TWILIO_*} settings come from
 * {@code Sandbox.settings()}.
 */
public final class TwilioSandbox {
  /** The account; the user half of Basic auth with {@link #AUTH_TOKEN}. */
  public static final String ACCOUNT_SID = "ACc0ffeec0ffeec0ffeec0ffeec0ffee00";
  /** The auth token the fake accepts unless told otherwise ({@code Sandbox.Keys}). */
  public static final String AUTH_TOKEN = "sandbox-twilio-auth-token";
  /** An API key of the account, the user half of Basic auth with {@link #API_SECRET}. */
  public static final String API_KEY = "SKc0ffeec0ffeec0ffeec0ffeec0ffee00";
  /** The API key's secret. */
  public static final String API_SECRET = "sandbox-twilio-api-secret";
  /** The demo workspace: it exists after every reset, with TaskRouter's default activities. */
  public static final String WORKSPACE_SID = "WSdeadbeefdeadbeefdeadbeefdeadbeef";
  /** The workspace's available activity {@code Available}. */
  public static final String AVAILABLE = "WA00000000000000000000000000000001";
  /** The unavailable activity {@code Unavailable}. */
  public static final String UNAVAILABLE = "WA00000000000000000000000000000002";
  /** The unavailable activity {@code Offline}, the workspace's default for new workers. */
  public static final String OFFLINE = "WA00000000000000000000000000000003";
  /** The unavailable activity {@code Break}, as a Flex workspace has. */
  public static final String BREAK = "WA00000000000000000000000000000004";

  private TwilioSandbox() {}
}
