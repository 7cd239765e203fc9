package dev.switchboard.runtime.http;

import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;

/**
 * BENCHMARK EXPERIMENT, not part of the SDK: the runtime's client exactly as {@link ClientFactory}
 * builds it, but on the JDK's {@link HttpClient} instead of OkHttp. Separates the transport from
 * everything else in the breakdowns. It sits in the runtime's package only to reach the
 * package-private factory method that takes a transport.
 */
public final class JdkTransport {
  private JdkTransport() {}

  /**
   * @param api a generated Feign interface
   * @param config the client settings
   * @param <T> the interface type
   * @return the client, on java.net.http
   */
  public static <T> T create(Class<T> api, ClientConfig config) {
    HttpClient http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
    return ClientFactory.create(api, config, new JdkClient(http), Clock.systemUTC());
  }

  /** A minimal Feign {@link feign.Client} on java.net.http: body read whole as bytes, like the baseline. */
  static final class JdkClient implements feign.Client {
    // Headers java.net.http sets itself and refuses from callers.
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");
    private final HttpClient http;

    JdkClient(HttpClient http) {
      this.http = http;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
      HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(request.url()))
          .timeout(Duration.ofMillis(options.readTimeoutMillis()));
      request.headers().forEach((name, values) -> {
        if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
          values.forEach(v -> b.header(name, v));
        }
      });
      byte[] body = request.body();
      b.method(request.httpMethod().name(), body == null
          ? HttpRequest.BodyPublishers.noBody()
          : HttpRequest.BodyPublishers.ofByteArray(body));
      HttpResponse<byte[]> r;
      try {
        r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted");
      }
      return Response.builder()
          .status(r.statusCode())
          .reason("")
          .request(request)
          .headers(new HashMap<>(r.headers().map()))
          .body(r.body())
          .build();
    }
  }
}
