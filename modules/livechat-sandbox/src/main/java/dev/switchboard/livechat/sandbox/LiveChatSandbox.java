package dev.switchboard.livechat.sandbox;

import dev.switchboard.sandbox.Sandbox;

/**
 * The LiveChat fake's fixed test values, the same on every start: the credential it accepts, and
 * where each API version is served. A test or a tool uses them to call the fake;
 * {@code SWITCHBOARD_LIVECHAT_*} settings come from {@code Sandbox.settings()}.
 */
public final class LiveChatSandbox {
  /**
   * The access token the fake accepts unless told otherwise ({@code Sandbox.Keys}); its {@code fra:}
   * prefix is the region the client sends as {@code X-Region}.
   */
  public static final String TOKEN = "fra:sandbox-livechat-token";

  private LiveChatSandbox() {}

  /**
   * @param sandbox a running sandbox with the LiveChat fake
   * @param version a LiveChat API version number, {@code "3.4"} or {@code "3.1"}
   * @return the base URL a LiveChat client of that version must use (the v3.1 action endpoint, or
   *     the v3.4 version root, which is also {@code sandbox.baseUrl("livechat")})
   * @throws IllegalArgumentException if the sandbox has no LiveChat fake
   */
  public static String baseUrl(Sandbox sandbox, String version) {
    String v34 = sandbox.baseUrl(LiveChatFake.ID);
    String root = v34.substring(0, v34.length() - LiveChatFakeProvider.BASE_PATH.length());
    return version.equals("3.1") ? root + "/v3.1/configuration/action" : root + "/v" + version;
  }
}
