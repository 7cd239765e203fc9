package dev.switchboard.runtime.http;

import dev.switchboard.runtime.internal.Redactor;
import dev.switchboard.runtime.auth.Credential;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;

/**
 * The settings every provider client's builder shares. A provider's builder extends it and adds
 * its credential setters and ids.
 *
 * @param <B> the concrete builder type
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  /**
   * From the scheme's {@code //} to the last {@code @}: a URL's user information, and more when a
   * password holds a {@code /} or the path an {@code @} (a message may mask too much, never too little).
   */
  private static final Pattern USER_INFO = Pattern.compile("//.*@");

  private final String provider;
  private final URI defaultBaseUrl;
  private URI baseUrl;
  private Duration connectTimeout = ClientConfig.DEFAULT_CONNECT_TIMEOUT;
  private Duration readTimeout = ClientConfig.DEFAULT_READ_TIMEOUT;
  private Duration attemptTimeout = ClientConfig.DEFAULT_ATTEMPT_TIMEOUT;
  private Duration callTimeout = ClientConfig.DEFAULT_CALL_TIMEOUT;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private OkHttpClient httpClient = HttpClients.shared();
  private String userAgent;
  private WireLog wireLog = WireLog.NONE;
  private final List<HttpPipelinePolicy> policies = new ArrayList<>();
  private HttpTransport transport;
  private final List<String> requestIdHeaders = new ArrayList<>();
  /** Typed as a step, not as Micrometer's registry, so this class loads without Micrometer. */
  private HttpPipelinePolicy observation;

  /**
   * @param provider the platform name, e.g. {@code "bird"}
   * @param defaultBaseUrl the platform's production base URL
   */
  protected ClientBuilder(String provider, URI defaultBaseUrl) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.defaultBaseUrl = Objects.requireNonNull(defaultBaseUrl, "defaultBaseUrl");
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * Sets the platform's base URL. Without this call the client uses, in order: the system property
   * {@code switchboard.<provider>.url}, the environment variable {@code SWITCHBOARD_<PROVIDER>_URL}
   * (the same variable the CLI reads), then the platform's production URL. So code written for
   * production runs unchanged against a self-hosted server or the sandbox (as the AWS SDK's
   * {@code AWS_ENDPOINT_URL_<SERVICE>} does).
   *
   * <p>A URL carrying a user or password ({@code https://user:pass@host}) is refused, here or when
   * read from the property or variable: no request would send them, and they would reach logs and
   * messages.
   *
   * @param baseUrl the platform's base URL (a sandbox, a proxy, a regional host)
   * @return this
   * @throws IllegalArgumentException if it is not an absolute URL or carries a user or password
   */
  public B baseUrl(String baseUrl) {
    this.baseUrl = absoluteUrl(Objects.requireNonNull(baseUrl, "baseUrl"), "baseUrl");
    return self();
  }

  private static URI absoluteUrl(String value, String source) {
    URI uri;
    try {
      uri = URI.create(value);
    } catch (IllegalArgumentException e) {
      // No cause: URISyntaxException's message quotes the whole input, user and password included.
      throw new IllegalArgumentException(source + " must be an absolute http(s) URL, was " + withoutUserInfo(value));
    }
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw new IllegalArgumentException(source + " must be an absolute http(s) URL, was " + withoutUserInfo(value));
    }
    if (uri.getRawUserInfo() != null) {
      // OkHttp never sends a URL's user and password, so they would do nothing but reach logs and
      // messages: every request line of the wire log and every error that names the URL.
      throw new IllegalArgumentException(source + " must not carry a user or password (" + withoutUserInfo(value)
          + "); set the platform's credential on the builder instead");
    }
    return uri;
  }

  /** The URL with anything between {@code //} and the last {@code @} masked, for messages. */
  private static String withoutUserInfo(String value) {
    return USER_INFO.matcher(value).replaceFirst("//" + Redactor.MASK + "@");
  }

  private URI effectiveBaseUrl() {
    if (baseUrl != null) {
      return baseUrl;
    }
    String property = "switchboard." + provider + ".url";
    String fromProperty = System.getProperty(property);
    if (fromProperty != null && !fromProperty.isBlank()) {
      return absoluteUrl(fromProperty.strip(), "system property " + property);
    }
    String variable = "SWITCHBOARD_" + provider.toUpperCase(Locale.ROOT) + "_URL";
    String fromEnv = System.getenv(variable);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return absoluteUrl(fromEnv.strip(), "environment variable " + variable);
    }
    return defaultBaseUrl;
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
   * Adds a step to every call's pipeline, e.g. to add a header or to measure calls. A
   * {@link HttpPipelinePolicy.Stage#PER_CALL} step runs once per call, before the retry step, and
   * sees the final outcome; a {@link HttpPipelinePolicy.Stage#PER_ATTEMPT} step runs inside the retry
   * step, once per attempt. Both run after the user agent is set and before the attempt timeout,
   * the credential and the wire log are applied, and before errors become exceptions. Steps of one
   * stage run in the order added.
   *
   * @param policy the step
   * @return this
   */
  public B addPolicy(HttpPipelinePolicy policy) {
    policies.add(Objects.requireNonNull(policy, "policy"));
    return self();
  }

  /**
   * Observes every call with Micrometer: one observation named {@value SwitchboardObservation#NAME}
   * per call, with the low-cardinality keys platform, operation, outcome, status and attempts, and
   * an event per retry ({@link SwitchboardObservation}). With Micrometer's meter handler the registry
   * gives a timer per platform, operation and outcome; with Micrometer Tracing, a client span per
   * call. Without this call the pipeline has no observation step at all. Needs
   * {@code io.micrometer:micrometer-observation} on the classpath (an optional dependency of the
   * runtime: only this method uses it).
   *
   * @param registry the registry, e.g. the one Spring Boot configures
   * @return this
   */
  public B observationRegistry(io.micrometer.observation.ObservationRegistry registry) {
    Objects.requireNonNull(registry, "observationRegistry");
    // A no-op registry records nothing: keep the pipeline as short as without one.
    this.observation = registry.isNoop() ? null : new ObservationStep(registry);
    return self();
  }

  /**
   * @param transport what sends requests (default: {@link OkHttpTransport} on {@link #httpClient});
   *     {@link #connectTimeout} and {@link #readTimeout} configure only the default transport, a
   *     given one keeps its own
   * @return this
   */
  public B transport(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
    return self();
  }

  /**
   * For a platform's builder: a request id header the platform sends, read (before the generic
   * ones such as {@code x-request-id}) into the request id of an {@link dev.switchboard.runtime.error.ApiException}.
   * The runtime knows only the generic names; a platform contributes its own.
   *
   * @param name the header name
   * @return this
   */
  protected B requestIdHeader(String name) {
    requestIdHeaders.add(Objects.requireNonNull(name, "name"));
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
   * @return the immutable settings the client is made from
   */
  protected ClientConfig config() {
    String agent = "switchboard-java/" + ClientConfig.VERSION + " (" + provider + ")"
        + (userAgent == null ? "" : " " + userAgent);
    ClientConfig.Builder b = ClientConfig.builder(provider, effectiveBaseUrl(), credential())
        .connectTimeout(connectTimeout).readTimeout(readTimeout).attemptTimeout(attemptTimeout)
        .callTimeout(callTimeout).retryPolicy(retryPolicy).httpClient(httpClient).userAgent(agent)
        .wireLog(wireLog).transport(transport).observation(observation);
    policies.forEach(b::addPolicy);
    requestIdHeaders.forEach(b::addRequestIdHeader);
    return b.build();
  }

  private static Duration positive(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
    return d;
  }
}
