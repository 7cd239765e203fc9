package dev.switchboard.facade;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.bird.BirdClient;
import dev.switchboard.bird.BirdDirectory;
import dev.switchboard.livechat.LiveChatClient;
import dev.switchboard.livechat.LiveChatDirectory;
import dev.switchboard.runtime.error.TransportException;
import dev.switchboard.runtime.http.RequestOptions;
import dev.switchboard.runtime.http.ResponseInfo;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.testing.Loopback;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link RequestOptions} reach the server through a generated client and through the facade, sync
 * and async: the header on every request of the operation, the hook told of each response, and the
 * timeout ending a call the client's own callTimeout (2 minutes) would have let run.
 */
class RequestOptionsTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();

  private static final String AGENTS = "/workspaces/w1/agents";
  /** Far beyond the options' timeout, far below the client's callTimeout and the test's patience. */
  private static final int STALL_MS = 4_000;
  private static final Duration TIMEOUT = Duration.ofMillis(300);

  private final List<ResponseInfo> heard = new CopyOnWriteArrayList<>();

  private RequestOptions options() {
    return RequestOptions.builder().header("X-Correlation-Id", "order-1234").onResponse(heard::add).build();
  }

  private static RequestOptions quick() {
    return RequestOptions.builder().timeout(TIMEOUT).build();
  }

  private static BirdClient bird() {
    return BirdClient.builder().baseUrl(server.baseUrl()).accessKey("bird-options-key")
        .retryPolicy(RetryPolicy.none()).build();
  }

  private void stubAgent(int delayMs) {
    server.stubFor(get(urlPathEqualTo(AGENTS + "/a1")).willReturn(okJson(BirdDirectoryTest.agent("a1", "Ann", "active"))
        .withHeader("x-request-id", "req-77").withFixedDelay(delayMs)));
  }

  @Test
  void aGeneratedClientSendsTheHeaderAndTellsTheHookSyncAndAsync() {
    stubAgent(0);
    BirdClient client = bird();

    client.agents().getAgent("w1", "a1", options());
    client.agentsAsync().getAgent("w1", "a1", options()).join();
    client.agents().getAgent("w1", "a1"); // without options: nothing added

    server.verify(2, getRequestedFor(urlPathEqualTo(AGENTS + "/a1")).withHeader("X-Correlation-Id", equalTo("order-1234")));
    server.verify(1, getRequestedFor(urlPathEqualTo(AGENTS + "/a1")).withoutHeader("X-Correlation-Id"));
    assertThat(heard).extracting(ResponseInfo::provider, ResponseInfo::operation, ResponseInfo::status, ResponseInfo::requestId)
        .containsOnly(org.assertj.core.groups.Tuple.tuple("bird", "getAgent", 200, "req-77")).hasSize(2);
  }

  @Test
  void aGeneratedClientCallEndsAtTheOptionsTimeoutSyncAndAsync() {
    stubAgent(STALL_MS);
    BirdClient client = bird();

    long start = System.nanoTime();
    assertThatThrownBy(() -> client.agents().getAgent("w1", "a1", quick()))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isTimeout()).isTrue())
        .hasMessageContaining("RequestOptions timeout");
    assertThatThrownBy(() -> client.agentsAsync().getAgent("w1", "a1", quick()).join())
        .isInstanceOf(CompletionException.class).cause()
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isTimeout()).isTrue());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(STALL_MS));
  }

  @Test
  void theFacadeSendsTheHeaderOnEveryRequestOfAnOperationSyncAndAsync() {
    stubAgent(0);
    server.stubFor(get(urlPathEqualTo(AGENTS)).withQueryParam("pageToken", absent()).willReturn(okJson(
        "{\"results\":[" + BirdDirectoryTest.agent("a1", "Ann", "active") + "],\"nextPageToken\":\"t2\"}")));
    server.stubFor(get(urlPathEqualTo(AGENTS)).withQueryParam("pageToken", equalTo("t2")).willReturn(okJson(
        "{\"results\":[" + BirdDirectoryTest.agent("a2", "Bo", "away") + "],\"nextPageToken\":\"\"}")));
    AgentDirectory directory = BirdDirectory.of(bird(), "w1");

    assertThat(directory.get("a1", options()).name()).isEqualTo("Ann");
    assertThat(directory.getAsync("a1", options()).join().name()).isEqualTo("Ann");
    // A listing's later page is fetched while iterating, after list() returned: still this operation's.
    assertThat(directory.list(AgentQuery.ALL, options())).extracting(Agent::id).containsExactly("a1", "a2");
    assertThat(directory.listAsync(AgentQuery.ALL, options()).join()).extracting(Agent::id).containsExactly("a1", "a2");
    directory.list(AgentQuery.ALL).forEach(a -> { }); // without options

    server.verify(2, getRequestedFor(urlPathEqualTo(AGENTS + "/a1")).withHeader("X-Correlation-Id", equalTo("order-1234")));
    server.verify(4, getRequestedFor(urlPathEqualTo(AGENTS)).withHeader("X-Correlation-Id", equalTo("order-1234")));
    server.verify(2, getRequestedFor(urlPathEqualTo(AGENTS)).withoutHeader("X-Correlation-Id"));
    assertThat(heard).hasSize(6).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
  }

  @Test
  void anAsyncOperationOfSeveralRequestsKeepsItsOptionsAcrossThreads() {
    String conf = "/v3.4/configuration/action/";
    String agent = "/v3.4/agent/action/";
    server.stubFor(post(conf + "update_bot").willReturn(okJson("{}")));
    server.stubFor(post(agent + "set_routing_status").willReturn(okJson("{}")));
    server.stubFor(post(conf + "get_bot").willReturn(okJson("{\"id\":\"b1\",\"name\":\"Botty 2\"}")));
    server.stubFor(post(agent + "list_routing_statuses").willReturn(okJson("[{\"agent_id\":\"b1\",\"status\":\"offline\"}]")));
    AgentDirectory directory = LiveChatDirectory.of(LiveChatClient.builder().baseUrl(server.baseUrl() + "/v3.4")
        .accessToken("fra:lc-options-token").retryPolicy(RetryPolicy.none()).build());

    directory.updateAsync("b1", AgentUpdate.builder().name("Botty 2").availability(Availability.OFFLINE).build(),
        options()).join();

    int requests = server.getAllServeEvents().size();
    assertThat(requests).isGreaterThanOrEqualTo(3);
    server.verify(requests, anyRequestedFor(anyUrl()).withHeader("X-Correlation-Id", equalTo("order-1234")));
    assertThat(heard).hasSize(requests);
  }

  @Test
  void theFacadesTimeoutEndsTheOperationSyncAndAsync() {
    stubAgent(STALL_MS);
    AgentDirectory directory = BirdDirectory.of(bird(), "w1");

    long start = System.nanoTime();
    assertThatThrownBy(() -> directory.get("a1", quick()))
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isTimeout()).isTrue())
        .hasMessageContaining("RequestOptions timeout");
    assertThatThrownBy(() -> directory.getAsync("a1", quick()).join())
        .isInstanceOf(CompletionException.class).cause()
        .isInstanceOfSatisfying(TransportException.class, e -> assertThat(e.isTimeout()).isTrue());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(STALL_MS));
  }

  @Test
  void aHeaderThatCannotBeSentIsRefusedNamingItBeforeAnyRequest() {
    assertThatThrownBy(() -> RequestOptions.builder().header("X-Note", "a\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-Note").hasMessageNotContaining("Injected");
    assertThatThrownBy(() -> RequestOptions.builder().header("Bad Name", "v"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not an HTTP token");
    assertThatThrownBy(() -> RequestOptions.builder().header("Host", "elsewhere.example"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Host");
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
