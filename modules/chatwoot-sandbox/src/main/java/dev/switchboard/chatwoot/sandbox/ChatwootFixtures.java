package dev.switchboard.chatwoot.sandbox;

import dev.switchboard.sandbox.Sandbox;

/**
 * Puts the sandbox's Chatwoot fake into a known state that its API cannot create, for Pact provider
 * states and tests; the faults every platform has (a revoked key, a rate limit) are the sandbox's
 * own {@code Sandbox.fixtures()}. Changes last until {@link Sandbox#reset()}.
 *
 * <pre>{@code
 * ChatwootFixtures.of(sandbox).agent(ChatwootSandbox.ACCOUNT, 42, "Jane Doe", "jane@example.com", "agent", "online");
 * }</pre>
 */
public final class ChatwootFixtures {
  private final ChatwootFake fake;

  private ChatwootFixtures(ChatwootFake fake) {
    this.fake = fake;
  }

  /**
   * @param sandbox a running sandbox
   * @return the fixtures of its Chatwoot fake
   * @throws IllegalArgumentException if the sandbox has no Chatwoot fake
   */
  public static ChatwootFixtures of(Sandbox sandbox) {
    return new ChatwootFixtures(sandbox.fake(ChatwootFake.ID, ChatwootFake.class));
  }

  /**
   * @param account the account (created if missing)
   * @param id the agent id
   * @param name the name
   * @param email the email
   * @param role agent or administrator
   * @param availability online, busy or offline
   * @return this
   */
  public ChatwootFixtures agent(long account, long id, String name, String email, String role, String availability) {
    fake.seed(account, id, name, email, role, availability);
    return this;
  }

  /**
   * Chatwoot accounts hold at most {@code limit} agents: creating one more answers 402, as a
   * Chatwoot account without free licences does.
   *
   * @param limit the number of agents an account may hold
   * @return this
   */
  public ChatwootFixtures agentLimit(int limit) {
    fake.agentLimit(limit);
    return this;
  }
}
