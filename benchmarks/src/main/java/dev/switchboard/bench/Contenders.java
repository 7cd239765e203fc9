package dev.switchboard.bench;

import dev.switchboard.bcrumbs.BcrumbsClient;
import dev.switchboard.bench.nativebird.ApiClient;
import dev.switchboard.bench.raw.RawClients;
import dev.switchboard.bird.BirdClient;
import dev.switchboard.bcrumbs.BcrumbsDirectory;
import dev.switchboard.bird.BirdDirectory;
import dev.switchboard.runtime.auth.Credential;
import dev.switchboard.runtime.auth.Secret;
import dev.switchboard.runtime.http.ClientConfig;
import dev.switchboard.runtime.http.JdkHttpTransport;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.WireLog;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

/**
 * How each contender is built. Every one points at the same loopback server, sends the same
 * credential header and makes exactly one HTTP request per call: the SDK clients get
 * {@link RetryPolicy#none()} and no wire log; both java.net.http contenders speak HTTP/1.1
 * (the SDK's OkHttp does too), so no h2c upgrade is attempted.
 */
public final class Contenders {
  private Contenders() {}

  /**
   * @return the loopback server's port, from {@code -Dbench.port}
   */
  public static int port() {
    String port = System.getProperty("bench.port");
    if (port == null) {
      throw new IllegalStateException("-Dbench.port=<port of a running LoopbackServer> is required (benchmarks/run sets it)");
    }
    return Integer.parseInt(port);
  }

  /**
   * @param port the server's port
   * @return its base URL
   */
  public static String base(int port) {
    return "http://127.0.0.1:" + port;
  }

  /**
   * @param port the server's port
   * @return the SDK's Bird client
   */
  public static BirdClient bird(int port) {
    BirdClient.Builder builder = BirdClient.builder();
    String pool = System.getProperty("bench.okhttpPool");
    if (pool != null) {
      // Experiment only (BENCHMARKS.md, 16 callers): the SDK's OkHttp with a larger idle pool.
      builder.httpClient(new okhttp3.OkHttpClient.Builder()
          .connectionPool(new okhttp3.ConnectionPool(Integer.parseInt(pool), 5, java.util.concurrent.TimeUnit.MINUTES))
          .build());
    }
    return builder
        .baseUrl(base(port))
        .accessKey(LoopbackServer.ACCESS_KEY)
        .retryPolicy(RetryPolicy.none())
        .wireLog(WireLog.NONE)
        .build();
  }

  /**
   * @param port the server's port
   * @param workspaceId the workspace
   * @return the facade over the SDK's Bird client
   */
  public static BirdDirectory birdDirectory(int port, String workspaceId) {
    return BirdDirectory.of(bird(port), workspaceId);
  }

  /**
   * @param port the server's port
   * @return the SDK's bcrumbs client
   */
  public static BcrumbsClient bcrumbs(int port) {
    return BcrumbsClient.builder()
        .baseUrl(base(port) + LoopbackServer.GRAPHQL_PATH)
        .apiKey(LoopbackServer.ACCESS_KEY)
        .retryPolicy(RetryPolicy.none())
        .wireLog(WireLog.NONE)
        .build();
  }

  /**
   * @param port the server's port
   * @return the facade over the SDK's bcrumbs client
   */
  public static BcrumbsDirectory bcrumbsDirectory(int port) {
    return BcrumbsDirectory.of(bcrumbs(port), LoopbackServer.BCRUMBS_WORKSPACE);
  }

  /**
   * What {@code BirdClient} builds minus its async twin: the same {@link ClientConfig} turned into
   * the synchronous generated client only. Used to measure what building {@code agentsAsync()}
   * eagerly costs at cold start.
   *
   * @param port the server's port
   * @return the SDK's synchronous generated Bird client
   */
  public static dev.switchboard.bird.api.AgentsApi syncOnly(int port) {
    return config(port).client(dev.switchboard.bird.api.AgentsApi.class);
  }

  /**
   * The same settings on the runtime's public {@code java.net.http} transport: the SDK's whole
   * stack unchanged except the transport (the {@code feignJdk} breakdown rows).
   *
   * @param c the settings
   * @return them with a {@link JdkHttpTransport}
   */
  public static ClientConfig onJdk(ClientConfig c) {
    return c.toBuilder().transport(JdkHttpTransport.create(c.connectTimeout())).build();
  }

  /**
   * The {@link ClientConfig} {@code BirdClient.builder()} makes for {@link #bird(int)}.
   *
   * @param port the server's port
   * @return the settings
   */
  public static ClientConfig config(int port) {
    return ClientConfig.builder(BirdClient.PROVIDER, URI.create(base(port)),
        Credential.header("Authorization", "AccessKey", Secret.of(LoopbackServer.ACCESS_KEY, "accessKey")))
        .retryPolicy(RetryPolicy.none()).build();
  }

  /**
   * @param port the server's port
   * @return the raw java.net.http + Jackson baseline
   */
  public static RawClients raw(int port) {
    return new RawClients(base(port), LoopbackServer.ACCESS_KEY);
  }

  /**
   * The peer generator's client as its README shows it: an {@link ApiClient} with the base URI, the
   * credential added by a request interceptor (the native library has no auth helpers), and the
   * JDK client set to HTTP/1.1 like the baseline.
   *
   * @param port the server's port
   * @return openapi-generator's java/native client for the Bird spec
   */
  public static dev.switchboard.bench.nativebird.api.AgentsApi nativePeer(int port) {
    ApiClient client = new ApiClient();
    client.updateBaseUri(base(port));
    client.setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    client.setRequestInterceptor(b -> b.header("Authorization", "AccessKey " + LoopbackServer.ACCESS_KEY));
    return new dev.switchboard.bench.nativebird.api.AgentsApi(client);
  }
}
