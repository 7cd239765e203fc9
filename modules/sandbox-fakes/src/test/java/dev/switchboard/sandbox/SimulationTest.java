package dev.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.bird.sandbox.BirdSandbox;
import dev.switchboard.chatwoot.sandbox.ChatwootSandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Simulated latency and rate limits ({@link Sandbox#simulate}), measured over loopback HTTP. */
class SimulationTest {
  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start(0);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  private static HttpRequest birdList() {
    return HttpRequest.newBuilder(URI.create(sandbox.baseUrl("bird") + "/workspaces/" + BirdSandbox.WORKSPACE + "/agents"))
        .header("Authorization", "AccessKey " + BirdSandbox.ACCESS_KEY).build();
  }

  private static HttpRequest chatwootList() {
    return HttpRequest.newBuilder(URI.create(sandbox.baseUrl("chatwoot") + "/api/v1/accounts/"
        + ChatwootSandbox.ACCOUNT + "/agents")).header("api_access_token", ChatwootSandbox.TOKEN).build();
  }

  private static HttpResponse<String> send(HttpRequest request) throws Exception {
    return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void everyResponseTakesAtLeastTheLatency() throws Exception {
    send(birdList()); // connection and validator warm, so the first timed call measures the sandbox only
    sandbox.simulate(Duration.ofMillis(120), Double.POSITIVE_INFINITY);
    for (HttpRequest request : List.of(birdList(), chatwootList(), birdList())) {
      long t0 = System.nanoTime();
      HttpResponse<String> response = send(request);
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(ms).as("ms for %s", request.uri()).isGreaterThanOrEqualTo(120);
    }
  }

  @Test
  void delayedRequestsHoldNoThreadSoManyWaitAtOnce() throws Exception {
    send(birdList());
    sandbox.simulate(Duration.ofMillis(300), Double.POSITIVE_INFINITY);
    // 40 requests at once: with a worker blocked per waiting request (8 workers), they would take
    // at least 5 x 300 ms; waiting off-thread, about one latency.
    long t0 = System.nanoTime();
    List<CompletableFuture<HttpResponse<String>>> all = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      all.add(HTTP.sendAsync(birdList(), HttpResponse.BodyHandlers.ofString()));
    }
    for (CompletableFuture<HttpResponse<String>> f : all) {
      assertThat(f.get().statusCode()).isEqualTo(200);
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(ms).isBetween(300L, 1200L);
  }

  @Test
  void beyondTheRateThePlatformAnswersItsOwn429WithRetryAfter() throws Exception {
    sandbox.simulate("bird", Duration.ZERO, 5);
    List<Integer> statuses = new ArrayList<>();
    HttpResponse<String> refused = null;
    for (int i = 0; i < 8; i++) {
      HttpResponse<String> r = send(birdList());
      statuses.add(r.statusCode());
      if (r.statusCode() == 429 && refused == null) {
        refused = r;
      }
    }
    // A bucket of one second's worth: the first 5 pass, the burst beyond them is refused (at
    // least one of the 3 beyond, however slowly this machine sends them, as long as under 0.4 s).
    assertThat(statuses.subList(0, 5)).containsOnly(200);
    assertThat(statuses.subList(5, 8)).contains(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(refused.body()).contains("TooManyRequests");
    // Only Bird was limited.
    for (int i = 0; i < 8; i++) {
      assertThat(send(chatwootList()).statusCode()).isEqualTo(200);
    }
    // After the Retry-After, Bird serves again.
    Thread.sleep(1000);
    assertThat(send(birdList()).statusCode()).isEqualTo(200);
  }

  @Test
  void aRateUnderOnePerSecondAsksToWaitLonger() throws Exception {
    sandbox.simulate("chatwoot", Duration.ZERO, 0.25);
    assertThat(send(chatwootList()).statusCode()).isEqualTo(200);
    HttpResponse<String> refused = send(chatwootList());
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Retry-After")).hasValue("4");
  }

  @Test
  void resetTurnsTheSimulationOff() throws Exception {
    sandbox.simulate(Duration.ofMillis(400), 1);
    sandbox.reset();
    long t0 = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      assertThat(send(birdList()).statusCode()).isEqualTo(200);
    }
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(400);
  }

  @Test
  void nonsenseIsRefusedNamingTheArgument() {
    assertThatThrownBy(() -> sandbox.simulate(Duration.ofMillis(-1), 1)).hasMessageContaining("latency");
    assertThatThrownBy(() -> sandbox.simulate(Duration.ZERO, 0)).hasMessageContaining("requestsPerSecond");
    assertThatThrownBy(() -> sandbox.simulate("nowhere", Duration.ZERO, 1)).hasMessageContaining("nowhere");
  }
}
