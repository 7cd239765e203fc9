package dev.switchboard.runtime.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * A transport on the JDK's {@code java.net.http} client, for applications that avoid OkHttp's
 * dependencies or want the JDK's HTTP/2. The body streams as it arrives (not read whole first).
 * The JDK client has no read timeout between bytes: the per-attempt timeout
 * ({@link ClientBuilder#attemptTimeout}) is the limit, applied to the response's headers.
 */
public final class JdkHttpTransport implements HttpTransport {
  // Headers java.net.http sets itself and refuses from callers.
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
  private final HttpClient http;

  /**
   * @param http the client to send with; it must not follow redirects (a redirect would carry the
   *     credential to another host)
   */
  public JdkHttpTransport(HttpClient http) {
    this.http = Objects.requireNonNull(http, "http");
    if (http.followRedirects() != HttpClient.Redirect.NEVER) {
      throw new IllegalArgumentException("the HttpClient must not follow redirects (HttpClient.Redirect.NEVER)");
    }
  }

  /**
   * @param connectTimeout how long to wait for a TCP connection
   * @return a transport on a new HTTP/1.1 client that follows no redirects
   */
  public static JdkHttpTransport create(Duration connectTimeout) {
    return new JdkHttpTransport(HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(connectTimeout)
        .followRedirects(HttpClient.Redirect.NEVER)
        .build());
  }

  @Override
  public HttpResponse send(HttpRequest request) throws IOException {
    try {
      return toResponse(http.send(toJdk(request), java.net.http.HttpResponse.BodyHandlers.ofInputStream()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
  }

  @Override
  public CompletableFuture<HttpResponse> sendAsync(HttpRequest request) {
    java.net.http.HttpRequest jdk;
    try {
      jdk = toJdk(request);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return http.sendAsync(jdk, java.net.http.HttpResponse.BodyHandlers.ofInputStream())
        .thenApply(JdkHttpTransport::toResponse);
  }

  private static java.net.http.HttpRequest toJdk(HttpRequest request) {
    java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(URI.create(request.url()));
    if (request.timeout() != null) {
      b.timeout(request.timeout());
    }
    for (Map.Entry<String, List<String>> header : request.headers().entrySet()) {
      if (!RESTRICTED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
        for (String value : header.getValue()) {
          b.header(header.getKey(), value);
        }
      }
    }
    byte[] body = request.body();
    b.method(request.method(), body == null
        ? java.net.http.HttpRequest.BodyPublishers.noBody()
        : java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
    return b.build();
  }

  private static HttpResponse toResponse(java.net.http.HttpResponse<InputStream> response) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.putAll(response.headers().map());
    return new HttpResponse(response.statusCode(), headers, response.body());
  }
}
