package dev.switchboard.contract.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.switchboard.facade.Platform;
import dev.switchboard.livechat.sandbox.LiveChatFixtures;
import java.util.List;
import java.util.Map;

/** The sandbox's LiveChat v3.4 (same bots as v3.1, under /livechat/v3.4) honours the v3.4 pact. */
@Provider("livechat-v3.4")
@PactFolder("target/pacts")
class LiveChatV34SandboxIT extends SandboxProvider {
  @Override
  Platform platform() {
    return Platform.LIVECHAT;
  }

  @State({"bot 5c9871d5372c824cbf22d860a707a578 exists and is owned by the token's application",
      "bot 5c9871d5372c824cbf22d860a707a578 exists, the token may read all bots"})
  void bot() {
    // The sandbox keeps one record per bot for both versions (v3.1 field names; see LiveChatV34Routes).
    LiveChatFixtures.of(sandbox).bot(Map.of(
        "id", "5c9871d5372c824cbf22d860a707a578",
        "name", "John Doe",
        "avatar", "https://example.com/avatars/john.jpg",
        "status", "accepting chats",
        "default_group_priority", "normal",
        "application", Map.of("client_id", "asXdesldiAJSq9padj"),
        "max_chats_count", 6,
        "groups", List.of(Map.of("id", 0, "priority", "normal"))));
  }

  @State({"no bot 0000 exists", "the token's application may create bots, group 0 exists",
      "the token's application may create bots, no group 99 exists", "the token's application may delete bots"})
  void nothing() {
    // the sandbox starts with no bots and group 0 only
  }

  @State("the access token is expired")
  void expired() {
    fixtures().revokeKey("livechat");
  }

  @State("the token has used up its rate limit for the next 30 seconds")
  void rateLimited() {
    // Pact's HTTP client retries a 429 once; a short Retry-After keeps the build fast (the pact matches \d+).
    fixtures().rateLimit("livechat", 2, 1);
  }

  @State("the token lacks the agents-bot--my:rw scope")
  void noScope() {
    fixtures().denyEverything("livechat");
  }
}
