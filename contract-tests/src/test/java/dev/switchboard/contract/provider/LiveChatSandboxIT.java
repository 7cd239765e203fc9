package dev.switchboard.contract.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.switchboard.facade.Platform;
import dev.switchboard.livechat.sandbox.LiveChatFixtures;
import java.util.List;
import java.util.Map;

@Provider("livechat")
@PactFolder("target/pacts")
class LiveChatSandboxIT extends SandboxProvider {
  @Override
  Platform platform() {
    return Platform.LIVECHAT;
  }

  @State({"bot agent 5c9871d5372c824cbf22d860a707a578 exists and is owned by the token's application",
      "bot agent 5c9871d5372c824cbf22d860a707a578 exists, the token may read all bot agents"})
  void bot() {
    LiveChatFixtures.of(sandbox).bot(Map.of(
        "id", "5c9871d5372c824cbf22d860a707a578",
        "name", "John Doe",
        "avatar", "https://example.com/avatars/john.jpg",
        "status", "accepting chats",
        "application", Map.of("client_id", "asXdesldiAJSq9padj"),
        "max_chats_count", 6,
        "groups", List.of(Map.of("id", 0, "priority", "normal")),
        "webhooks", Map.of("url", "https://example.com/webhooks", "secret_key", "sandbox-webhook-secret",
            "actions", List.of(Map.of("name", "incoming_chat_thread", "additional_data", List.of("chat_properties"))))));
  }

  @State({"no bot agent 0000 exists", "the token's application may create bot agents, group 0 exists",
      "the token's application may create bot agents, no group 99 exists", "the token's application may remove bot agents"})
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
