package dev.switchboard.runtime.http;

import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The shared OkHttp client. OkHttp, unlike Feign's default client, speaks PATCH and pools
 * connections; every Switchboard client derives from this one so they share one pool.
 */
public final class HttpClients {
  private static final OkHttpClient SHARED = configure(new OkHttpClient.Builder()
      .connectionPool(new ConnectionPool(16, 5, java.util.concurrent.TimeUnit.MINUTES))).build();

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
   * @param builder a client builder
   * @return the same builder
   */
  public static OkHttpClient.Builder configure(OkHttpClient.Builder builder) {
    return builder.retryOnConnectionFailure(false).followRedirects(false).followSslRedirects(false);
  }

  /** Timeouts set to match Feign's options, else Feign's OkHttp adapter rebuilds a client per call. */
  static OkHttpClient forConfig(ClientConfig config) {
    return configure(config.httpClient().newBuilder())
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .callTimeout(config.attemptTimeout())
        .build();
  }
}
