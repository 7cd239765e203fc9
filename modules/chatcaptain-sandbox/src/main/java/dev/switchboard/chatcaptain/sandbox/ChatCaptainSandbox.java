package dev.switchboard.chatcaptain.sandbox;

/**
 * The ChatCaptain fake's fixed test values, the same on every start: the credential it accepts and the
 * ids that exist in it. A test or a tool uses them to call the fake; {@code SWITCHBOARD_CHATCAPTAIN_*}
 * settings come from {@code Sandbox.settings()}.
 */
public final class ChatCaptainSandbox {
  /** The {@code x-chatcaptain-key} the fake accepts unless told otherwise ({@code Sandbox.Keys}). */
  public static final String KEY = "sandbox-chatcaptain-key";
  /** The demo chatbot: it exists after every reset. */
  public static final String CHATBOT = "demo-bot";
  /** The agent the key belongs to ({@code me} in ChatCaptain's paths). */
  public static final String ME = "captain-me";

  private ChatCaptainSandbox() {}
}
