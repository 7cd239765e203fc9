package dev.switchboard.facade;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.switchboard.bcrumbs.BcrumbsClient;
import dev.switchboard.bird.BirdClient;
import dev.switchboard.bcrumbs.BcrumbsDirectory;
import dev.switchboard.bird.BirdDirectory;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.TransportException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.WireLog;
import dev.switchboard.runtime.testing.LogCapture;
import dev.switchboard.runtime.testing.Loopback;
import dev.switchboard.runtime.testing.ProviderChecks;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The runtime's retry, timeout and redaction rules, seen through the facade, sync and async alike. */
class ReliabilityTest {
  private static final String KEY = "bird-reliability-secret-71";
  private static final String BC_KEY = "bcrumbs-reliability-secret-72";
  private static final String AGENTS = "/workspaces/w1/agents";

  @RegisterExtension static WireMockExtension server = Loopback.wireMock();
  @RegisterExtension LogCapture logs = new LogCapture();

  private BirdDirectory bird(RetryPolicy policy, Duration readTimeout) {
    return BirdDirectory.of(BirdClient.builder().baseUrl(server.baseUrl()).accessKey(KEY).retryPolicy(policy)
        .readTimeout(readTimeout).wireLog(WireLog.FULL).build(), "w1");
  }

  private static RetryPolicy fast() {
    return RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(5)).maxDelay(Duration.ofMillis(20)).build();
  }

  @AfterEach
  void noSecretWasLogged() {
    assertThat(logs.text()).doesNotContain(KEY, BC_KEY);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void a429WithRetryAfterIsWaitedOutThenSucceeds(Mode mode) {
    server.stubFor(get(AGENTS + "/a1").inScenario("rl").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
    server.stubFor(get(AGENTS + "/a1").inScenario("rl").whenScenarioStateIs("ok")
        .willReturn(okJson(BirdDirectoryTest.agent("a1", "Ann", "active"))));

    long start = System.nanoTime();
    assertThat(mode.on(bird(fast(), Duration.ofSeconds(5))).get("a1").name()).isEqualTo("Ann");

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    server.verify(2, getRequestedFor(urlEqualTo(AGENTS + "/a1")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void a503IsRetriedThenSucceeds(Mode mode) {
    server.stubFor(delete(AGENTS + "/a1").inScenario("u").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    server.stubFor(delete(AGENTS + "/a1").inScenario("u").whenScenarioStateIs("up").willReturn(noContent()));

    mode.on(bird(fast(), Duration.ofSeconds(5))).delete("a1");

    server.verify(2, deleteRequestedFor(urlEqualTo(AGENTS + "/a1")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createIsNotRetriedAfterAResetConnection(Mode mode) {
    server.stubFor(post(AGENTS).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> mode.on(bird(fast(), Duration.ofSeconds(5))).create(NewAgent.named("Ann").build()))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.provider()).isEqualTo("bird");
          assertThat(e.operation()).isEqualTo("createAgent");
          assertThat(e.getMessage()).doesNotContain(KEY);
        });
    server.verify(1, postRequestedFor(urlEqualTo(AGENTS)));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aGraphQlMutationIsNotRetriedButAQueryIs(Mode mode) {
    BcrumbsDirectory bc = BcrumbsDirectory.of(BcrumbsClient.builder().baseUrl(server.baseUrl() + "/gq").apiKey(BC_KEY)
        .retryPolicy(fast()).wireLog(WireLog.FULL).build(), 1);
    server.stubFor(post("/gq").withRequestBody(matchingJsonPath("$.operationName", equalTo("createAgent")))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    server.stubFor(post("/gq").withRequestBody(matchingJsonPath("$.operationName", equalTo("agents")))
        .inScenario("q").whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(502)).willSetStateTo("ok"));
    server.stubFor(post("/gq").withRequestBody(matchingJsonPath("$.operationName", equalTo("agents")))
        .inScenario("q").whenScenarioStateIs("ok").willReturn(okJson(BcrumbsDirectoryTest.page(BcrumbsDirectoryTest.node("a"), false, null))));

    assertThatThrownBy(() -> mode.on(bc).create(NewAgent.named("A").userId("u").email("a@example.com").build()))
        .isInstanceOf(TransportException.class);
    assertThat(mode.on(bc).list(AgentQuery.ALL)).hasSize(1);

    server.verify(1, postRequestedFor(urlEqualTo("/gq")).withRequestBody(matchingJsonPath("$.operationName", equalTo("createAgent"))));
    server.verify(2, postRequestedFor(urlEqualTo("/gq")).withRequestBody(matchingJsonPath("$.operationName", equalTo("agents"))));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aSlowServerTimesOut(Mode mode) {
    server.stubFor(get(AGENTS + "/slow").willReturn(okJson("{}").withFixedDelay(1_500)));

    assertThatThrownBy(() -> mode.on(bird(RetryPolicy.none(), Duration.ofMillis(200))).get("slow"))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isTimeout()).isTrue());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void badInputNamesTheFieldAndSendsNothing(Mode mode) {
    Mode.Ops ops = mode.on(bird(fast(), Duration.ofSeconds(5)));

    assertThatThrownBy(() -> ops.create(NewAgent.named(" ").build()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
    assertThatThrownBy(() -> ops.delete("a/../b/.."))
        .isInstanceOf(ApiException.class); // encoded as one segment, so it is simply an unknown agent
    assertThatThrownBy(() -> ops.delete(".."))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("agentId"));
    assertThatThrownBy(() -> ops.update(null, AgentUpdate.builder().name("x").build()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("agentId"));
    server.verify(1, anyRequestedFor(anyUrl()));
    server.verify(deleteRequestedFor(urlEqualTo(AGENTS + "/a%2F..%2Fb%2F..")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void serverErrorsCarryNoSecret(Mode mode) {
    server.stubFor(get(AGENTS + "/a1").willReturn(aResponse().withStatus(401)
        .withBody("{\"code\":\"Unauthorized\",\"message\":\"AccessKey " + KEY + " is not valid\"}")));
    BirdDirectory d = bird(RetryPolicy.none(), Duration.ofSeconds(5));

    ApiException thrown = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class, () -> mode.on(d).get("a1"));

    ProviderChecks.assertSecretNowhere(KEY, logs, thrown, d, d.client(), thrown.body());
  }
}
