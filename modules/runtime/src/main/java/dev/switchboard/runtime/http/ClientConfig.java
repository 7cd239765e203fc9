package dev.switchboard.runtime.http;

import dev.switchboard.runtime.auth.Credential;
import dev.switchboard.runtime.SdkVersion;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * Immutable settings of one provider client, made by a {@link ClientBuilder}.
 *
 * @param provider the platform name
 * @param baseUrl the base URL
 * @param credential the credential
 * @param connectTimeout the connect timeout
 * @param readTimeout the read timeout
 * @param attemptTimeout the per-attempt timeout
 * @param callTimeout the whole-call timeout including retries
 * @param retryPolicy the retry policy
 * @param httpClient the OkHttp client to derive from
 * @param userAgent the User-Agent header value
 * @param wireLog the wire log level
 * @param policies the user's pipeline steps, in the order added
 * @param transport the transport, or null for OkHttp on {@code httpClient}
 * @param requestIdHeaders the platform's own request id headers, read before the generic ones
 * @param observation the step that observes each call (made by
 *     {@link ClientBuilder#observationRegistry}), or null for none: then the pipeline has no such step
 */
public record ClientConfig(
    String provider,
    URI baseUrl,
    Credential credential,
    Duration connectTimeout,
    Duration readTimeout,
    Duration attemptTimeout,
    Duration callTimeout,
    RetryPolicy retryPolicy,
    OkHttpClient httpClient,
    String userAgent,
    WireLog wireLog,
    List<HttpPipelinePolicy> policies,
    HttpTransport transport,
    List<String> requestIdHeaders,
    HttpPipelinePolicy observation) {

  /**
   * Lists copied, so a config cannot change after it is made.
   *
   * @param provider the platform name
   * @param baseUrl the base URL
   * @param credential the credential
   * @param connectTimeout the connect timeout
   * @param readTimeout the read timeout
   * @param attemptTimeout the per-attempt timeout
   * @param callTimeout the whole-call timeout including retries
   * @param retryPolicy the retry policy
   * @param httpClient the OkHttp client to derive from
   * @param userAgent the User-Agent header value
   * @param wireLog the wire log level
   * @param policies the user's pipeline steps, in the order added
   * @param transport the transport, or null for OkHttp on {@code httpClient}
   * @param requestIdHeaders the platform's own request id headers
   * @param observation the observation step, or null for none
   */
  public ClientConfig {
    policies = List.copyOf(policies);
    requestIdHeaders = List.copyOf(requestIdHeaders);
  }

  /**
   * Settings without an observation.
   *
   * @param provider the platform name
   * @param baseUrl the base URL
   * @param credential the credential
   * @param connectTimeout the connect timeout
   * @param readTimeout the read timeout
   * @param attemptTimeout the per-attempt timeout
   * @param callTimeout the whole-call timeout including retries
   * @param retryPolicy the retry policy
   * @param httpClient the OkHttp client to derive from
   * @param userAgent the User-Agent header value
   * @param wireLog the wire log level
   * @param policies the user's pipeline steps, in the order added
   * @param transport the transport, or null for OkHttp on {@code httpClient}
   * @param requestIdHeaders the platform's own request id headers
   */
  public ClientConfig(String provider, URI baseUrl, Credential credential, Duration connectTimeout,
      Duration readTimeout, Duration attemptTimeout, Duration callTimeout, RetryPolicy retryPolicy,
      OkHttpClient httpClient, String userAgent, WireLog wireLog, List<HttpPipelinePolicy> policies,
      HttpTransport transport, List<String> requestIdHeaders) {
    this(provider, baseUrl, credential, connectTimeout, readTimeout, attemptTimeout, callTimeout, retryPolicy,
        httpClient, userAgent, wireLog, policies, transport, requestIdHeaders, null);
  }

  /**
   * Settings without user steps, on the default transport, with the generic request id headers only.
   *
   * @param provider the platform name
   * @param baseUrl the base URL
   * @param credential the credential
   * @param connectTimeout the connect timeout
   * @param readTimeout the read timeout
   * @param attemptTimeout the per-attempt timeout
   * @param callTimeout the whole-call timeout including retries
   * @param retryPolicy the retry policy
   * @param httpClient the OkHttp client to derive from
   * @param userAgent the User-Agent header value
   * @param wireLog the wire log level
   */
  public ClientConfig(String provider, URI baseUrl, Credential credential, Duration connectTimeout,
      Duration readTimeout, Duration attemptTimeout, Duration callTimeout, RetryPolicy retryPolicy,
      OkHttpClient httpClient, String userAgent, WireLog wireLog) {
    this(provider, baseUrl, credential, connectTimeout, readTimeout, attemptTimeout, callTimeout, retryPolicy,
        httpClient, userAgent, wireLog, List.of(), null, List.of(), null);
  }

  /** The SDK version sent in the User-Agent: the build's version ({@link SdkVersion}). */
  public static final String VERSION = SdkVersion.VERSION;

  /**
   * @param api a generated Feign interface
   * @param <T> its type
   * @return a client for it with these settings
   */
  public <T> T client(Class<T> api) {
    return ClientFactory.create(api, this);
  }

  /**
   * @param api a generated {@code *Async} Feign interface
   * @param <T> its type
   * @return a non-blocking client for it with these settings
   */
  public <T> T asyncClient(Class<T> api) {
    return ClientFactory.createAsync(api, this);
  }
}
