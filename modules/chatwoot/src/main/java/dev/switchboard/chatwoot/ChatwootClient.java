package dev.switchboard.chatwoot;

import dev.switchboard.chatwoot.api.AgentsApi;
import dev.switchboard.chatwoot.api.AgentsApiAsync;
import dev.switchboard.chatwoot.api.AgentsApiPaging;
import dev.switchboard.runtime.auth.Credential;
import dev.switchboard.runtime.auth.Secret;
import dev.switchboard.runtime.http.ClientBuilder;
import dev.switchboard.runtime.http.ClientConfig;
import dev.switchboard.runtime.internal.Lazy;
import java.net.URI;

/**
 * Entry point for Chatwoot's account agents API ({@code /api/v1/accounts/{account_id}/agents}).
 *
 * <pre>{@code
 * ChatwootClient chatwoot = ChatwootClient.builder()
 *     .baseUrl("https://chatwoot.example.com")
 *     .apiAccessToken(System.getenv("CHATWOOT_TOKEN"))
 *     .build();
 * List<Agent> agents = chatwoot.agents().listAgents(42L);
 * }</pre>
 *
 * <p>Chatwoot has no single-agent read; list and filter instead. Managing agents needs an
 * administrator's token: Chatwoot answers 401 (not 403) to other users. Thread-safe.
 */
public final class ChatwootClient {
  /** The provider name used in errors and logs. */
  public static final String PROVIDER = "chatwoot";
  /** Chatwoot Cloud; self-hosted installations set {@link Builder#baseUrl(String)}. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://app.chatwoot.com");

  private final AgentsApi agents;
  private final Lazy<AgentsApiAsync> agentsAsync;

  private ChatwootClient(ClientConfig config) {
    this.agents = config.client(AgentsApi.class);
    this.agentsAsync = Lazy.of(() -> config.asyncClient(AgentsApiAsync.class));
  }

  /**
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the generated client for the agent operations
   */
  public AgentsApi agents() {
    return agents;
  }

  /**
   * The same operations, non-blocking: each returns a {@link java.util.concurrent.CompletableFuture}.
   *
   * @return the generated async client
   */
  public AgentsApiAsync agentsAsync() {
    return agentsAsync.get();
  }

  /**
   * The spec's paged listings ({@code x-pagination}) as lazy {@link dev.switchboard.runtime.paging.PagedIterable}s:
   * items, pages with continuation tokens, resuming, {@code map} and async collection.
   *
   * @return the generated paging of the agents API
   */
  public AgentsApiPaging agentsPaging() {
    return new AgentsApiPaging(agents(), agentsAsync);
  }

  /** Configures a {@link ChatwootClient}. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Credential credential;

    private Builder() {
      super(PROVIDER, DEFAULT_BASE_URL);
    }

    /**
     * @param token a user's access token, sent as the {@code api_access_token} header
     * @return this
     */
    public Builder apiAccessToken(String token) {
      this.credential = Credential.header("api_access_token", Secret.of(token, "apiAccessToken"));
      return this;
    }

    @Override
    protected Credential credential() {
      if (credential == null) {
        throw new IllegalStateException("chatwoot: set apiAccessToken(..) before build()");
      }
      return credential;
    }

    /**
     * @return the client
     */
    public ChatwootClient build() {
      return new ChatwootClient(config());
    }
  }
}
