package dev.switchboard.runtime.http;

import dev.switchboard.runtime.auth.Credential;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The settings every provider client's builder shares. A provider's builder extends it and adds
 * its credential setters and ids.
 *
 * @param <B> the concrete builder type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  private final String provider;
  private URI baseUrl;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration readTimeout = Duration.ofSeconds(30);
  private Duration attemptTimeout = Duration.ofSeconds(60);
  private Duration callTimeout = Duration.ofMinutes(2);
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private OkHttpClient httpClient = HttpClients.shared();
  private String userAgent;
  private WireLog wireLog = WireLog.NONE;

  /**
   * @param provider the platform name, e.g. {@code "bird"}
   * @param defaultBaseUrl the platform's production base URL
   */
  protected ClientBuilder(String provider, URI defaultBaseUrl) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.baseUrl = Objects.requireNonNull(defaultBaseUrl, "defaultBaseUrl");
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * @param baseUrl the platform's base URL (a sandbox, a proxy, a regional host)
   * @return this
   */
  public B baseUrl(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    URI uri = URI.create(baseUrl);
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, was " + baseUrl);
    }
    this.baseUrl = uri;
    return self();
  }

  /**
   * @param timeout how long to wait for a TCP connection (default 10 s)
   * @return this
   */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = positive(timeout, "connectTimeout");
    return self();
  }

  /**
   * @param timeout how long to wait between bytes of the response (default 30 s)
   * @return this
   */
  public B readTimeout(Duration timeout) {
    this.readTimeout = positive(timeout, "readTimeout");
    return self();
  }

  /**
   * @param timeout the limit for one attempt, connect to last byte (default 60 s)
   * @return this
   */
  public B attemptTimeout(Duration timeout) {
    this.attemptTimeout = positive(timeout, "attemptTimeout");
    return self();
  }

  /**
   * @param timeout the limit for a whole call including retries and their waits (default 2 min)
   * @return this
   */
  public B callTimeout(Duration timeout) {
    this.callTimeout = positive(timeout, "callTimeout");
    return self();
  }

  /**
   * @param policy when to retry; {@link RetryPolicy#none()} disables retries
   * @return this
   */
  public B retryPolicy(RetryPolicy policy) {
    this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
    return self();
  }

  /**
   * @param client an OkHttp client to derive from (its pool, proxy, TLS and interceptors are kept;
   *     Switchboard turns off its silent retries and redirect following)
   * @return this
   */
  public B httpClient(OkHttpClient client) {
    this.httpClient = Objects.requireNonNull(client, "httpClient");
    return self();
  }

  /**
   * @param product appended to Switchboard's User-Agent, e.g. {@code "my-app/1.2"}
   * @return this
   */
  public B userAgent(String product) {
    this.userAgent = Objects.requireNonNull(product, "userAgent");
    return self();
  }

  /**
   * @param level what the wire logger writes (default {@link WireLog#NONE})
   * @return this
   */
  public B wireLog(WireLog level) {
    this.wireLog = Objects.requireNonNull(level, "wireLog");
    return self();
  }

  /**
   * The credential the built client sends. Called once by {@link #config()}.
   *
   * @return the credential
   * @throws IllegalStateException if none was configured
   */
  protected abstract Credential credential();

  /**
   * @return the immutable settings for {@link ClientFactory}
   */
  protected ClientConfig config() {
    String agent = "switchboard-java/" + ClientConfig.VERSION + " (" + provider + ")"
        + (userAgent == null ? "" : " " + userAgent);
    return new ClientConfig(provider, baseUrl, credential(), connectTimeout, readTimeout,
        attemptTimeout, callTimeout, retryPolicy, httpClient, agent, wireLog);
  }

  private static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
    return d;
  }
}
