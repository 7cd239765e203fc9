package dev.switchboard.runtime.http;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.ServerException;
import dev.switchboard.runtime.testing.Loopback;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * User steps added with {@link ClientBuilder#addPolicy}: where they run, how often, what they see,
 * against a real loopback server, sync and async, on both transports.
 */
class PipelinePolicyTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();

  private final RetryPolicy fastRetries =
      RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build();

  /** What a user step saw of one attempt (or call). */
  record Seen(int attempt, int status, String thread, Map<String, List<String>> headers) {}

  /** Records every time it runs, and marks the request so the server shows which attempt it was. */
  static final class Recorder implements HttpPipelinePolicy {
    final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Stage stage;
    private final String header;

    Recorder(Stage stage, String header) {
      this.stage = stage;
      this.header = header;
    }

    @Override
    public CompletableFuture<HttpResponse> process(HttpCall call, HttpPipelineNext next) {
      call.request().setHeader(header, Integer.toString(call.attempt()));
      Map<String, List<String>> headers = Map.copyOf(call.request().headers());
      String thread = Thread.currentThread().getName();
      return next.process(call).whenComplete((response, failure) ->
          seen.add(new Seen(call.attempt(), response == null ? -1 : response.status(), thread, headers)));
    }

    @Override
    public Stage stage() {
      return stage;
    }
  }

  private void twoFailuresThenOk(String path) {
    server.stubFor(get(path).inScenario(path).whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
    server.stubFor(get(path).inScenario(path).whenScenarioStateIs("second")
        .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
    server.stubFor(get(path).inScenario(path).whenScenarioStateIs("up").willReturn(okJson("{\"id\":\"" + path.substring(path.lastIndexOf('/') + 1) + "\"}")));
  }

  @Test
  void aPerAttemptStepSeesEveryAttemptOfARetriedSyncCallAndAPerCallStepRunsOnce() {
    twoFailuresThenOk("/things/p");
    Recorder perAttempt = new Recorder(HttpPipelinePolicy.Stage.PER_ATTEMPT, "X-Attempt");
    Recorder perCall = new Recorder(HttpPipelinePolicy.Stage.PER_CALL, "X-Call");
    TestApi api = new TestClientBuilder(server.baseUrl()).retryPolicy(fastRetries)
        .addPolicy(perAttempt).addPolicy(perCall).build();

    assertThat(api.get("p")).containsEntry("id", "p");

    assertThat(perAttempt.seen).extracting(Seen::attempt).containsExactly(1, 2, 3);
    assertThat(perAttempt.seen).extracting(Seen::status).containsExactly(503, 502, 200);
    assertThat(perCall.seen).extracting(Seen::status).containsExactly(200);
    // A synchronous call never changes thread, retries included.
    assertThat(perAttempt.seen).extracting(Seen::thread).containsOnly(Thread.currentThread().getName());
    // The per-attempt header went out on each attempt, fresh each time; the per-call one on all.
    server.verify(1, getRequestedFor(urlEqualTo("/things/p")).withHeader("X-Attempt", equalTo("1")));
    server.verify(1, getRequestedFor(urlEqualTo("/things/p")).withHeader("X-Attempt", equalTo("2")));
    server.verify(1, getRequestedFor(urlEqualTo("/things/p")).withHeader("X-Attempt", equalTo("3")));
    server.verify(3, getRequestedFor(urlEqualTo("/things/p")).withHeader("X-Call", equalTo("1")));
  }

  @Test
  void aPerAttemptStepSeesEveryAttemptOfARetriedAsyncCallAndAPerCallStepRunsOnce() throws Exception {
    twoFailuresThenOk("/things/q");
    Recorder perAttempt = new Recorder(HttpPipelinePolicy.Stage.PER_ATTEMPT, "X-Attempt");
    Recorder perCall = new Recorder(HttpPipelinePolicy.Stage.PER_CALL, "X-Call");
    TestApiAsync api = new TestClientBuilder(server.baseUrl()).retryPolicy(fastRetries)
        .addPolicy(perAttempt).addPolicy(perCall).buildAsync();

    assertThat(api.get("q").get(10, TimeUnit.SECONDS)).containsEntry("id", "q");

    assertThat(perAttempt.seen).extracting(Seen::attempt).containsExactly(1, 2, 3);
    assertThat(perAttempt.seen).extracting(Seen::status).containsExactly(503, 502, 200);
    assertThat(perCall.seen).extracting(Seen::status).containsExactly(200);
    server.verify(1, getRequestedFor(urlEqualTo("/things/q")).withHeader("X-Attempt", equalTo("3")));
    server.verify(3, getRequestedFor(urlEqualTo("/things/q")));
  }

  @Test
  void aPerCallStepSeesTheFinalRawOutcomeOnceAndTheCallerStillGetsTheTypedException() throws Exception {
    server.stubFor(get("/things/down").willReturn(aResponse().withStatus(503)));
    Recorder perCall = new Recorder(HttpPipelinePolicy.Stage.PER_CALL, "X-Call");
    Recorder perCallAsync = new Recorder(HttpPipelinePolicy.Stage.PER_CALL, "X-Call");

    assertThatThrownBy(() -> new TestClientBuilder(server.baseUrl()).retryPolicy(fastRetries)
        .addPolicy(perCall).build().get("down")).isInstanceOf(ServerException.class);
    assertThatThrownBy(() -> new TestClientBuilder(server.baseUrl()).retryPolicy(fastRetries)
        .addPolicy(perCallAsync).buildAsync().get("down").get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).cause().isInstanceOf(ServerException.class);

    assertThat(perCall.seen).extracting(Seen::status).containsExactly(503);
    assertThat(perCallAsync.seen).extracting(Seen::status).containsExactly(503);
    server.verify(6, getRequestedFor(urlEqualTo("/things/down")));
  }

  @Test
  void noUserStepSeesTheCredential() {
    server.stubFor(get("/things/k").willReturn(okJson("{}")));
    Recorder perAttempt = new Recorder(HttpPipelinePolicy.Stage.PER_ATTEMPT, "X-Attempt");
    Recorder perCall = new Recorder(HttpPipelinePolicy.Stage.PER_CALL, "X-Call");

    new TestClientBuilder(server.baseUrl()).addPolicy(perCall).addPolicy(perAttempt).build().get("k");

    server.verify(getRequestedFor(urlEqualTo("/things/k")).withHeader("X-Api-Key", equalTo(TestClientBuilder.KEY)));
    for (Seen s : List.of(perAttempt.seen.get(0), perCall.seen.get(0))) {
      assertThat(s.headers().toString()).doesNotContain(TestClientBuilder.KEY);
      assertThat(s.headers()).containsKey("User-Agent");
    }
  }

  @Test
  void aStepThatThrowsEndsTheCallTypedAndSendsNothing() {
    AtomicInteger runs = new AtomicInteger();
    TestApi api = new TestClientBuilder(server.baseUrl()).addPolicy((call, next) -> {
      runs.incrementAndGet();
      throw new IllegalStateException("user step failed");
    }).build();

    assertThatThrownBy(() -> api.get("x")).isInstanceOf(dev.switchboard.runtime.error.SwitchboardException.class);
    assertThat(runs).hasValue(1);
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void theJdkTransportRunsTheSamePipelineSyncAndAsync() throws Exception {
    twoFailuresThenOk("/things/j");
    Recorder perAttempt = new Recorder(HttpPipelinePolicy.Stage.PER_ATTEMPT, "X-Attempt");
    TestClientBuilder builder = new TestClientBuilder(server.baseUrl()).retryPolicy(fastRetries)
        .transport(JdkHttpTransport.create(Duration.ofSeconds(5))).addPolicy(perAttempt);

    assertThat(builder.build().get("j")).containsEntry("id", "j");
    assertThat(perAttempt.seen).extracting(Seen::status).containsExactly(503, 502, 200);
    server.verify(3, getRequestedFor(urlEqualTo("/things/j")).withHeader("X-Api-Key", equalTo(TestClientBuilder.KEY)));

    server.stubFor(post("/things").willReturn(aResponse().withStatus(409).withHeader("X-Request-Id", "r-1")
        .withBody("{\"error\":\"taken\"}")));
    assertThatThrownBy(() -> builder.buildAsync().create(Map.of("a", 1)).get(10, TimeUnit.SECONDS))
        .cause().isInstanceOfSatisfying(dev.switchboard.runtime.error.ConflictException.class, e -> {
          assertThat(e.requestId()).contains("r-1");
          assertThat(e.body()).contains("taken");
        });
    server.verify(1, postRequestedFor(urlEqualTo("/things")));
  }

  @Test
  void aPlatformContributesItsOwnRequestIdHeaderTheRuntimeDoesNotKnow() {
    server.stubFor(get("/things/r").willReturn(aResponse().withStatus(400).withHeader("X-Platform-Request-Id", "plat-7")));

    assertThatThrownBy(() -> new TestClientBuilder(server.baseUrl()).build().get("r"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.requestId()).isEmpty());
    assertThatThrownBy(() -> new TestClientBuilder(server.baseUrl()).platformRequestIdHeader("x-platform-request-id")
        .build().get("r"))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.requestId()).contains("plat-7"));
  }
}
