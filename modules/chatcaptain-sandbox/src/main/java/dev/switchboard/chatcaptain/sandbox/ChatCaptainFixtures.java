package dev.switchboard.chatcaptain.sandbox;

import dev.switchboard.sandbox.Sandbox;

/**
 * Puts the sandbox's ChatCaptain fake into a known state that its API cannot create, for Pact provider
 * states and tests; the faults every platform has (a revoked key, a rate limit) are the sandbox's
 * own {@code Sandbox.fixtures()}. Changes last until {@link Sandbox#reset()}.
 *
 * <pre>{@code
 * ChatCaptainFixtures.of(sandbox).agent(ChatCaptainSandbox.CHATBOT, "ag1", true);
 * }</pre>
 */
public final class ChatCaptainFixtures {
  private final ChatCaptainFake fake;

  private ChatCaptainFixtures(ChatCaptainFake fake) {
    this.fake = fake;
  }

  /**
   * @param sandbox a running sandbox
   * @return the fixtures of its ChatCaptain fake
   * @throws IllegalArgumentException if the sandbox has no ChatCaptain fake
   */
  public static ChatCaptainFixtures of(Sandbox sandbox) {
    return new ChatCaptainFixtures(sandbox.fake(ChatCaptainFake.ID, ChatCaptainFake.class));
  }

  /**
   * @param chatbot the chatbot (created if missing)
   * @return this
   */
  public ChatCaptainFixtures chatbot(String chatbot) {
    fake.seedChatbot(chatbot);
    return this;
  }

  /**
   * @param chatbot the chatbot (created if missing)
   * @param agentId the agent
   * @param online whether it is online
   * @return this
   */
  public ChatCaptainFixtures agent(String chatbot, String agentId, boolean online) {
    fake.seed(chatbot, agentId, online);
    return this;
  }

  /**
   * @param chatbot the chatbot
   * @param token the calling agent's push token
   * @return this
   */
  public ChatCaptainFixtures pushToken(String chatbot, String token) {
    fake.seedPushToken(chatbot, token);
    return this;
  }
}
