package dev.switchboard.bcrumbs;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.bcrumbs.graphql.type.AgentPatchInput;
import dev.switchboard.bcrumbs.graphql.type.AgentsInput;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.SwitchboardObservation;
import dev.switchboard.runtime.http.WireLog;
import dev.switchboard.runtime.testing.LogCapture;
import dev.switchboard.runtime.testing.Loopback;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GraphQL outcomes inside the pipeline: the Micrometer observation of a bcrumbs call records the
 * outcome the caller gets (a GraphQL error answered with HTTP 200 is an error, not a success) and
 * the GraphQL operation's name, not the endpoint method's. Against WireMock on loopback.
 */
class BcrumbsObservationTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();
  @RegisterExtension LogCapture logs = new LogCapture();

  private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
  private ObservationRegistry registry;

  @BeforeEach
  void registry() {
    registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(new ObservationHandler<>() {
      @Override
      public void onStop(Observation.Context context) {
        stopped.add(context);
      }

      @Override
      public boolean supportsContext(Observation.Context context) {
        return true;
      }
    });
  }

  private BcrumbsClient client() {
    return BcrumbsClient.builder().baseUrl(server.baseUrl() + "/core/gq").apiKey("k")
        .retryPolicy(RetryPolicy.none()).observationRegistry(registry).wireLog(WireLog.BASIC).build();
  }

  private Map<String, String> keys() {
    assertThat(stopped).hasSize(1);
    return stopped.get(0).getLowCardinalityKeyValues().stream()
        .collect(Collectors.toMap(KeyValue::getKey, KeyValue::getValue, (a, b) -> b, TreeMap::new));
  }

  private static final String UNAUTHENTICATED =
      "{\"data\":null,\"errors\":[{\"message\":\"bad key\",\"extensions\":{\"code\":\"UNAUTHENTICATED\"}}]}";

  @Test
  void anUnauthenticatedErrorAt200IsRecordedAsTheErrorTheCallerGets() throws Exception {
    server.stubFor(post("/core/gq").willReturn(okJson(UNAUTHENTICATED)));
    AgentsInput input = AgentsInput.builder().workspaceId(12).build();

    assertThatThrownBy(() -> client().agents(input)).isInstanceOf(AuthenticationException.class);
    assertErrorRecorded("agents", c -> assertThat(c.getError()).isInstanceOf(AuthenticationException.class));
    // The wire log names the same operation.
    assertThat(logs.text()).contains("[agents]").doesNotContain("[query]");

    stopped.clear();
    assertThatThrownBy(() -> client().agentsAsync(input).get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(AuthenticationException.class);
    assertErrorRecorded("agents", c -> assertThat(c.getError()).isInstanceOf(AuthenticationException.class));
  }

  @Test
  void aMutationIsObservedUnderItsOwnName() {
    server.stubFor(post("/core/gq").willReturn(okJson(UNAUTHENTICATED)));
    assertThatThrownBy(() -> client().patchAgent(AgentPatchInput.builder().workspaceId(12).id("a").name("N").build()))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> assertThat(e.operation()).isEqualTo("patchAgent"));
    assertErrorRecorded("patchAgent", c -> { });
  }

  @Test
  void aSuccessIsRecordedUnderTheOperationsName() {
    server.stubFor(post("/core/gq").willReturn(okJson(
        "{\"data\":{\"agents\":{\"nodes\":[],\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":null,\"count\":0}}}}")));
    assertThat(client().agents(AgentsInput.builder().workspaceId(12).build()).nodes).isEmpty();
    assertThat(keys()).containsEntry(SwitchboardObservation.OPERATION, "agents")
        .containsEntry(SwitchboardObservation.OUTCOME, SwitchboardObservation.OUTCOME_SUCCESS)
        .containsEntry(SwitchboardObservation.STATUS, "200");
    assertThat(stopped.get(0).getContextualName()).isEqualTo("bcrumbs agents");
  }

  @Test
  void anAnswerThatIsNotGraphQlIsRecordedAsUnexpected() {
    server.stubFor(post("/core/gq").willReturn(okJson("{\"data\":null}")));
    assertThatThrownBy(() -> client().agents(AgentsInput.builder().workspaceId(12).build()))
        .isInstanceOfSatisfying(UnexpectedResponseException.class, e -> assertThat(e.operation()).isEqualTo("agents"));
    assertThat(keys()).containsEntry(SwitchboardObservation.OPERATION, "agents")
        .containsEntry(SwitchboardObservation.OUTCOME, SwitchboardObservation.OUTCOME_UNEXPECTED);
  }

  private void assertErrorRecorded(String operation, Consumer<Observation.Context> more) {
    assertThat(keys()).containsEntry(SwitchboardObservation.OPERATION, operation)
        .containsEntry(SwitchboardObservation.OUTCOME, SwitchboardObservation.OUTCOME_CLIENT_ERROR)
        .containsEntry(SwitchboardObservation.STATUS, "200")
        .containsEntry(SwitchboardObservation.PLATFORM, "bcrumbs");
    assertThat(stopped.get(0).getContextualName()).isEqualTo("bcrumbs " + operation);
    more.accept(stopped.get(0));
  }
}
