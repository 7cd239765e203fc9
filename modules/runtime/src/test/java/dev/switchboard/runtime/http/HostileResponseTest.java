package dev.switchboard.runtime.http;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.SwitchboardException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import dev.switchboard.runtime.testing.LogCapture;
import dev.switchboard.runtime.testing.Loopback;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Responses a hostile or broken server can send, through the generic runtime (sync and async):
 * every outcome is typed, no write goes out twice, no secret reaches an exception.
 */
class HostileResponseTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();
  @RegisterExtension LogCapture logs = new LogCapture();

  private final RetryPolicy policy = RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(1))
      .maxDelay(Duration.ofMillis(5)).maxRetryAfter(Duration.ofSeconds(2)).build();
  private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
  private Thread.UncaughtExceptionHandler previous;

  @BeforeEach
  void watchUncaught() {
    previous = Thread.getDefaultUncaughtExceptionHandler();
    Thread.setDefaultUncaughtExceptionHandler((t, e) -> uncaught.add(e));
  }

  @AfterEach
  void noUncaughtExceptionAnywhere() {
    Thread.setDefaultUncaughtExceptionHandler(previous);
    assertThat(uncaught).as("exceptions that escaped onto another thread").isEmpty();
    assertThat(logs.text()).doesNotContain(TestClientBuilder.KEY);
  }

  private TestApi api() {
    return new TestClientBuilder(server.baseUrl()).retryPolicy(policy).readTimeout(Duration.ofSeconds(2))
        .wireLog(WireLog.FULL).build();
  }

  private TestApiAsync async() {
    return new TestClientBuilder(server.baseUrl()).retryPolicy(policy).readTimeout(Duration.ofSeconds(2))
        .wireLog(WireLog.FULL).buildAsync();
  }

  /** The async failure, unwrapped, or the value; fails the test if the future never completes. */
  private static Object await(Supplier<java.util.concurrent.CompletableFuture<?>> call) throws Exception {
    try {
      return call.get().get(10, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | CompletionException e) {
      throw (Exception) e.getCause();
    }
  }

  // Defect 1: OkHttp's follow-up logic replayed a 503 with Retry-After: 0.

  @Test
  void aWriteAnswered503WithRetryAfterZeroReachesTheServerOnce() {
    server.stubFor(post("/things").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));

    assertThatThrownBy(() -> api().create(Map.of("name", "x"))).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.status()).isEqualTo(503));

    server.verify(1, postRequestedFor(urlEqualTo("/things")));
  }

  @Test
  void anAsyncWriteAnswered503WithRetryAfterZeroReachesTheServerOnce() {
    server.stubFor(post("/things").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));

    assertThatThrownBy(() -> await(() -> async().create(Map.of("name", "x"))))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(503));

    server.verify(1, postRequestedFor(urlEqualTo("/things")));
  }

  @Test
  void aReadAnswered503WithRetryAfterZeroGoesOutOncePerAttempt() {
    server.stubFor(get("/things/z").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "0")));

    assertThatThrownBy(() -> api().get("z")).isInstanceOf(ApiException.class);

    server.verify(policy.maxAttempts(), getRequestedFor(urlEqualTo("/things/z")));
  }

  // Defect 4: huge or odd Retry-After values threw ArithmeticException or NumberFormatException.

  @ParameterizedTest
  @CsvSource({
    "503, 9223372036854775807", "429, 9223372036854775807", "503, 99999999999", "429, 99999999999",
    "503, 'Fri, 31 Dec 9999 23:59:59 GMT'", "503, 1.5", "503, -5", "429, soon", "503, 0x10",
  })
  void anyRetryAfterEndsInTheTypedException(int status, String retryAfter) throws Exception {
    server.stubFor(get("/things/ra").willReturn(aResponse().withStatus(status).withHeader("Retry-After", retryAfter)));

    assertThatThrownBy(() -> api().get("ra")).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.status()).isEqualTo(status));
    assertThatThrownBy(() -> await(() -> async().get("ra"))).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.status()).isEqualTo(status));
  }

  @Test
  void aRetryAfterBeyondThePolicyMaximumIsNotWaitedForAndIsReported() {
    server.stubFor(get("/things/huge").willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "9223372036854775807")));

    long start = System.nanoTime();
    assertThatThrownBy(() -> api().get("huge")).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d).isGreaterThan(policy.maxRetryAfter())));

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    server.verify(1, getRequestedFor(urlEqualTo("/things/huge")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "1.5", "-5", "0x10"})
  void anUnreadableRetryAfterIsNoHint(String retryAfter) {
    assertThat(Responses.retryAfter(retryAfter, java.time.Clock.systemUTC())).isNull();
  }

  @Test
  void anHttpDateRetryAfterIsRead() {
    java.time.Clock clock = java.time.Clock.fixed(java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC);
    assertThat(Responses.retryAfter("Thu, 01 Jan 2026 00:00:30 GMT", clock)).isEqualTo(Duration.ofSeconds(30));
    assertThat(Responses.retryAfter("Wed, 31 Dec 2025 00:00:30 GMT", clock)).isEqualTo(Duration.ZERO);
  }

  // Defect 5b: a 2xx body echoing a secret reached stack traces through Jackson's exception.

  @ParameterizedTest
  @ValueSource(strings = {"{\"id\": tok_live_9c1e5ba7}", "tok_live_9c1e5ba7", "{\"id\": \"x\", tok_live_9c1e5ba7}",
      "[tok_live_9c1e5ba7]", "{\"id\": " + TestClientBuilder.KEY + "}"})
  void aMalformedSuccessBodyIsTypedAndQuotesNothingOfIt(String body) throws Exception {
    server.stubFor(get("/things/bad").willReturn(okJson(body)));

    for (Supplier<Object> call : List.<Supplier<Object>>of(() -> api().getThing("bad"), () -> {
      try {
        return await(() -> async().get("bad"));
      } catch (Exception e) {
        throw e instanceof RuntimeException ? (RuntimeException) e : new IllegalStateException(e);
      }
    })) {
      Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class, call::get);
      assertThat(thrown).isInstanceOf(UnexpectedResponseException.class);
      assertThat(stackTrace(thrown)).doesNotContain("tok_live", TestClientBuilder.KEY);
    }
  }

  static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }

  // Defect 6: a DELETE whose response was lost, retried, and answered 404 has succeeded.

  @Test
  void aRetriedDeleteAnswered404HasSucceeded() throws Exception {
    for (boolean isAsync : new boolean[] {false, true}) {
      server.resetAll();
      server.stubFor(delete("/things/gone").inScenario("lost").whenScenarioStateIs(Scenario.STARTED)
          .willReturn(aResponse().withStatus(503)).willSetStateTo("deleted"));
      server.stubFor(delete("/things/gone").inScenario("lost").whenScenarioStateIs("deleted")
          .willReturn(aResponse().withStatus(404)));

      if (isAsync) {
        assertThat(await(() -> async().delete("gone"))).isNull();
      } else {
        api().delete("gone");
      }

      server.verify(2, deleteRequestedFor(urlEqualTo("/things/gone")));
      assertThat(logs.text()).contains("404 on a retried DELETE");
    }
  }

  @Test
  void aDeleteAnswered404AtTheFirstAttemptIsNotFound() {
    server.stubFor(delete("/things/never").willReturn(aResponse().withStatus(404)));

    assertThatThrownBy(() -> api().delete("never")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> await(() -> async().delete("never"))).isInstanceOf(NotFoundException.class);
  }

  // Defect 7: query values made only of %XX were sent as if already encoded.

  @ParameterizedTest
  @CsvSource({
    "%2F, %252F", "%41%42, %2541%2542", "a%2Fb, a%252Fb", "a/b, a%2Fb", "a b, a%20b", "a+b@c.d, a%2Bb%40c.d",
    "50%, 50%25", "x&y=1, x%26y%3D1", "ü, %C3%BC",
  })
  void everyQueryValueReachesTheServerEncodedExactlyOnce(String value, String onTheWire) {
    server.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson("{}")));

    api().search(value);
    api().searchBy(Map.of("email", value));

    List<String> urls = server.getAllServeEvents().stream().map(e -> e.getRequest().getUrl()).toList();
    assertThat(urls).containsOnly("/search?email=" + onTheWire);
  }

  @Test
  void everyOutcomeIsASwitchboardException() {
    server.stubFor(get("/things/t").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "99999999999")));
    assertThatThrownBy(() -> api().get("t")).isInstanceOf(SwitchboardException.class);
  }
}
