package dev.switchboard.runtime.http;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.runtime.error.RateLimitedException;
import dev.switchboard.runtime.error.ServerException;
import dev.switchboard.runtime.error.TransportException;
import dev.switchboard.runtime.testing.Loopback;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code callTimeout} is a deadline for the whole call: the attempt in flight is cut at it, a retry
 * that cannot fit is not started, and the caller gets a typed exception naming the limit. And the
 * retry step owns every resend: a persistent 429 costs exactly {@code maxAttempts} requests, POSTs
 * included.
 */
class DeadlineTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();

  private TestClientBuilder builder(String transport) {
    TestClientBuilder b = new TestClientBuilder(server.baseUrl());
    return transport.equals("okhttp") ? b : b.transport(JdkHttpTransport.create(Duration.ofSeconds(5)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"okhttp", "jdk"})
  void aSlowAnswerEndsAtTheCallTimeoutSync(String transport) {
    server.stubFor(get("/things/slow").willReturn(okJson("{}").withFixedDelay(2_000)));
    TestApi api = builder(transport).callTimeout(Duration.ofMillis(300)).retryPolicy(RetryPolicy.none()).build();

    long start = System.nanoTime();
    assertThatThrownBy(() -> api.get("slow")).isInstanceOfSatisfying(TransportException.class, e -> {
      assertThat(e.isTimeout()).isTrue();
      assertThat(e.limit()).contains("callTimeout of 300 ms");
      assertThat(e.getMessage()).contains("callTimeout of 300 ms");
    });
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"okhttp", "jdk"})
  void aSlowAnswerEndsAtTheCallTimeoutAsync(String transport) {
    server.stubFor(get("/things/slow").willReturn(okJson("{}").withFixedDelay(2_000)));
    TestApiAsync api = builder(transport).callTimeout(Duration.ofMillis(300)).retryPolicy(RetryPolicy.none())
        .buildAsync();

    long start = System.nanoTime();
    assertThatThrownBy(() -> api.get("slow").get(5, TimeUnit.SECONDS)).cause()
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.limit()).contains("callTimeout of 300 ms"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void retriesStopAtTheDeadlineAndTheAttemptInFlightIsCut() {
    // Each attempt takes 200 ms to be refused: a 500 ms deadline fits two and cuts the third.
    server.stubFor(get("/things/busy").willReturn(aResponse().withStatus(503).withFixedDelay(200)));
    TestApi api = builder("okhttp").callTimeout(Duration.ofMillis(500))
        .retryPolicy(RetryPolicy.builder().maxAttempts(10).baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(2))
            .build()).build();

    long start = System.nanoTime();
    assertThatThrownBy(() -> api.get("busy")).isInstanceOfAny(TransportException.class, ServerException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(900));
    assertThat(server.findAll(getRequestedFor(urlEqualTo("/things/busy")))).hasSizeBetween(2, 3);
  }

  @Test
  void aPersistent429CostsExactlyMaxAttemptsForAPost() {
    server.stubFor(post("/things").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));
    TestApi api = builder("okhttp").retryPolicy(RetryPolicy.builder().maxAttempts(4).build()).build();

    assertThatThrownBy(() -> api.create(Map.of("name", "x"))).isInstanceOf(RateLimitedException.class);
    server.verify(4, postRequestedFor(urlEqualTo("/things")));
  }

  @Test
  void aPostAnswered429IsResentAndSucceeds() {
    server.stubFor(post("/things").inScenario("rl").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("ok"));
    server.stubFor(post("/things").inScenario("rl").whenScenarioStateIs("ok").willReturn(okJson("{\"id\":\"n\"}")));
    TestApiAsync api = builder("okhttp").buildAsync();

    assertThat(api.create(Map.of("name", "x")).join()).containsEntry("id", "n");
    server.verify(2, postRequestedFor(urlEqualTo("/things")));
  }

  @Test
  void aDeadlineTooShortForAnyAttemptEndsTypedAtOnce() {
    server.stubFor(get("/things/x").willReturn(okJson("{}").withFixedDelay(3_000)));
    TestApiAsync api = builder("okhttp").callTimeout(Duration.ofMillis(1)).buildAsync();

    long start = System.nanoTime();
    assertThatThrownBy(() -> api.get("x").join()).isInstanceOf(CompletionException.class).cause()
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.limit()).contains("callTimeout of 1 ms"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }
}
