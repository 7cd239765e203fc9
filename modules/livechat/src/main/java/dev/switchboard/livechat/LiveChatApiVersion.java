package dev.switchboard.livechat;

import java.net.URI;

/**
 * The LiveChat API version a {@link LiveChatClient} speaks. Each version has its own spec under
 * {@code specs/livechat/} and its own generated package; the builder picks one with
 * {@link LiveChatClient.Builder#apiVersion(LiveChatApiVersion)}.
 */
public enum LiveChatApiVersion {
  /**
   * Configuration API v3.1 as documented by the seed ({@code specs/livechat/openapi.yaml}):
   * {@code create_bot_agent}, ..., with a bot {@code status}. Base URL: the action endpoint,
   * {@code https://api.livechatinc.com/v3.1/configuration/action}.
   */
  V3_1("3.1", URI.create("https://api.livechatinc.com/v3.1/configuration/action")),

  /**
   * v3.4, the version of the official JS SDK 4.0.2 ({@code specs/livechat/openapi-v3.4.yaml}):
   * Configuration API {@code create_bot}, ... and the Agent Chat API's routing status methods, which
   * carry a bot's availability at this version. Base URL: the version root,
   * {@code https://api.livechatinc.com/v3.4} (the spec's paths start with {@code /configuration}
   * or {@code /agent}).
   */
  V3_4("3.4", URI.create("https://api.livechatinc.com/v3.4"));

  private final String number;
  private final URI defaultBaseUrl;

  LiveChatApiVersion(String number, URI defaultBaseUrl) {
    this.number = number;
    this.defaultBaseUrl = defaultBaseUrl;
  }

  /**
   * @return the version number, e.g. {@code "3.4"}
   */
  public String number() {
    return number;
  }

  /**
   * @return LiveChat's production base URL for this version
   */
  public URI defaultBaseUrl() {
    return defaultBaseUrl;
  }
}
