package dev.switchboard.runtime.http;

import dev.switchboard.runtime.internal.Idempotent;
import okhttp3.ConnectionPool;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The shared OkHttp client. OkHttp, unlike {@code HttpURLConnection}, speaks PATCH and pools
 * connections; every Switchboard client derives from this one so they share one pool.
 */
final class HttpClients {
  private HttpClients() {}

  /**
   * @return the process-wide pooled client with Switchboard's settings
   */
  public static OkHttpClient shared() {
    return SHARED;
  }

  /**
   * Applies the settings Switchboard relies on to a caller-supplied client.
   *
   * <p>OkHttp's own silent retry is off (it would replay POSTs; retries belong to
   * {@link RetryPolicy}) and redirects are not followed (a redirect would carry API-key headers to
   * another host; a 3xx is returned to the caller instead).
   *
   * <p>OkHttp's follow-up logic also replays any request answered {@code 503} with
   * {@code Retry-After: 0}, POSTs included, whatever {@code retryOnConnectionFailure} says, and it
   * parses that header as an int (a huge value threw {@code NumberFormatException}). So the header
   * is hidden from it: a network interceptor renames it on the way in, and an application
   * interceptor (outside the follow-up logic) restores it for the pipeline's retry and error steps. One attempt is
   * one request on the wire.
   *
   * <p>With OkHttp's retry off, a request would also go out on a pooled connection the server had
   * already closed while it sat idle, and fail unsent; {@link StaleConnections} checks such a
   * connection before writing and sends the request on another one.
   *
   * @param builder a client builder
   * @return the same builder
   */
  public static OkHttpClient.Builder configure(OkHttpClient.Builder builder) {
    // Idempotent: a client derived from an already configured one keeps a single pair.
    if (!builder.networkInterceptors().contains(HIDE_RETRY_AFTER)) {
      builder.addNetworkInterceptor(HIDE_RETRY_AFTER);
    }
    if (!builder.interceptors().contains(RESTORE_RETRY_AFTER)) {
      builder.addInterceptor(RESTORE_RETRY_AFTER);
    }
    if (!builder.networkInterceptors().contains(StaleConnections.CHECK)) {
      builder.addNetworkInterceptor(StaleConnections.CHECK);
    }
    if (!builder.interceptors().contains(StaleConnections.RESEND)) {
      builder.addInterceptor(StaleConnections.RESEND);
    }
    return builder.retryOnConnectionFailure(false).followRedirects(false).followSslRedirects(false);
  }

  /** The name Retry-After travels under between the two interceptors. */
  static final String HIDDEN_RETRY_AFTER = "X-Switchboard-Retry-After";

  private static final Interceptor HIDE_RETRY_AFTER = chain -> rename(chain.proceed(chain.request()),
      "Retry-After", HIDDEN_RETRY_AFTER);

  private static final Interceptor RESTORE_RETRY_AFTER = chain -> rename(chain.proceed(chain.request()),
      HIDDEN_RETRY_AFTER, "Retry-After");

  // After the interceptors: configure() uses them.
  private static final OkHttpClient SHARED = configure(new OkHttpClient.Builder()
      .connectionPool(new ConnectionPool(16, 5, java.util.concurrent.TimeUnit.MINUTES))).build();

  private static Response rename(Response response, String from, String to) {
    java.util.List<String> values = response.headers(from);
    if (values.isEmpty()) {
      return response;
    }
    Response.Builder b = response.newBuilder().removeHeader(from);
    for (String v : values) {
      b.addHeader(to, v);
    }
    return b.build();
  }

  /**
   * The default transport's client: the connect and read timeouts are set here and only here (the
   * per-attempt limit is set per request by the pipeline's attempt-timeout step).
   */
  static OkHttpClient forConfig(ClientConfig config) {
    return configure(config.httpClient().newBuilder())
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .build();
  }
}
