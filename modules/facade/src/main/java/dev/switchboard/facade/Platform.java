package dev.switchboard.facade;

/** The platforms Switchboard manages agents on. */
public enum Platform {
  /** Chatwoot: account agents (REST). */
  CHATWOOT,
  /** Bird: workspace agents (REST). */
  BIRD,
  /** ChatCaptain: inbox agents' online status (REST). */
  CHATCAPTAIN,
  /** LiveChat: bot agents (RPC-style REST). */
  LIVECHAT,
  /** bcrumbs: workspace agents (GraphQL). */
  BCRUMBS;

  /**
   * @return the lower-case name used in errors, logs and configuration, e.g. {@code "bird"}
   */
  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
