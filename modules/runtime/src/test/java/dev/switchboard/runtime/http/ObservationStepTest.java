package dev.switchboard.runtime.http;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.RateLimitedException;
import dev.switchboard.runtime.error.ServerException;
import dev.switchboard.runtime.error.TransportException;
import dev.switchboard.runtime.testing.FaultServer;
import dev.switchboard.runtime.testing.LogCapture;
import dev.switchboard.runtime.testing.Loopback;
import io.micrometer.common.KeyValue;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The observation step: one observation per call with the documented keys, one event (and one
 * DEBUG line) per retry, timers through Micrometer's meter handler, and no step at all without a
 * registry. Against WireMock on loopback.
 */
class ObservationStepTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();
  @RegisterExtension LogCapture logs = new LogCapture();

  private final RetryPolicy fastRetries =
      RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(1)).maxDelay(Duration.ofMillis(5)).build();

  private SimpleMeterRegistry meters;
  private Recorder recorder;
  private ObservationRegistry registry;

  /** Keeps every stopped observation's context and every event, as a tracer would see them. */
  static final class Recorder implements ObservationHandler<Observation.Context> {
    final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
    final List<Observation.Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void onEvent(Observation.Event event, Observation.Context context) {
      events.add(event);
    }

    @Override
    public void onStop(Observation.Context context) {
      stopped.add(context);
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
      return true;
    }

    Map<String, String> keys(int i) {
      return stopped.get(i).getLowCardinalityKeyValues().stream()
          .collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue, (a, b) -> b, TreeMap::new));
    }
  }

  @BeforeEach
  void registry() {
    meters = new SimpleMeterRegistry();
    recorder = new Recorder();
    registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters)).observationHandler(recorder);
  }

  private TestClientBuilder builder() {
    return new TestClientBuilder(server.baseUrl()).retryPolicy(fastRetries).observationRegistry(registry);
  }

  private static Map<String, String> tags(Meter meter) {
    return meter.getId().getTags().stream().collect(Collectors.toMap(Tag::getKey, Tag::getValue, (a, b) -> b, TreeMap::new));
  }

  @Test
  void aSuccessfulCallIsOneObservationAndOneTimerWithEveryKey() {
    server.stubFor(get("/things/ok").willReturn(okJson("{\"id\":\"ok\"}")));
    TestApi api = builder().build();

    api.get("ok");
    api.get("ok");

    assertThat(recorder.stopped).hasSize(2);
    assertThat(recorder.stopped.get(0).getName()).isEqualTo("switchboard.client.requests");
    assertThat(recorder.stopped.get(0).getContextualName()).isEqualTo("testprovider get");
    assertThat(recorder.keys(0)).containsExactlyEntriesOf(new TreeMap<>(Map.of("platform", "testprovider",
        "operation", "get", "outcome", "success", "status", "200", "attempts", "1")));
    assertThat(recorder.events).isEmpty();
    Timer timer = meters.get("switchboard.client.requests").timer();
    assertThat(timer.count()).isEqualTo(2);
    assertThat(tags(timer)).containsEntry("platform", "testprovider").containsEntry("operation", "get")
        .containsEntry("outcome", "success").containsEntry("status", "200").containsEntry("attempts", "1");
  }

  @Test
  void aRetriedCallShowsEachRetryAsAnEventAndADebugLine() {
    server.stubFor(get("/things/r").inScenario("r").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("second"));
    server.stubFor(get("/things/r").inScenario("r").whenScenarioStateIs("second")
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")).willSetStateTo("up"));
    server.stubFor(get("/things/r").inScenario("r").whenScenarioStateIs("up").willReturn(okJson("{\"id\":\"r\"}")));

    assertThat(builder().build().get("r")).containsEntry("id", "r");

    assertThat(recorder.stopped).hasSize(1);
    assertThat(recorder.keys(0)).containsEntry("outcome", "success").containsEntry("attempts", "3");
    assertThat(recorder.events).extracting(Observation.Event::getName).containsExactly("retry", "retry");
    assertThat(recorder.events.get(0).getContextualName()).contains("attempt 1").contains("answered 503");
    assertThat(recorder.events.get(1).getContextualName()).contains("attempt 2").contains("Retry-After 0");
    assertThat(meters.get("switchboard.client.requests.retry").counter().count()).isEqualTo(2);
    List<String> retryLines = logs.lines().stream().filter(l -> l.contains("retrying in")).collect(Collectors.toList());
    assertThat(retryLines).hasSize(2);
    assertThat(retryLines.get(0)).startsWith("testprovider get: attempt 1 of 3 answered 503; retrying in");
    assertThat(retryLines.get(1)).contains("attempt 2 of 3 answered 429 with Retry-After 0")
        .endsWith("(the server's Retry-After)");
  }

  @Test
  void anAsyncCallIsObservedOnceWithItsRetries() throws Exception {
    server.stubFor(get("/things/a").inScenario("a").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(502)).willSetStateTo("up"));
    server.stubFor(get("/things/a").inScenario("a").whenScenarioStateIs("up").willReturn(okJson("{\"id\":\"a\"}")));

    assertThat(builder().buildAsync().get("a").get(10, TimeUnit.SECONDS)).containsEntry("id", "a");

    assertThat(recorder.stopped).hasSize(1);
    assertThat(recorder.keys(0)).containsEntry("outcome", "success").containsEntry("attempts", "2");
    assertThat(recorder.events).hasSize(1);
  }

  @Test
  void eachKindOfFailureHasItsOutcomeAndStatus() {
    server.stubFor(get("/things/missing").willReturn(aResponse().withStatus(404)));
    server.stubFor(post("/things").willReturn(aResponse().withStatus(500)));
    server.stubFor(get("/things/busy").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")));
    TestApi api = builder().build();
    TestApi refused = new TestClientBuilder("http://127.0.0.1:" + FaultServer.closedPort())
        .retryPolicy(fastRetries).observationRegistry(registry).build();

    assertThatThrownBy(() -> api.get("missing")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> api.create(Map.of("a", 1))).isInstanceOf(ServerException.class);
    assertThatThrownBy(() -> api.get("busy")).isInstanceOf(RateLimitedException.class);
    assertThatThrownBy(() -> refused.get("x")).isInstanceOf(TransportException.class);

    assertThat(recorder.keys(0)).containsEntry("outcome", "client_error").containsEntry("status", "404")
        .containsEntry("attempts", "1");
    assertThat(recorder.keys(1)).containsEntry("outcome", "server_error").containsEntry("status", "500")
        .containsEntry("operation", "create").containsEntry("attempts", "1");
    assertThat(recorder.keys(2)).containsEntry("outcome", "rate_limited").containsEntry("status", "429")
        .containsEntry("attempts", "3");
    assertThat(recorder.keys(3)).containsEntry("outcome", "transport").containsEntry("status", "none")
        .containsEntry("attempts", "3");
    assertThat(recorder.stopped.get(0).getError()).isInstanceOf(NotFoundException.class);
    assertThat(recorder.stopped.get(3).getError()).isInstanceOf(TransportException.class);
  }

  @Test
  void retryLinesAndEventsAreRedacted() {
    // A server echoing the credential where the retry step reads its reason.
    server.stubFor(get("/things/echo").willReturn(aResponse().withStatus(503).withHeader("Retry-After", TestClientBuilder.KEY)));

    assertThatThrownBy(() -> builder().build().get("echo")).isInstanceOf(ServerException.class);

    assertThat(recorder.events).hasSize(2);
    assertThat(recorder.events).allSatisfy(e -> assertThat(e.getContextualName())
        .contains("[REDACTED]").doesNotContain(TestClientBuilder.KEY));
    assertThat(logs.lines()).filteredOn(l -> l.contains("retrying in")).hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("[REDACTED]"));
    assertThat(logs.text()).doesNotContain(TestClientBuilder.KEY);
  }

  @Test
  void withoutARegistryThePipelineHasNoObservationStep() {
    ClientConfig without = new TestClientBuilder(server.baseUrl()).config();
    ClientConfig noop = new TestClientBuilder(server.baseUrl()).observationRegistry(ObservationRegistry.NOOP).config();
    ClientConfig with = builder().config();

    assertThat(without.observation()).isNull();
    assertThat(noop.observation()).isNull();
    assertThat(steps(without)).noneMatch(s -> s instanceof ObservationStep).hasSize(9);
    assertThat(steps(noop)).noneMatch(s -> s instanceof ObservationStep).hasSize(9);
    // With one, it is second: only the required-fields check runs before it.
    assertThat(steps(with)).hasSize(10).element(1).isInstanceOf(ObservationStep.class);
  }

  private static List<HttpPipelinePolicy> steps(ClientConfig config) {
    return HttpPipeline.build(config, new RequiredFieldsStep(new RequiredFields(config.provider(), TestApi.class)),
        Clock.systemUTC()).steps();
  }
}
