package dev.switchboard.sandbox;

import java.util.Map;

/**
 * Puts the sandbox's platforms into a known state: agents, faults (revoked or under-privileged
 * keys, rate limits) and platform-specific facts. Used for Pact provider states and by tests that
 * need a situation the API cannot create.
 */
public final class Fixtures {
  private final Sandbox sandbox;

  Fixtures(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  /**
   * @param platform the platform id, e.g. {@code "bird"}
   * @return this; the platform's key is rejected with its 401 until {@link Sandbox#reset()}
   */
  public Fixtures revokeKey(String platform) {
    sandbox.fake(platform).revoke(true);
    return this;
  }

  /**
   * @param platform the platform id, e.g. {@code "bird"}
   * @return this; the key is valid but may do nothing (the platform's 403) until {@link Sandbox#reset()}
   */
  public Fixtures denyEverything(String platform) {
    sandbox.fake(platform).deny(true);
    return this;
  }

  /**
   * @param platform the platform id, e.g. {@code "bird"}
   * @param requests how many requests answer 429
   * @param retryAfterSeconds the Retry-After they carry
   * @return this
   */
  public Fixtures rateLimit(String platform, int requests, int retryAfterSeconds) {
    sandbox.fake(platform).throttle(requests, retryAfterSeconds);
    return this;
  }

  /**
   * @param account the account
   * @param id the agent id
   * @param name the name
   * @param email the email
   * @param role agent or administrator
   * @param availability online, busy or offline
   * @return this
   */
  public Fixtures chatwootAgent(long account, long id, String name, String email, String role, String availability) {
    chatwoot().seed(account, id, name, email, role, availability);
    return this;
  }

  /**
   * Chatwoot accounts hold at most {@code limit} agents: creating one more answers 402, as a
   * Chatwoot account without free licences does.
   *
   * @param limit the number of agents an account may hold
   * @return this
   */
  public Fixtures chatwootAgentLimit(int limit) {
    chatwoot().agentLimit(limit);
    return this;
  }

  /**
   * @param workspace the workspace (created if missing)
   * @return this
   */
  public Fixtures birdWorkspace(String workspace) {
    bird().seedWorkspace(workspace);
    return this;
  }

  /**
   * @param workspace the workspace (created if missing)
   * @param id the agent id
   * @param name the name
   * @param status active, away or offline
   * @param email the user's email
   * @param isCaller whether the access key belongs to this agent ({@code /agents/me})
   * @return this
   */
  public Fixtures birdAgent(String workspace, String id, String name, String status, String email, boolean isCaller) {
    bird().seed(workspace, id, name, status, email, isCaller);
    return this;
  }

  /**
   * @param fileId a media file whose download answers 400 (still being processed)
   * @return this
   */
  public Fixtures birdMediaNotReady(String fileId) {
    bird().mediaNotReady(fileId);
    return this;
  }

  /**
   * @param chatbot the chatbot (created if missing)
   * @return this
   */
  public Fixtures chatcaptainChatbot(String chatbot) {
    captain().seedChatbot(chatbot);
    return this;
  }

  /**
   * @param chatbot the chatbot (created if missing)
   * @param agentId the agent
   * @param online whether it is online
   * @return this
   */
  public Fixtures chatcaptainAgent(String chatbot, String agentId, boolean online) {
    captain().seed(chatbot, agentId, online);
    return this;
  }

  /**
   * @param chatbot the chatbot
   * @param token the calling agent's push token
   * @return this
   */
  public Fixtures chatcaptainPushToken(String chatbot, String token) {
    captain().seedPushToken(chatbot, token);
    return this;
  }

  /**
   * @param bot the bot agent as {@code get_bot_agent_details} returns it (needs {@code id})
   * @return this
   */
  public Fixtures livechatBot(Map<String, Object> bot) {
    livechat().seedBot(bot);
    return this;
  }

  /**
   * @param groupId a group bots may join
   * @return this
   */
  public Fixtures livechatGroup(long groupId) {
    livechat().seedGroup(groupId);
    return this;
  }

  /**
   * @param workspace the workspace
   * @param id the agent id
   * @param userId the user
   * @param name the first name
   * @param surname the surname, or null
   * @param email the email
   * @return this
   */
  public Fixtures bcrumbsAgent(int workspace, String id, String userId, String name, String surname, String email) {
    bcrumbs().seed(workspace, id, userId, name, surname, email);
    return this;
  }

  ChatwootFake chatwoot() {
    return (ChatwootFake) sandbox.fake("chatwoot");
  }

  BirdFake bird() {
    return (BirdFake) sandbox.fake("bird");
  }

  ChatCaptainFake captain() {
    return (ChatCaptainFake) sandbox.fake("chatcaptain");
  }

  LiveChatFake livechat() {
    return (LiveChatFake) sandbox.fake("livechat");
  }

  BcrumbsFake bcrumbs() {
    return (BcrumbsFake) sandbox.fake("bcrumbs");
  }
}
