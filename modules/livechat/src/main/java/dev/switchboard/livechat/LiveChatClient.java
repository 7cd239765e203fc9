package dev.switchboard.livechat;

import dev.switchboard.livechat.implementation.api.BotAgentsApi;
import dev.switchboard.livechat.implementation.api.BotAgentsApiAsync;
import dev.switchboard.runtime.auth.Credential;
import dev.switchboard.runtime.auth.Secret;
import dev.switchboard.runtime.http.ClientBuilder;
import dev.switchboard.runtime.http.ClientConfig;
import java.net.URI;

/**
 * Entry point for LiveChat's Configuration API bot agent methods (v3.1, RPC style: every method
 * is a JSON POST to {@code /configuration/action/<method>}).
 *
 * <pre>{@code
 * LiveChatClient livechat = LiveChatClient.builder().accessToken(System.getenv("LIVECHAT_TOKEN")).build();
 * GetBotAgentsResponse bots = livechat.botAgents().getBotAgents(new GetBotAgentsRequest().all(true));
 * }</pre>
 *
 * <p>The read methods ({@code get_bot_agents}, {@code get_bot_agent_details}) are retried like
 * GETs; the writes never are. Thread-safe.
 */
public final class LiveChatClient {
  /** The provider name used in errors and logs. */
  public static final String PROVIDER = "livechat";
  /** LiveChat's Configuration API v3.1 action endpoint. */
  public static final URI DEFAULT_BASE_URL =
      URI.create("https://api.livechatinc.com/v3.1/configuration/action");

  private final BotAgentsApi botAgents;
  private final BotAgentsApiAsync botAgentsAsync;

  private LiveChatClient(ClientConfig config) {
    this.botAgents = config.client(BotAgentsApi.class);
    this.botAgentsAsync = config.asyncClient(BotAgentsApiAsync.class);
  }

  /**
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the generated client for the bot agent methods
   */
  public BotAgentsApi botAgents() {
    return botAgents;
  }

  /**
   * The same operations, non-blocking: each returns a {@link java.util.concurrent.CompletableFuture}.
   *
   * @return the generated async client
   */
  public BotAgentsApiAsync botAgentsAsync() {
    return botAgentsAsync;
  }

  /** Configures a {@link LiveChatClient}. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Credential credential;

    private Builder() {
      super(PROVIDER, DEFAULT_BASE_URL);
    }

    /**
     * Authenticate with an agent's OAuth access token ({@code Authorization: Bearer}).
     *
     * @param token the access token
     * @return this
     */
    public Builder accessToken(String token) {
      this.credential = Credential.bearer(Secret.of(token, "accessToken"));
      return this;
    }

    /**
     * Authenticate with a personal access token ({@code Authorization: Basic}, account id as user).
     *
     * @param accountId the LiveChat account id
     * @param personalAccessToken the personal access token
     * @return this
     */
    public Builder personalAccessToken(String accountId, String personalAccessToken) {
      if (accountId == null || accountId.isBlank()) {
        throw new IllegalArgumentException("accountId must not be null or blank");
      }
      this.credential = Credential.basic(accountId, Secret.of(personalAccessToken, "personalAccessToken"));
      return this;
    }

    @Override
    protected Credential credential() {
      if (credential == null) {
        throw new IllegalStateException(
            "livechat: set accessToken(..) or personalAccessToken(..) before build()");
      }
      return credential;
    }

    /**
     * @return the client
     */
    public LiveChatClient build() {
      return new LiveChatClient(config());
    }
  }
}
