package dev.switchboard.bird;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.bird.api.AgentsApi.ListAgentsQueryParams;
import dev.switchboard.bird.model.Agent;
import dev.switchboard.runtime.error.ServerException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.paging.Page;
import dev.switchboard.runtime.paging.PagedIterable;
import dev.switchboard.runtime.testing.Loopback;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The paging generated from {@code listAgents}' {@code x-pagination} (specs/bird/openapi.yaml),
 * over HTTP to a loopback server that pages by {@code pageToken}: three pages, a1 a2 | a3 a4 | a5.
 */
class BirdPagingTest {
  private static final String PATH = "/workspaces/w1/agents";

  @RegisterExtension static WireMockExtension server = Loopback.wireMock();

  @BeforeEach
  void threePages() {
    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("pageToken", absent())
        .willReturn(okJson(page("\"t1\"", "a1", "a2"))));
    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("pageToken", equalTo("t1"))
        .willReturn(okJson(page("\"t2\"", "a3", "a4"))));
    // Bird ends the list with an empty token (seed 001 types it as text; the spec says "" is last).
    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("pageToken", equalTo("t2"))
        .willReturn(okJson(page("\"\"", "a5"))));
  }

  private static String page(String next, String... ids) {
    String items = java.util.Arrays.stream(ids).map(id -> "{\"id\":\"" + id + "\",\"name\":\"N" + id + "\"}")
        .collect(Collectors.joining(","));
    return "{\"results\":[" + items + "],\"nextPageToken\":" + next + ",\"total\":5}";
  }

  private static BirdClient client() {
    return BirdClient.builder().baseUrl(server.baseUrl()).accessKey("k").retryPolicy(RetryPolicy.none()).build();
  }

  private static PagedIterable<Agent> agents(ListAgentsQueryParams params) {
    return client().agentsPaging().listAgents("w1", params);
  }

  private static List<String> sentTokens() {
    List<String> tokens = new ArrayList<>();
    server.getAllServeEvents().stream()
        .sorted(java.util.Comparator.comparing(e -> e.getRequest().getLoggedDate()))
        .forEach(e -> tokens.add(e.getRequest().queryParameter("pageToken").isPresent()
            ? e.getRequest().queryParameter("pageToken").firstValue() : null));
    return tokens;
  }

  @Test
  void itemsComeFromEveryPageEachFetchedOnceAndOnlyWhenNeeded() {
    ListAgentsQueryParams params = new ListAgentsQueryParams().limit(2).email("a@example.com");
    PagedIterable<Agent> all = agents(params);
    assertThat(server.getAllServeEvents()).as("nothing is sent before iteration").isEmpty();

    Iterator<Agent> it = all.iterator();
    assertThat(it.next().getId()).isEqualTo("a1");
    assertThat(sentTokens()).as("one page for the first item").containsExactly((String) null);

    assertThat(all.stream().map(Agent::getId)).containsExactly("a1", "a2", "a3", "a4", "a5");
    // The first walk's one page, then the second walk's three; every page keeps the caller's filters.
    assertThat(sentTokens()).containsExactly(null, null, "t1", "t2");
    server.verify(4, getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("limit", equalTo("2"))
        .withQueryParam("email", equalTo("a@example.com")));
    assertThat(params).as("the caller's map is not changed").doesNotContainKey("pageToken");
  }

  @Test
  void pagesCarryTheirItemsAndTheTokenOfTheNextPage() {
    List<Page<Agent>> pages = new ArrayList<>();
    agents(null).iterableByPage().forEach(pages::add);

    assertThat(pages).extracting(p -> p.items().stream().map(Agent::getId).collect(Collectors.toList()))
        .containsExactly(List.of("a1", "a2"), List.of("a3", "a4"), List.of("a5"));
    assertThat(pages).extracting(Page::continuationToken).containsExactly("t1", "t2", null);
  }

  @Test
  void aWalkResumesFromAContinuationToken() {
    PagedIterable<Agent> all = agents(null);
    String token = all.iterableByPage().iterator().next().continuationToken();
    server.resetRequests();

    List<String> rest = new ArrayList<>();
    all.iterableByPage(token).forEach(p -> p.items().forEach(a -> rest.add(a.getId())));

    assertThat(rest).containsExactly("a3", "a4", "a5");
    assertThat(sentTokens()).containsExactly("t1", "t2");
  }

  @Test
  void mapIsLazyAndKeepsPageAccess() {
    PagedIterable<String> names = agents(null).map(Agent::getName);
    assertThat(server.getAllServeEvents()).isEmpty();

    assertThat(names).containsExactly("Na1", "Na2", "Na3", "Na4", "Na5");
    assertThat(names.iterableByPage("t2").iterator().next().items()).containsExactly("Na5");
  }

  @Test
  void collectAsyncGathersEveryPageWithoutBlockingTheCaller() throws Exception {
    // The first page takes a while: the caller gets its future back long before it.
    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("pageToken", absent())
        .willReturn(okJson(page("\"t1\"", "a1", "a2")).withFixedDelay(700)));

    long start = System.nanoTime();
    CompletableFuture<List<Agent>> all = agents(null).collectAsync();
    long returnedAfter = System.nanoTime() - start;

    assertThat(Duration.ofNanos(returnedAfter)).isLessThan(Duration.ofMillis(500));
    assertThat(all.get(10, TimeUnit.SECONDS)).extracting(Agent::getId).containsExactly("a1", "a2", "a3", "a4", "a5");
    assertThat(sentTokens()).containsExactly(null, "t1", "t2");
    assertThat(agents(null).collectAsync("t2").get(10, TimeUnit.SECONDS)).extracting(Agent::getId).containsExactly("a5");
  }

  @Test
  void aServerErrorOnPageTwoSurfacesTyped() {
    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("pageToken", equalTo("t1"))
        .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json").withBody("{\"code\":\"boom\"}")));
    Iterator<Agent> it = agents(null).iterator();
    assertThat(it.next().getId()).isEqualTo("a1");
    assertThat(it.next().getId()).isEqualTo("a2");

    assertThatThrownBy(it::hasNext).isInstanceOfSatisfying(ServerException.class, e -> {
      assertThat(e.provider()).isEqualTo("bird");
      assertThat(e.operation()).isEqualTo("listAgents");
      assertThat(e.status()).isEqualTo(500);
    });
    assertThat(agents(null).collectAsync()).failsWithin(Duration.ofSeconds(10))
        .withThrowableOfType(ExecutionException.class).havingCause().isInstanceOf(ServerException.class);
  }

  @Test
  @Timeout(20) // without the runtime's check this walk would never end
  void aServerThatHandsBackTheSameTokenIsAnUnexpectedResponseNotAnEndlessWalk() {
    server.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("pageToken", equalTo("t1"))
        .willReturn(okJson(page("\"t1\"", "a3"))));

    assertThatThrownBy(() -> agents(null).stream().count()).isInstanceOfSatisfying(UnexpectedResponseException.class,
        e -> assertThat(e.getMessage()).contains("listAgents").contains("repeats"));
    assertThat(agents(null).collectAsync()).failsWithin(Duration.ofSeconds(10))
        .withThrowableOfType(ExecutionException.class).havingCause().isInstanceOf(UnexpectedResponseException.class);
  }
}
