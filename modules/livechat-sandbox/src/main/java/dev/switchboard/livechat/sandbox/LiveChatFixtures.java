package dev.switchboard.livechat.sandbox;

import dev.switchboard.sandbox.Sandbox;
import java.util.Map;

/**
 * Puts the sandbox's LiveChat fake into a known state that its API cannot create, for Pact provider
 * states and tests; the faults every platform has (a revoked key, a rate limit) are the sandbox's
 * own {@code Sandbox.fixtures()}. Changes last until {@link Sandbox#reset()}.
 *
 * <pre>{@code
 * LiveChatFixtures.of(sandbox).group(7);
 * }</pre>
 */
public final class LiveChatFixtures {
  private final LiveChatFake fake;

  private LiveChatFixtures(LiveChatFake fake) {
    this.fake = fake;
  }

  /**
   * @param sandbox a running sandbox
   * @return the fixtures of its LiveChat fake
   * @throws IllegalArgumentException if the sandbox has no LiveChat fake
   */
  public static LiveChatFixtures of(Sandbox sandbox) {
    return new LiveChatFixtures(sandbox.fake(LiveChatFake.ID, LiveChatFake.class));
  }

  /**
   * @param bot the bot agent as {@code get_bot_agent_details} returns it (needs {@code id})
   * @return this
   */
  public LiveChatFixtures bot(Map<String, Object> bot) {
    fake.seedBot(bot);
    return this;
  }

  /**
   * @param groupId a group bots may join
   * @return this
   */
  public LiveChatFixtures group(long groupId) {
    fake.seedGroup(groupId);
    return this;
  }
}
