package dev.switchboard.chatcaptain;

import dev.switchboard.chatcaptain.implementation.api.InboxAgentsApi;
import dev.switchboard.chatcaptain.implementation.api.InboxAgentsApiAsync;
import dev.switchboard.runtime.auth.Credential;
import dev.switchboard.runtime.auth.Secret;
import dev.switchboard.runtime.http.ClientBuilder;
import dev.switchboard.runtime.http.ClientConfig;
import java.net.URI;

/**
 * Entry point for ChatCaptain's inbox agents API: agents' online status and the calling agent's
 * notification settings, per chatbot.
 *
 * <pre>{@code
 * ChatCaptainClient captain = ChatCaptainClient.builder().apiKey(System.getenv("CHATCAPTAIN_KEY")).build();
 * OnlineStatusList online = captain.inboxAgents().listAgentsOnlineStatus("chatbot-id");
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class ChatCaptainClient {
  /** The provider name used in errors and logs. */
  public static final String PROVIDER = "chatcaptain";
  /** ChatCaptain's production API. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.chatcaptain.com");

  private final InboxAgentsApi inboxAgents;
  private final InboxAgentsApiAsync inboxAgentsAsync;

  private ChatCaptainClient(ClientConfig config) {
    this.inboxAgents = config.client(InboxAgentsApi.class);
    this.inboxAgentsAsync = config.asyncClient(InboxAgentsApiAsync.class);
  }

  /**
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the generated client for the inbox agent operations
   */
  public InboxAgentsApi inboxAgents() {
    return inboxAgents;
  }

  /**
   * The same operations, non-blocking: each returns a {@link java.util.concurrent.CompletableFuture}.
   *
   * @return the generated async client
   */
  public InboxAgentsApiAsync inboxAgentsAsync() {
    return inboxAgentsAsync;
  }

  /** Configures a {@link ChatCaptainClient}. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Credential credential;

    private Builder() {
      super(PROVIDER, DEFAULT_BASE_URL);
    }

    /**
     * @param key the API key, sent as the {@code x-chatcaptain-key} header
     * @return this
     */
    public Builder apiKey(String key) {
      this.credential = Credential.header("x-chatcaptain-key", Secret.of(key, "apiKey"));
      return this;
    }

    @Override
    protected Credential credential() {
      if (credential == null) {
        throw new IllegalStateException("chatcaptain: set apiKey(..) before build()");
      }
      return credential;
    }

    /**
     * @return the client
     */
    public ChatCaptainClient build() {
      return new ChatCaptainClient(config());
    }
  }
}
