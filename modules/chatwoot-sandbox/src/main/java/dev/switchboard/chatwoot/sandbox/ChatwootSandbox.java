package dev.switchboard.chatwoot.sandbox;

/**
 * The Chatwoot fake's fixed test values, the same on every start: the credential it accepts and the
 * ids that exist in it. A test or a tool uses them to call the fake; {@code SWITCHBOARD_CHATWOOT_*}
 * settings come from {@code Sandbox.settings()}.
 */
public final class ChatwootSandbox {
  /** The {@code api_access_token} the fake accepts unless told otherwise ({@code Sandbox.Keys}). */
  public static final String TOKEN = "sandbox-chatwoot-token";
  /** The demo account: the one account the token is a member of after every reset. */
  public static final long ACCOUNT = 1;

  private ChatwootSandbox() {}
}
