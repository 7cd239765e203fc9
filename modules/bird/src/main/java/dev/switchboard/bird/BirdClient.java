package dev.switchboard.bird;

import dev.switchboard.bird.api.AgentsApi;
import dev.switchboard.bird.api.AgentsApiAsync;
import dev.switchboard.bird.api.AgentsApiPaging;
import dev.switchboard.runtime.auth.Credential;
import dev.switchboard.runtime.auth.Secret;
import dev.switchboard.runtime.http.ApiResponse;
import dev.switchboard.runtime.http.ClientBuilder;
import dev.switchboard.runtime.http.ClientConfig;
import dev.switchboard.runtime.internal.Lazy;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

/**
 * Entry point for Bird's workspace agents API ({@code https://api.bird.com}).
 *
 * <pre>{@code
 * BirdClient bird = BirdClient.builder().accessKey(System.getenv("BIRD_ACCESS_KEY")).build();
 * AgentList page = bird.agents().listAgents("workspace-id", new ListAgentsQueryParams().limit(50));
 * }</pre>
 *
 * <p>Thread-safe; build one per credential and share it.
 */
public final class BirdClient {
  /** The provider name used in errors and logs. */
  public static final String PROVIDER = "bird";
  /** Bird's production API. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://api.bird.com");

  private final AgentsApi agents;
  private final Lazy<AgentsApiAsync> agentsAsync;

  private BirdClient(ClientConfig config) {
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
   * The generated client for every agent operation of the spec.
   *
   * @return the agents API
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

  /**
   * Where an agent's media file can be downloaded. Bird answers 302 with the file's location; the
   * SDK does not follow redirects (the location is a presigned URL on another host, which must not
   * receive the access key), so it returns the location for the caller to fetch.
   *
   * @param workspaceId the workspace
   * @param agentId the agent
   * @param fileId the media file
   * @return the file location, or empty when Bird answered 200 without one
   */
  public Optional<URI> mediaDownloadLocation(String workspaceId, String agentId, UUID fileId) {
    ApiResponse<Void> response = agents.downloadAgentMediaWithHttpInfo(workspaceId, agentId, fileId);
    return Optional.ofNullable(response.header("Location")).map(URI::create);
  }

  /** Configures a {@link BirdClient}. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Credential credential;

    private Builder() {
      super(PROVIDER, DEFAULT_BASE_URL);
    }

    /**
     * Authenticate with an access key ({@code Authorization: AccessKey <key>}).
     *
     * @param accessKey the access key
     * @return this
     */
    public Builder accessKey(String accessKey) {
      this.credential = Credential.header("Authorization", "AccessKey", Secret.of(accessKey, "accessKey"));
      return this;
    }

    /**
     * Authenticate with a user's JWT ({@code Authorization: Bearer <jwt>}).
     *
     * @param jwt the token
     * @return this
     */
    public Builder bearerToken(String jwt) {
      this.credential = Credential.bearer(Secret.of(jwt, "bearerToken"));
      return this;
    }

    @Override
    protected Credential credential() {
      if (credential == null) {
        throw new IllegalStateException("bird: set accessKey(..) or bearerToken(..) before build()");
      }
      return credential;
    }

    /**
     * @return the client
     */
    public BirdClient build() {
      return new BirdClient(config());
    }
  }
}
