package dev.switchboard.bench;

import static dev.switchboard.bench.LoopbackServer.ACCESS_KEY;
import static dev.switchboard.bench.LoopbackServer.PAGE_SIZE;
import static dev.switchboard.bench.LoopbackServer.WORKSPACE;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import dev.switchboard.bench.raw.RawBirdModel;
import dev.switchboard.bird.model.AgentList;
import dev.switchboard.runtime.internal.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Jackson alone, no HTTP: the Bird list page (235 KB, 100 full agents) already in memory, decoded
 * with the SDK's mapper ({@link Json#mapper()}), with the same mapper plus Jackson's Blackbird
 * module, and into the raw baseline's records with its mapper. It tells what Blackbird would buy
 * the decoding, without the network's noise: the runtime registered it in issue 14 and dropped it
 * again for its cost at cold start (BENCHMARKS.md, "Cold start, A against B"). Not part of the
 * default run; {@code BENCH_FILTER} selects it.
 */
public class JsonDecode {
  /** The SDK's configuration with Blackbird, as {@link Json#newMapper()} was from 9b7bdfb to 3351525. */
  private static final ObjectMapper WITH_BLACKBIRD = Json.newMapper().registerModule(new BlackbirdModule());

  /** The raw baseline's mapper ({@code RawClients}). */
  private static final ObjectMapper RAW = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .build();

  /** The page's bytes, fetched once from the loopback server. */
  @State(Scope.Benchmark)
  public static class Page {
    byte[] bytes;

    /**
     * @throws Exception if the server is not there
     */
    @Setup(Level.Trial)
    public void fetch() throws Exception {
      HttpRequest request = HttpRequest.newBuilder(
              URI.create(Contenders.base(Contenders.port()) + "/workspaces/" + WORKSPACE + "/agents?limit=" + PAGE_SIZE))
          .header("Authorization", "AccessKey " + ACCESS_KEY).GET().build();
      bytes = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
          .send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
      Checks.deep(Json.mapper().readValue(bytes, AgentList.class).getResults().get(0));
      Checks.deep(WITH_BLACKBIRD.readValue(bytes, AgentList.class).getResults().get(0));
    }
  }

  /**
   * @param p the page
   * @param bh sink
   * @return agents seen
   * @throws IOException never
   */
  @Benchmark
  public int sdkMapper(Page p, Blackhole bh) throws IOException {
    return Checks.page(Json.mapper().readValue(p.bytes, AgentList.class).getResults(), bh);
  }

  /**
   * @param p the page
   * @param bh sink
   * @return agents seen
   * @throws IOException never
   */
  @Benchmark
  public int sdkMapperWithBlackbird(Page p, Blackhole bh) throws IOException {
    return Checks.page(WITH_BLACKBIRD.readValue(p.bytes, AgentList.class).getResults(), bh);
  }

  /**
   * @param p the page
   * @param bh sink
   * @return agents seen
   * @throws IOException never
   */
  @Benchmark
  public int rawMapper(Page p, Blackhole bh) throws IOException {
    return Checks.page(RAW.readValue(p.bytes, RawBirdModel.AgentList.class).results(), bh);
  }
}
