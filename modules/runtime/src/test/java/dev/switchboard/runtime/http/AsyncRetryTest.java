package dev.switchboard.runtime.http;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.switchboard.runtime.error.ServerException;
import dev.switchboard.runtime.testing.Loopback;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Retries of the async clients: same rules as the sync ones, and the wait holds no HTTP thread. */
class AsyncRetryTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();

  private final RetryPolicy fastRetries =
      RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build();

  private TestApiAsync api() {
    return new TestClientBuilder(server.baseUrl()).retryPolicy(fastRetries).buildAsync();
  }

  @Test
  void aGetAnswered503IsRetriedThenSucceeds() throws Exception {
    server.stubFor(get("/things/t1").inScenario("s").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    server.stubFor(get("/things/t1").inScenario("s").whenScenarioStateIs("up").willReturn(okJson("{\"id\":\"t1\"}")));

    assertThat(api().get("t1").get(10, TimeUnit.SECONDS)).containsEntry("id", "t1");
    server.verify(2, getRequestedFor(urlEqualTo("/things/t1")));
  }

  @Test
  void givesUpAfterMaxAttemptsWithTheTypedException() {
    server.stubFor(get("/things/down").willReturn(aResponse().withStatus(503).withBody("{\"error\":\"down\"}")));

    assertThatThrownBy(() -> api().get("down").get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.status()).isEqualTo(503);
          assertThat(e.operation()).isEqualTo("get");
        });
    server.verify(3, getRequestedFor(urlEqualTo("/things/down")));
  }

  @Test
  void aPostAnswered503IsNeverReplayed() {
    server.stubFor(post("/things").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> api().create(Map.of("a", 1)).get(10, TimeUnit.SECONDS))
        .cause().isInstanceOf(ServerException.class);
    server.verify(1, postRequestedFor(urlEqualTo("/things")));
  }

  @Test
  void waitingOutARetryAfterHoldsNoHttpSlot() throws Exception {
    // One request at a time per host: if the wait held OkHttp's slot, the second call would queue
    // behind it for the whole Retry-After.
    Dispatcher oneAtATime = new Dispatcher();
    oneAtATime.setMaxRequestsPerHost(1);
    OkHttpClient http = HttpClients.configure(new OkHttpClient.Builder().dispatcher(oneAtATime)).build();
    RetryPolicy patient = RetryPolicy.builder().maxAttempts(2).baseDelay(Duration.ofMillis(1)).build();
    TestApiAsync api = new TestClientBuilder(server.baseUrl()).retryPolicy(patient).httpClient(http).buildAsync();
    server.stubFor(get("/things/busy").inScenario("busy").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "4")).willSetStateTo("free"));
    server.stubFor(get("/things/busy").inScenario("busy").whenScenarioStateIs("free").willReturn(okJson("{\"id\":\"busy\"}")));
    server.stubFor(get("/things/other").willReturn(okJson("{\"id\":\"other\"}")));

    CompletableFuture<Map<String, Object>> waiting = api.get("busy");
    for (int i = 0; i < 500 && server.getAllServeEvents().isEmpty(); i++) {
      Thread.sleep(10);
    }
    assertThat(server.getAllServeEvents()).hasSize(1);

    // Far less than the 4 s the first call must wait: a bound on being blocked, not a speed goal.
    assertThat(api.get("other").get(2, TimeUnit.SECONDS)).containsEntry("id", "other");
    assertThat(waiting).isNotDone();
    assertThat(waiting.get(10, TimeUnit.SECONDS)).containsEntry("id", "busy");
    server.verify(2, getRequestedFor(urlEqualTo("/things/busy")));
  }

  @Test
  void cancellingDuringAWaitStopsFurtherAttempts() throws Exception {
    RetryPolicy patient = RetryPolicy.builder().maxAttempts(4).baseDelay(Duration.ofMillis(1)).build();
    TestApiAsync api = new TestClientBuilder(server.baseUrl()).retryPolicy(patient).buildAsync();
    server.stubFor(get("/things/limited").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")));

    CompletableFuture<Map<String, Object>> call = api.get("limited");
    // Cancel in the wait after the second attempt, so a later attempt's wait is covered too.
    for (int i = 0; i < 500 && server.getAllServeEvents().size() < 2; i++) {
      Thread.sleep(10);
    }
    assertThat(call.cancel(true)).isTrue();
    Thread.sleep(1500); // past the Retry-After: a third attempt would have been sent by now

    server.verify(2, getRequestedFor(urlEqualTo("/things/limited")));
  }
}
