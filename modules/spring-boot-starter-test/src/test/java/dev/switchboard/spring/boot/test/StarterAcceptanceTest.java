package dev.switchboard.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.switchboard.bird.sandbox.BirdSandbox;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.runtime.testing.LogCapture;
import dev.switchboard.sandbox.Sandbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.tracing.test.simple.SimpleSpan;
import io.micrometer.tracing.test.simple.SimpleTracer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The starter in a Spring Boot application against the sandbox (started by
 * {@link SwitchboardSandboxTest}): the beans, a timer per platform and operation with the documented
 * tags, a span per call, health {@code UP}, a retried call's events and DEBUG lines, and no
 * credential in the actuator's configprops and env, even with their values shown.
 */
@SpringBootTest(classes = TestApplication.class, properties = {
    "management.endpoints.web.exposure.include=health,configprops,env",
    "management.endpoint.health.show-details=always",
    // Values shown: the masking must be the starter's own, not the actuator's default of hiding all.
    "management.endpoint.env.show-values=always",
    "management.endpoint.configprops.show-values=always",
    "switchboard.bird.retry.max-attempts=3",
    "switchboard.bird.retry.base-delay=5ms",
    "logging.level.dev.switchboard.retry=DEBUG"})
@AutoConfigureMockMvc
@SwitchboardSandboxTest
class StarterAcceptanceTest {
  private static final Set<Platform> ALL =
      Set.of(Platform.BIRD, Platform.CHATWOOT, Platform.CHATCAPTAIN, Platform.LIVECHAT, Platform.BCRUMBS,
          Platform.of("intercom"), Platform.of("twilio"));

  @RegisterExtension LogCapture logs = new LogCapture();

  @Autowired Switchboard switchboard;
  @Autowired Map<String, AgentDirectory> directories;
  @Autowired MeterRegistry meters;
  @Autowired SimpleTracer tracer;
  @Autowired Sandbox sandbox;
  @Autowired MockMvc mvc;

  @BeforeEach
  void fresh() {
    sandbox.reset();
    sandbox.seedDemoData();
    meters.clear();
    tracer.getSpans().clear();
  }

  @Test
  void everyPlatformTheSandboxFakesIsABeanOfItsOwn() {
    assertThat(switchboard.directories()).extracting(AgentDirectory::platform).containsExactlyInAnyOrderElementsOf(ALL);
    assertThat(directories).containsOnlyKeys("birdAgentDirectory", "chatwootAgentDirectory",
        "chatcaptainAgentDirectory", "livechatAgentDirectory", "bcrumbsAgentDirectory", "intercomAgentDirectory",
        "twilioAgentDirectory");
    for (Platform p : ALL) {
      assertThat(directories.get(p.id() + "AgentDirectory")).isSameAs(switchboard.directory(p));
    }
  }

  @Test
  void eachCallIsTimedPerPlatformAndOperationAndIsASpan() {
    for (AgentDirectory d : switchboard.directories()) {
      assertThat(d.list().stream().count()).as(d.platform().id()).isPositive();
      assertThat(d.list().stream().count()).as(d.platform().id()).isPositive();
    }

    List<Timer> timers = List.copyOf(meters.find("switchboard.client.requests").timers());
    assertThat(timers).isNotEmpty();
    Map<String, List<Timer>> byPlatformAndOperation = timers.stream()
        .collect(Collectors.groupingBy(t -> t.getId().getTag("platform") + " " + t.getId().getTag("operation")));
    // One timer per platform and operation: every call of one ended the same way.
    assertThat(byPlatformAndOperation.values()).allSatisfy(same -> assertThat(same).hasSize(1));
    assertThat(timers).extracting(t -> t.getId().getTag("platform")).containsOnly(
        ALL.stream().map(Platform::id).toArray(String[]::new)).contains(ALL.stream().map(Platform::id).toArray(String[]::new));
    assertThat(timers).allSatisfy(t -> {
      assertThat(t.getId().getTag("outcome")).isEqualTo("success");
      assertThat(t.getId().getTag("status")).isEqualTo("200");
      assertThat(t.getId().getTag("attempts")).isEqualTo("1");
      assertThat(t.getId().getTag("operation")).isNotBlank();
      // Two lists per platform: each list operation was called (at least) twice.
      assertThat(t.count()).isGreaterThanOrEqualTo(2);
    });

    long calls = timers.stream().mapToLong(Timer::count).sum();
    List<SimpleSpan> spans = List.copyOf(tracer.getSpans());
    assertThat(spans).hasSize((int) calls);
    Set<String> spanCalls = spans.stream().map(sp -> sp.getTags().get("platform") + " " + sp.getTags().get("operation"))
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(spanCalls).containsExactlyElementsOf(new TreeSet<>(byPlatformAndOperation.keySet()));
    // The span's name is the observation's contextual name, "<platform> <operation>", which
    // Micrometer Tracing writes in lower-hyphen case (bird list-agents).
    assertThat(spans).allSatisfy(sp -> assertThat(sp.getName()).startsWith(sp.getTags().get("platform") + " "));
    assertThat(spans).allSatisfy(s -> assertThat(s.getTags()).containsKeys("platform", "operation", "outcome", "status"));
  }

  @Test
  void aRetriedCallShowsItsRetriesAsEventsAndDebugLines() {
    // The sandbox answers Bird's next request 429 with Retry-After: 1; the client waits and retries.
    sandbox.throttle("bird", 1);

    assertThat(switchboard.directory(Platform.BIRD).list().stream().count()).isPositive();

    Timer timer = meters.find("switchboard.client.requests").tag("platform", "bird").tag("attempts", "2").timer();
    assertThat(timer).as("the retried call's timer").isNotNull();
    assertThat(timer.getId().getTag("outcome")).isEqualTo("success");
    assertThat(meters.find("switchboard.client.requests.retry").tag("platform", "bird").counter())
        .isNotNull().satisfies(c -> assertThat(c.count()).isEqualTo(1));
    assertThat(tracer.getSpans()).flatExtracting(s -> s.getEvents().stream().map(Map.Entry::getValue).toList())
        .singleElement().asString().contains("retry after attempt 1").contains("answered 429");
    assertThat(logs.lines()).filteredOn(l -> l.startsWith("bird ") && l.contains("retrying in")).singleElement()
        .asString().contains("answered 429 with Retry-After 1").contains("(the server's Retry-After)");
  }

  @Test
  void healthIsUpForEveryPlatform() throws Exception {
    String body = mvc.perform(get("/actuator/health/switchboard")).andReturn().getResponse().getContentAsString();

    assertThat(body).startsWith("{\"status\":\"UP\"");
    for (Platform p : ALL) {
      assertThat(body).contains("\"" + p.id() + "\":{\"status\":\"UP\"");
    }
    // Health probes are not the application's calls: they are not observed.
    assertThat(meters.find("switchboard.client.requests").timers()).isEmpty();
  }

  @Test
  void noCredentialInConfigpropsOrEnv() throws Exception {
    for (String endpoint : List.of("/actuator/configprops", "/actuator/env")) {
      String body = mvc.perform(get(endpoint)).andReturn().getResponse().getContentAsString();
      // The values are shown (the workspace id is there), yet no credential is.
      assertThat(body).as(endpoint).contains(BirdSandbox.WORKSPACE).contains("******");
      for (String platform : sandbox.platforms()) {
        String credential = sandbox.credential(platform);
        assertThat(body).as(endpoint + " " + platform).doesNotContain(credential);
        // LiveChat's token is region:secret; not even the secret part.
        assertThat(body).as(endpoint + " " + platform).doesNotContain(credential.substring(credential.indexOf(':') + 1));
      }
    }
  }
}
