package dev.switchboard.livechat;

import dev.switchboard.livechat.api.BotAgentsApi;
import dev.switchboard.livechat.api.BotAgentsApiAsync;
import dev.switchboard.livechat.api.BotAgentsApiPaging;
import dev.switchboard.livechat.v34.api.BotsApi;
import dev.switchboard.livechat.v34.api.BotsApiAsync;
import dev.switchboard.livechat.v34.api.BotsApiPaging;
import dev.switchboard.livechat.v34.api.RoutingStatusApi;
import dev.switchboard.livechat.v34.api.RoutingStatusApiAsync;
import dev.switchboard.runtime.auth.Credential;
import dev.switchboard.runtime.auth.Secret;
import dev.switchboard.runtime.http.ClientBuilder;
import dev.switchboard.runtime.http.ClientConfig;
import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Entry point for LiveChat's bot methods, at API v3.4 (the default) or v3.1 (the seed's
 * Configuration API), chosen with {@link Builder#apiVersion(LiveChatApiVersion)}. Every method is
 * a JSON POST to {@code <api>/action/<method>}.
 *
 * <pre>{@code
 * LiveChatClient livechat = LiveChatClient.builder().accessToken(System.getenv("LIVECHAT_TOKEN")).build();
 * List<Bot> bots = livechat.bots().listBots(new ListBotsRequest().all(true));
 * livechat.routingStatus().setRoutingStatus(new SetRoutingStatusRequest().agentId(id).status(RoutingStatus.OFFLINE));
 *
 * LiveChatClient v31 = LiveChatClient.builder().apiVersion(LiveChatApiVersion.V3_1).accessToken(token).build();
 * v31.botAgents().getBotAgents(new GetBotAgentsRequest().all(true));
 * }</pre>
 *
 * <p>Every call carries {@code X-Region}, the data centre of the token: the part of the token
 * before its {@code :} ({@code dal} or {@code fra}), as LiveChat's official SDKs send it; a licence
 * in {@code fra} fails every call without it. The read methods are retried like GETs; the writes
 * never are. Thread-safe.
 */
public final class LiveChatClient {
  /** The provider name used in errors and logs. */
  public static final String PROVIDER = "livechat";
  /** The default API version. */
  public static final LiveChatApiVersion DEFAULT_API_VERSION = LiveChatApiVersion.V3_4;
  /** LiveChat's Configuration API v3.1 action endpoint, the base URL at {@link LiveChatApiVersion#V3_1}. */
  public static final URI DEFAULT_BASE_URL = LiveChatApiVersion.V3_1.defaultBaseUrl();

  private final LiveChatApiVersion apiVersion;
  private final ClientConfig config;

  private LiveChatClient(LiveChatApiVersion apiVersion, ClientConfig config) {
    this.apiVersion = apiVersion;
    this.config = config;
  }

  /**
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the API version this client speaks
   */
  public LiveChatApiVersion apiVersion() {
    return apiVersion;
  }

  /**
   * @return the generated v3.1 client for the bot agent methods
   * @throws IllegalStateException unless this client speaks {@link LiveChatApiVersion#V3_1}
   */
  public BotAgentsApi botAgents() {
    return api(LiveChatApiVersion.V3_1, BotAgentsApi.class, false);
  }

  /**
   * The v3.1 operations, non-blocking: each returns a {@link java.util.concurrent.CompletableFuture}.
   *
   * @return the generated async v3.1 client
   * @throws IllegalStateException unless this client speaks {@link LiveChatApiVersion#V3_1}
   */
  public BotAgentsApiAsync botAgentsAsync() {
    return api(LiveChatApiVersion.V3_1, BotAgentsApiAsync.class, true);
  }

  /**
   * The spec's paged listings ({@code x-pagination}) as lazy {@link dev.switchboard.runtime.paging.PagedIterable}s:
   * items, pages with continuation tokens, resuming, {@code map} and async collection.
   *
   * @return the generated paging of the v3.1 bot agent methods
   * @throws IllegalStateException unless this client speaks {@link LiveChatApiVersion#V3_1}
   */
  public BotAgentsApiPaging botAgentsPaging() {
    return new BotAgentsApiPaging(botAgents(), this::botAgentsAsync);
  }

  /**
   * @return the generated v3.4 client for the Configuration API bot methods
   * @throws IllegalStateException unless this client speaks {@link LiveChatApiVersion#V3_4}
   */
  public BotsApi bots() {
    return api(LiveChatApiVersion.V3_4, BotsApi.class, false);
  }

  /**
   * @return the generated async v3.4 client for the bot methods
   * @throws IllegalStateException unless this client speaks {@link LiveChatApiVersion#V3_4}
   */
  public BotsApiAsync botsAsync() {
    return api(LiveChatApiVersion.V3_4, BotsApiAsync.class, true);
  }

  /**
   * The spec's paged listings ({@code x-pagination}) as lazy {@link dev.switchboard.runtime.paging.PagedIterable}s:
   * items, pages with continuation tokens, resuming, {@code map} and async collection.
   *
   * @return the generated paging of the v3.4 bot methods
   * @throws IllegalStateException unless this client speaks {@link LiveChatApiVersion#V3_4}
   */
  public BotsApiPaging botsPaging() {
    return new BotsApiPaging(bots(), this::botsAsync);
  }

  /**
   * @return the generated v3.4 client for the Agent Chat API routing status methods (a bot's availability)
   * @throws IllegalStateException unless this client speaks {@link LiveChatApiVersion#V3_4}
   */
  public RoutingStatusApi routingStatus() {
    return api(LiveChatApiVersion.V3_4, RoutingStatusApi.class, false);
  }

  /**
   * @return the generated async v3.4 routing status client
   * @throws IllegalStateException unless this client speaks {@link LiveChatApiVersion#V3_4}
   */
  public RoutingStatusApiAsync routingStatusAsync() {
    return api(LiveChatApiVersion.V3_4, RoutingStatusApiAsync.class, true);
  }

  // Built once per interface on first use: a client of one version never builds the other's proxies.
  private final java.util.concurrent.ConcurrentMap<Class<?>, Object> apis = new java.util.concurrent.ConcurrentHashMap<>();

  private <T> T api(LiveChatApiVersion needed, Class<T> type, boolean async) {
    if (apiVersion != needed) {
      throw new IllegalStateException("livechat: " + type.getSimpleName() + " is a v" + needed.number()
          + " API but this client speaks v" + apiVersion.number() + "; build it with apiVersion(LiveChatApiVersion."
          + needed.name() + ")");
    }
    return type.cast(apis.computeIfAbsent(type, t -> async ? config.asyncClient(t) : config.client(t)));
  }

  /** Configures a {@link LiveChatClient}. */
  public static final class Builder extends ClientBuilder<Builder> {
    /** A region is a short lower-case label such as {@code dal} or {@code fra}. */
    private static final Pattern REGION = Pattern.compile("[a-z][a-z0-9-]{0,15}");

    private Credential credential;
    private String tokenRegion;
    private String region;
    private LiveChatApiVersion apiVersion = DEFAULT_API_VERSION;
    private boolean baseUrlSet;

    private Builder() {
      super(PROVIDER, DEFAULT_API_VERSION.defaultBaseUrl());
      // LiveChat's own request id header, the one its PlatformProvider publishes (assumed: see the
      // v3.4 spec's info.x-unknowns).
      requestIdHeader(LiveChatPlatformProvider.REQUEST_ID_HEADER);
    }

    /**
     * The API version to speak (default {@link LiveChatApiVersion#V3_4}). It also picks the default
     * base URL; a {@link #baseUrl(String)} of your own must fit the version (see
     * {@link LiveChatApiVersion}). A version other than the default uses its production URL unless
     * {@link #baseUrl(String)} is called.
     *
     * @param apiVersion the version
     * @return this
     */
    public Builder apiVersion(LiveChatApiVersion apiVersion) {
      this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
      return this;
    }

    /**
     * @param baseUrl the action endpoint at v3.1, the version root at v3.4 (a sandbox, a proxy)
     * @return this
     */
    @Override
    public Builder baseUrl(String baseUrl) {
      super.baseUrl(baseUrl);
      baseUrlSet = true;
      return this;
    }

    /**
     * Authenticate with an agent's OAuth access token ({@code Authorization: Bearer}). Its region
     * prefix ({@code dal:} or {@code fra:}) becomes the {@code X-Region} header.
     *
     * @param token the access token
     * @return this
     */
    public Builder accessToken(String token) {
      this.credential = Credential.bearer(Secret.of(token, "accessToken"));
      this.tokenRegion = regionOf(token);
      return this;
    }

    /**
     * Authenticate with a personal access token ({@code Authorization: Basic}, account id as user).
     * Its region prefix, if any, becomes the {@code X-Region} header.
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
      this.tokenRegion = regionOf(personalAccessToken);
      return this;
    }

    /**
     * The data centre sent in {@code X-Region}, for a token without a region prefix. Overrides the
     * prefix when both are there.
     *
     * @param region {@code dal} or {@code fra}
     * @return this
     */
    public Builder region(String region) {
      if (region == null || !REGION.matcher(region).matches()) {
        throw new IllegalArgumentException("region must be a data centre label such as dal or fra, was " + region);
      }
      this.region = region;
      return this;
    }

    /** The part before the first ':' when it looks like a region; never echoes the token. */
    private static String regionOf(String token) {
      if (token == null) {
        return null;
      }
      int colon = token.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      String prefix = token.substring(0, colon);
      return REGION.matcher(prefix).matches() ? prefix : null;
    }

    @Override
    protected Credential credential() {
      if (credential == null) {
        throw new IllegalStateException(
            "livechat: set accessToken(..) or personalAccessToken(..) before build()");
      }
      String r = region != null ? region : tokenRegion;
      if (r == null) {
        throw new IllegalStateException("livechat: region: the token has no region prefix (dal: or fra:);"
            + " set region(..) so every call can carry X-Region");
      }
      return credential.withRoutingHeader("X-Region", r);
    }

    /**
     * @return the client
     */
    public LiveChatClient build() {
      // The builder starts with the default version's URL; only another version replaces it, so a
      // base URL the runtime takes from the environment for the default version is left alone.
      if (!baseUrlSet && apiVersion != DEFAULT_API_VERSION) {
        super.baseUrl(apiVersion.defaultBaseUrl().toString());
      }
      return new LiveChatClient(apiVersion, config());
    }
  }
}
