package dev.switchboard.bench;

import static dev.switchboard.bench.LoopbackServer.ACCESS_KEY;
import static dev.switchboard.bench.LoopbackServer.PAGE_SIZE;
import static dev.switchboard.bench.LoopbackServer.WORKSPACE;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.bird.api.AgentsApi;
import dev.switchboard.bird.api.AgentsApi.ListAgentsQueryParams;
import dev.switchboard.bird.model.Agent;
import dev.switchboard.bird.model.AgentList;
import dev.switchboard.runtime.auth.Credential;
import dev.switchboard.runtime.auth.Secret;
import dev.switchboard.runtime.http.ClientConfig;
import dev.switchboard.runtime.http.JdkHttpTransport;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.WireLog;
import dev.switchboard.runtime.internal.json.Json;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Where the SDK's time goes on {@link BirdList}: the same page decoded into the SDK's generated
 * {@code AgentList} with the SDK's mapper ({@link Json#mapper()}), one layer changed at a time.
 * Not part of the default run; {@code BENCH_FILTER} selects it (see BENCHMARKS.md).
 *
 * <ul>
 *   <li>{@code rawGenerated}: the baseline's transport (java.net.http, body as bytes), generated model;
 *   <li>{@code okhttpBytes}: the SDK's transport (OkHttp with the SDK's settings), body bytes to Jackson;
 *   <li>{@code okhttpReader}: the same, but the body read through an {@code InputStreamReader},
 *       as Feign's {@code JacksonDecoder} reads it;
 *   <li>{@code feignJdk}: the SDK's whole client unchanged, on java.net.http instead of
 *       OkHttp ({@link JdkHttpTransport}, the runtime's public transport).
 * </ul>
 *
 * <p>The shipped client itself is {@code BirdList.feign}. While the runtime still decoded through a
 * {@code Reader}, this class also measured the bytes decoder that replaced it, through a copy of
 * the client factory (BENCHMARKS.md, "Where the time goes").
 */
public class BirdListBreakdown {
  private static final ObjectMapper MAPPER = Json.mapper();

  /** Clients for the breakdown contenders. */
  @State(Scope.Benchmark)
  public static class Clients {
    HttpClient jdk;
    OkHttpClient okhttp;
    AgentsApi feignJdk;
    String listUri;

    /**
     * Builds them, then warms the running benchmark's path (see {@link States#warmUp}).
     *
     * @param params which benchmark runs
     */
    @Setup(Level.Trial)
    public void setup(org.openjdk.jmh.infra.BenchmarkParams params) {
      int port = Contenders.port();
      listUri = Contenders.base(port) + "/workspaces/" + WORKSPACE + "/agents?limit=" + PAGE_SIZE;
      jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      // OkHttp as the SDK configures it: the transport applies Switchboard's settings to the client it is given.
      OkHttpClient.Builder ok = new OkHttpClient.Builder().retryOnConnectionFailure(false)
          .followRedirects(false).followSslRedirects(false).readTimeout(Duration.ofSeconds(30));
      if (System.getProperty("bench.callTimeout") != null) {
        // Experiment only (BENCHMARKS.md, 16 callers): the SDK's whole-attempt timeout.
        ok.callTimeout(Duration.parse(System.getProperty("bench.callTimeout")));
      }
      okhttp = ok.build();
      ClientConfig config = ClientConfig.builder("bird", URI.create(Contenders.base(port)),
          Credential.header("Authorization", "AccessKey", Secret.of(ACCESS_KEY, "accessKey")))
          .retryPolicy(RetryPolicy.none()).build();
      feignJdk = Contenders.onJdk(config).client(AgentsApi.class);
      Checks.deep(feignJdk.getAgent(WORKSPACE, LoopbackServer.AGENT_ID));
      BirdListBreakdown self = new BirdListBreakdown();
      Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
      String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
      States.warmUp(() -> {
        try {
          switch (name) {
            case "rawGenerated" -> self.rawGenerated(this, bh);
            case "okhttpBytes" -> self.okhttpBytes(this, bh);
            case "okhttpReader" -> self.okhttpReader(this, bh);
            default -> self.feignJdk(this, bh);
          }
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
    }

    Request okRequest() {
      return new Request.Builder().url(listUri)
          .header("Authorization", "AccessKey " + ACCESS_KEY).header("Accept", "application/json").build();
    }
  }

  private static int consume(AgentList list, Blackhole bh) {
    return Checks.page(list.getResults(), bh);
  }

  /**
   * @param c clients
   * @param bh sink
   * @return agents seen
   * @throws Exception never, against the loopback server
   */
  @Benchmark
  public int rawGenerated(Clients c, Blackhole bh) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(c.listUri))
        .header("Authorization", "AccessKey " + ACCESS_KEY).header("Accept", "application/json").GET().build();
    HttpResponse<byte[]> response = c.jdk.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + response.statusCode());
    }
    return consume(MAPPER.readValue(response.body(), AgentList.class), bh);
  }

  /**
   * @param c clients
   * @param bh sink
   * @return agents seen
   * @throws IOException never, against the loopback server
   */
  @Benchmark
  public int okhttpBytes(Clients c, Blackhole bh) throws IOException {
    try (Response response = c.okhttp.newCall(c.okRequest()).execute()) {
      if (response.code() != 200) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      return consume(MAPPER.readValue(response.body().byteStream(), AgentList.class), bh);
    }
  }

  /**
   * @param c clients
   * @param bh sink
   * @return agents seen
   * @throws IOException never, against the loopback server
   */
  @Benchmark
  public int okhttpReader(Clients c, Blackhole bh) throws IOException {
    try (Response response = c.okhttp.newCall(c.okRequest()).execute()) {
      if (response.code() != 200) {
        throw new IllegalStateException("HTTP " + response.code());
      }
      return consume(MAPPER.readValue(new InputStreamReader(response.body().byteStream(), StandardCharsets.UTF_8),
          AgentList.class), bh);
    }
  }

  /**
   * The SDK's client as shipped on java.net.http instead of OkHttp.
   *
   * @param c clients
   * @param bh sink
   * @return agents seen
   */
  @Benchmark
  public int feignJdk(Clients c, Blackhole bh) {
    return consume(c.feignJdk.listAgents(WORKSPACE, new ListAgentsQueryParams().limit(PAGE_SIZE)), bh);
  }
}
