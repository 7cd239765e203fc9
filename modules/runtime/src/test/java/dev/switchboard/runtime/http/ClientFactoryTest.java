package dev.switchboard.runtime.http;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.error.ConflictException;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.PermissionException;
import dev.switchboard.runtime.error.RateLimitedException;
import dev.switchboard.runtime.error.ServerException;
import dev.switchboard.runtime.error.SwitchboardException;
import dev.switchboard.runtime.error.TransportException;
import dev.switchboard.runtime.error.ValidationException;
import dev.switchboard.runtime.testing.LogCapture;
import dev.switchboard.runtime.testing.Loopback;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientFactoryTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();
  @RegisterExtension LogCapture logs = new LogCapture();

  private final RetryPolicy fastRetries =
      RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build();

  private TestApi api() {
    return new TestClientBuilder(server.baseUrl()).retryPolicy(fastRetries).wireLog(WireLog.FULL).build();
  }

  @Test
  void sendsCredentialAndUserAgentAndDecodesJson() {
    server.stubFor(get("/things/t1").willReturn(okJson("{\"id\":\"t1\",\"extra\":1}")));

    assertThat(api().get("t1")).containsEntry("id", "t1");

    server.verify(getRequestedFor(urlEqualTo("/things/t1"))
        .withHeader("X-Api-Key", equalTo(TestClientBuilder.KEY))
        .withHeader("User-Agent", equalTo("switchboard-java/" + System.getProperty("switchboard.expected.version")
            + " (testprovider)")));
  }

  @Test
  void baseUrlFallsBackToTheOverridePropertyAndAnExplicitOneWins() {
    server.stubFor(get("/things/t1").willReturn(okJson("{\"id\":\"t1\"}")));
    System.setProperty("switchboard.testprovider.url", server.baseUrl());
    try {
      // No baseUrl(...): the default (example.invalid) would fail; the property points here.
      assertThat(new TestClientBuilder().retryPolicy(RetryPolicy.none()).build().get("t1")).containsEntry("id", "t1");
      server.verify(1, getRequestedFor(urlEqualTo("/things/t1")));

      System.setProperty("switchboard.testprovider.url", "not a url");
      assertThatThrownBy(() -> new TestClientBuilder().build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("switchboard.testprovider.url");
      // An explicit baseUrl wins over the property.
      assertThat(new TestClientBuilder(server.baseUrl()).build().get("t1")).containsEntry("id", "t1");
    } finally {
      System.clearProperty("switchboard.testprovider.url");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "https://agent:hunter2-pw@chat.example.com",
    "http://agent:hunter2-pw@127.0.0.1:3000/api",
    "https://agent:hunter2-pw/x@chat.example.com", // a '/' in the password: URI cannot parse it
    "https://agent:hunter2-pw@chat example.com", // and a space in the host
  })
  void aBaseUrlWithAUserOrPasswordIsRefusedWithoutEchoingThem(String url) {
    assertThatThrownBy(() -> new TestClientBuilder().baseUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl")
        .hasNoCause()
        .satisfies(e -> assertThat(e.toString()).doesNotContain("hunter2").doesNotContain("agent:"));

    System.setProperty("switchboard.testprovider.url", url);
    try {
      assertThatThrownBy(() -> new TestClientBuilder().build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("switchboard.testprovider.url")
          .satisfies(e -> assertThat(e.toString()).doesNotContain("hunter2").doesNotContain("agent:"));
    } finally {
      System.clearProperty("switchboard.testprovider.url");
    }
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @ParameterizedTest
  @CsvSource({
    "400, dev.switchboard.runtime.error.ValidationException",
    "401, dev.switchboard.runtime.error.AuthenticationException",
    "403, dev.switchboard.runtime.error.PermissionException",
    "404, dev.switchboard.runtime.error.NotFoundException",
    "409, dev.switchboard.runtime.error.ConflictException",
    "422, dev.switchboard.runtime.error.ValidationException",
    "429, dev.switchboard.runtime.error.RateLimitedException",
    "500, dev.switchboard.runtime.error.ServerException",
    "418, dev.switchboard.runtime.error.ApiException",
  })
  void mapsEveryErrorStatusToItsTypedException(int status, String type) throws Exception {
    server.stubFor(post("/things").willReturn(aResponse().withStatus(status)
        .withHeader("Content-Type", "application/json").withHeader("X-Request-Id", "req-" + status)
        .withBody("{\"error\":\"nope " + status + "\"}")));

    Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(Throwable.class, () -> api().create(Map.of("a", 1)));

    assertThat(thrown).isExactlyInstanceOf(Class.forName(type));
    ApiException e = (ApiException) thrown;
    assertThat(e.provider()).isEqualTo("testprovider");
    assertThat(e.operation()).isEqualTo("create");
    assertThat(e.status()).isEqualTo(status);
    assertThat(e.requestId()).contains("req-" + status);
    assertThat(e.body()).isEqualTo("{\"error\":\"nope " + status + "\"}");
    assertThat(e.getMessage()).contains("testprovider create failed: HTTP " + status, "nope " + status);
  }

  @Test
  void retriesA429AfterTheServersRetryAfterThenSucceeds() {
    server.stubFor(get("/things/r").inScenario("rl").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
    server.stubFor(get("/things/r").inScenario("rl").whenScenarioStateIs("ok").willReturn(okJson("{\"id\":\"r\"}")));

    long start = System.nanoTime();
    assertThat(api().get("r")).containsEntry("id", "r");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    server.verify(2, getRequestedFor(urlEqualTo("/things/r")));
  }

  @Test
  void aRetryAfterBeyondTheCapEndsRetriesWithTheDelayReported() {
    server.stubFor(get("/things/slow").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));

    assertThatThrownBy(() -> api().get("slow"))
        .isInstanceOfSatisfying(RateLimitedException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofHours(1)));
    server.verify(1, getRequestedFor(urlEqualTo("/things/slow")));
  }

  @Test
  void retriesA503ThenSucceeds() {
    server.stubFor(delete("/things/d").inScenario("u").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    server.stubFor(delete("/things/d").inScenario("u").whenScenarioStateIs("up").willReturn(noContent()));

    api().delete("d");

    server.verify(2, deleteRequestedFor(urlEqualTo("/things/d")));
  }

  @Test
  void givesUpAfterMaxAttemptsWithTheTypedException() {
    server.stubFor(get("/things/down").willReturn(aResponse().withStatus(503).withBody("maintenance")));

    assertThatThrownBy(() -> api().get("down")).isInstanceOfSatisfying(ServerException.class,
        e -> assertThat(e.status()).isEqualTo(503));
    server.verify(3, getRequestedFor(urlEqualTo("/things/down")));
  }

  @Test
  void neverReplaysAPostThatMayHaveReachedTheServer() {
    server.stubFor(post("/things").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> api().create(Map.of("name", "x"))).isInstanceOfSatisfying(TransportException.class,
        e -> assertThat(e.operation()).isEqualTo("create"));
    server.verify(1, postRequestedFor(urlEqualTo("/things")));
  }

  @Test
  void neverReplaysAPostAnswered503() {
    server.stubFor(post("/things").willReturn(aResponse().withStatus(503)));

    assertThatThrownBy(() -> api().create(Map.of("name", "x"))).isInstanceOf(ServerException.class);
    server.verify(1, postRequestedFor(urlEqualTo("/things")));
  }

  @Test
  void retriesAPostMarkedIdempotent() {
    server.stubFor(post("/read").inScenario("i").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
    server.stubFor(post("/read").inScenario("i").whenScenarioStateIs("ok").willReturn(okJson("{\"ok\":true}")));

    assertThat(api().read(Map.of())).containsEntry("ok", true);
    server.verify(2, postRequestedFor(urlEqualTo("/read")));
  }

  @Test
  void aConnectionThatWasNeverEstablishedIsATransportException() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    TestApi api = new TestClientBuilder("http://127.0.0.1:" + closedPort).retryPolicy(fastRetries).build();

    assertThatThrownBy(() -> api.create(Map.of())).isInstanceOfSatisfying(TransportException.class,
        e -> assertThat(e.isTimeout()).isFalse());
  }

  @Test
  void aSlowServerTimesOutAsATransportException() {
    server.stubFor(get("/things/slow").willReturn(okJson("{}").withFixedDelay(2_000)));
    TestApi api = new TestClientBuilder(server.baseUrl()).readTimeout(Duration.ofMillis(200))
        .retryPolicy(RetryPolicy.none()).build();

    assertThatThrownBy(() -> api.get("slow")).isInstanceOfSatisfying(TransportException.class,
        e -> assertThat(e.isTimeout()).isTrue());
  }

  @Test
  void theCallTimeoutBoundsAllRetries() {
    server.stubFor(get("/things/flaky").willReturn(aResponse().withStatus(503).withHeader("Retry-After", "2")));
    TestApi api = new TestClientBuilder(server.baseUrl())
        .retryPolicy(RetryPolicy.builder().maxAttempts(10).build())
        .callTimeout(Duration.ofMillis(500)).build();

    assertThatThrownBy(() -> api.get("flaky")).isInstanceOf(ServerException.class);
    server.verify(1, getRequestedFor(urlEqualTo("/things/flaky")));
  }

  @Test
  void everyPathValueReachesTheServerAsOneEncodedSegment() {
    server.stubFor(get(urlMatching("/things/.*")).willReturn(okJson("{}")));

    for (String[] c : Loopback.HOSTILE_PATH_VALUES) {
      api().get(c[0]);
      server.verify(getRequestedFor(urlEqualTo("/things/" + c[1])));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "", " "})
  void dotSegmentsAndBlanksAreRejectedBeforeSending(String value) {
    assertThatThrownBy(() -> api().delete(value)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> {
          assertThat(e.field()).isEqualTo("id");
          assertThat(e.getMessage()).contains("'id'");
        });
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void aRedirectIsAResultForWithHttpInfoAndAnErrorOtherwise() {
    server.stubFor(get("/things/moved").willReturn(aResponse().withStatus(302).withHeader("Location", "https://files.example/x")));

    ApiResponse<Map<String, Object>> r = api().getWithHttpInfo("moved");
    assertThat(r.getStatusCode()).isEqualTo(302);
    assertThat(r.header("location")).isEqualTo("https://files.example/x");
    assertThatThrownBy(() -> api().get("moved")).isInstanceOfSatisfying(ApiException.class,
        e -> assertThat(e.status()).isEqualTo(302));
  }

  @Test
  void noSecretInLogsExceptionsOrToString() {
    server.stubFor(post("/things").willReturn(aResponse().withStatus(401)
        .withBody("{\"error\":\"bad key " + TestClientBuilder.KEY + "\",\"api_key\":\"other-secret\"}")));

    TestClientBuilder builder = new TestClientBuilder(server.baseUrl()).wireLog(WireLog.FULL);
    TestApi api = builder.build();
    Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(AuthenticationException.class,
        () -> api.create(Map.of("secret_key", "webhook-secret")));

    assertThat(logs.text()).contains("POST", "401").doesNotContain(TestClientBuilder.KEY, "webhook-secret", "other-secret");
    assertThat(thrown.getMessage()).doesNotContain(TestClientBuilder.KEY, "other-secret");
    assertThat(((ApiException) thrown).body()).doesNotContain(TestClientBuilder.KEY, "other-secret");
    assertThat(builder.config().toString()).doesNotContain(TestClientBuilder.KEY);
    assertThat(api.toString()).doesNotContain(TestClientBuilder.KEY);
  }

  @Test
  void everyExceptionIsASwitchboardException() {
    server.stubFor(get("/things/x").willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
    assertThatThrownBy(() -> api().get("x")).isInstanceOf(SwitchboardException.class);
  }
}
