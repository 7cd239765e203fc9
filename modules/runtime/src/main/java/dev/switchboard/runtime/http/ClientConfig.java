package dev.switchboard.runtime.http;

import dev.switchboard.runtime.SdkVersion;
import dev.switchboard.runtime.auth.Credential;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * Immutable settings of one provider client, made by a {@link ClientBuilder} (or by
 * {@link #builder(String, URI, Credential)}). A class with a builder, not a record: a new setting
 * is a new builder method, so no caller's constructor call breaks when the settings grow.
 */
public final class ClientConfig {
  /** The SDK version sent in the User-Agent: the build's version ({@link SdkVersion}). */
  public static final String VERSION = SdkVersion.VERSION;

  // The defaults, once: ClientBuilder starts from the same values.
  static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(60);
  static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);

  private final String provider;
  private final URI baseUrl;
  private final Credential credential;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration attemptTimeout;
  private final Duration callTimeout;
  private final RetryPolicy retryPolicy;
  private final OkHttpClient httpClient;
  private final String userAgent;
  private final WireLog wireLog;
  private final List<HttpPipelinePolicy> policies;
  private final HttpTransport transport;
  private final List<String> requestIdHeaders;
  private final HttpPipelinePolicy observation;

  private ClientConfig(Builder b) {
    this.provider = b.provider;
    this.baseUrl = b.baseUrl;
    this.credential = b.credential;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.attemptTimeout = b.attemptTimeout;
    this.callTimeout = b.callTimeout;
    this.retryPolicy = b.retryPolicy;
    this.httpClient = b.httpClient;
    this.userAgent = b.userAgent != null ? b.userAgent : "switchboard-java/" + VERSION + " (" + provider + ")";
    this.wireLog = b.wireLog;
    this.policies = List.copyOf(b.policies);
    this.transport = b.transport;
    this.requestIdHeaders = List.copyOf(b.requestIdHeaders);
    this.observation = b.observation;
  }

  /**
   * Settings with {@link ClientBuilder}'s defaults (10 s connect, 30 s read, 60 s attempt, 2 min
   * call, default retries, the shared OkHttp client, no wire log, no steps of the user's).
   *
   * @param provider the platform name
   * @param baseUrl the base URL
   * @param credential the credential
   * @return a builder
   */
  public static Builder builder(String provider, URI baseUrl, Credential credential) {
    return new Builder(provider, baseUrl, credential);
  }

  /** @return a builder holding these settings, to change some of them */
  public Builder toBuilder() {
    Builder b = new Builder(provider, baseUrl, credential)
        .connectTimeout(connectTimeout).readTimeout(readTimeout).attemptTimeout(attemptTimeout)
        .callTimeout(callTimeout).retryPolicy(retryPolicy).httpClient(httpClient).userAgent(userAgent)
        .wireLog(wireLog).transport(transport).observation(observation);
    policies.forEach(b::addPolicy);
    requestIdHeaders.forEach(b::addRequestIdHeader);
    return b;
  }

  /** @return the platform name */
  public String provider() {
    return provider;
  }

  /** @return the base URL */
  public URI baseUrl() {
    return baseUrl;
  }

  /** @return the credential */
  public Credential credential() {
    return credential;
  }

  /** @return the connect timeout */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** @return the read timeout */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** @return the per-attempt timeout */
  public Duration attemptTimeout() {
    return attemptTimeout;
  }

  /** @return the whole-call timeout, retries included */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** @return the retry policy */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** @return the OkHttp client the transport derives from */
  public OkHttpClient httpClient() {
    return httpClient;
  }

  /** @return the User-Agent header value */
  public String userAgent() {
    return userAgent;
  }

  /** @return the wire log level */
  public WireLog wireLog() {
    return wireLog;
  }

  /** @return the user's pipeline steps, in the order added */
  public List<HttpPipelinePolicy> policies() {
    return policies;
  }

  /** @return the transport, or null for OkHttp on {@link #httpClient()} */
  public HttpTransport transport() {
    return transport;
  }

  /** @return the platform's own request id headers, read before the generic ones */
  public List<String> requestIdHeaders() {
    return requestIdHeaders;
  }

  /** @return the step that observes each call, or null for none (then the pipeline has no such step) */
  public HttpPipelinePolicy observation() {
    return observation;
  }

  /**
   * @param api a generated client interface (its generated {@code <api>Impl} sits beside it)
   * @param <T> its type
   * @return a client for it with these settings
   */
  public <T> T client(Class<T> api) {
    return ClientFactory.create(api, this);
  }

  /**
   * @param api a generated {@code *Async} interface (its generated {@code <api>Impl} sits beside it)
   * @param <T> its type
   * @return a non-blocking client for it with these settings
   */
  public <T> T asyncClient(Class<T> api) {
    return ClientFactory.createAsync(api, this);
  }

  /** Names the settings, never the credential's value (its own {@code toString} masks it). */
  @Override
  public String toString() {
    return "ClientConfig[provider=" + provider + ", baseUrl=" + baseUrl + ", credential=" + credential
        + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", attemptTimeout=" + attemptTimeout
        + ", callTimeout=" + callTimeout + ", retryPolicy=" + retryPolicy + ", wireLog=" + wireLog
        + ", policies=" + policies.size() + ", transport=" + (transport == null ? "okhttp" : transport.getClass().getSimpleName())
        + ", requestIdHeaders=" + requestIdHeaders + "]";
  }

  /** Builds a {@link ClientConfig}; every setting but the three required ones has a default. */
  public static final class Builder {
    private final String provider;
    private final URI baseUrl;
    private final Credential credential;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration attemptTimeout = DEFAULT_ATTEMPT_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private OkHttpClient httpClient = HttpClients.shared();
    private String userAgent;
    private WireLog wireLog = WireLog.NONE;
    private final List<HttpPipelinePolicy> policies = new ArrayList<>();
    private HttpTransport transport;
    private final List<String> requestIdHeaders = new ArrayList<>();
    private HttpPipelinePolicy observation;

    private Builder(String provider, URI baseUrl, Credential credential) {
      this.provider = Objects.requireNonNull(provider, "provider");
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      this.credential = Objects.requireNonNull(credential, "credential");
    }

    /**
     * @param value the connect timeout
     * @return this
     */
    public Builder connectTimeout(Duration value) {
      connectTimeout = Objects.requireNonNull(value, "connectTimeout");
      return this;
    }

    /**
     * @param value the read timeout
     * @return this
     */
    public Builder readTimeout(Duration value) {
      readTimeout = Objects.requireNonNull(value, "readTimeout");
      return this;
    }

    /**
     * @param value the per-attempt timeout
     * @return this
     */
    public Builder attemptTimeout(Duration value) {
      attemptTimeout = Objects.requireNonNull(value, "attemptTimeout");
      return this;
    }

    /**
     * @param value the whole-call timeout, retries included
     * @return this
     */
    public Builder callTimeout(Duration value) {
      callTimeout = Objects.requireNonNull(value, "callTimeout");
      return this;
    }

    /**
     * @param value the retry policy
     * @return this
     */
    public Builder retryPolicy(RetryPolicy value) {
      retryPolicy = Objects.requireNonNull(value, "retryPolicy");
      return this;
    }

    /**
     * @param value the OkHttp client to derive from
     * @return this
     */
    public Builder httpClient(OkHttpClient value) {
      httpClient = Objects.requireNonNull(value, "httpClient");
      return this;
    }

    /**
     * @param value the whole User-Agent header value, or null for the SDK's own
     * @return this
     */
    public Builder userAgent(String value) {
      userAgent = value;
      return this;
    }

    /**
     * @param value the wire log level
     * @return this
     */
    public Builder wireLog(WireLog value) {
      wireLog = Objects.requireNonNull(value, "wireLog");
      return this;
    }

    /**
     * @param value a step of the user's, after those added before
     * @return this
     */
    public Builder addPolicy(HttpPipelinePolicy value) {
      policies.add(Objects.requireNonNull(value, "policy"));
      return this;
    }

    /**
     * @param value the transport, or null for OkHttp on the HTTP client
     * @return this
     */
    public Builder transport(HttpTransport value) {
      transport = value;
      return this;
    }

    /**
     * @param name a request id header of the platform's, read before the generic ones
     * @return this
     */
    public Builder addRequestIdHeader(String name) {
      requestIdHeaders.add(Objects.requireNonNull(name, "name"));
      return this;
    }

    /**
     * @param value the step that observes each call, or null for none
     * @return this
     */
    public Builder observation(HttpPipelinePolicy value) {
      observation = value;
      return this;
    }

    /** @return the settings */
    public ClientConfig build() {
      return new ClientConfig(this);
    }
  }
}
