package dev.switchboard.bcrumbs;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.bcrumbs.graphql.AgentsQuery;
import dev.switchboard.bcrumbs.graphql.type.AgentsInput;
import dev.switchboard.runtime.error.ServerException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.paging.Page;
import dev.switchboard.runtime.paging.PagedIterable;
import dev.switchboard.runtime.testing.Loopback;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The paging generated from {@code specs/bcrumbs/operations/agents.pagination.properties}, over
 * HTTP to a loopback GraphQL endpoint with three pages (a b | c d | e), linked by
 * {@code pageInfo.endCursor} and asked for with the assumed {@code after} input field.
 */
class BcrumbsPagingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PAGE =
      "{\"data\":{\"agents\":{\"nodes\":[%s],\"pageInfo\":{\"hasNextPage\":%s,\"endCursor\":%s,\"count\":2}}}}";

  @RegisterExtension static WireMockExtension server = Loopback.wireMock();

  @BeforeEach
  void threePages() {
    server.stubFor(post("/core/gq").withRequestBody(matchingJsonPath("$.variables.input.after", absent()))
        .willReturn(okJson(String.format(PAGE, node("a") + "," + node("b"), true, "\"c1\""))));
    server.stubFor(post("/core/gq").withRequestBody(matchingJsonPath("$.variables.input.after", equalTo("c1")))
        .willReturn(okJson(String.format(PAGE, node("c") + "," + node("d"), true, "\"c2\""))));
    // The last page has an endCursor too (as the seed's example does); hasNextPage alone ends the list.
    server.stubFor(post("/core/gq").withRequestBody(matchingJsonPath("$.variables.input.after", equalTo("c2")))
        .willReturn(okJson(String.format(PAGE, node("e"), false, "\"c3\""))));
  }

  private static String node(String id) {
    return "{\"id\":\"" + id + "\",\"userId\":\"u-" + id + "\",\"name\":\"N" + id + "\",\"surname\":\"S\",\"email\":\"" + id + "@example.com\"}";
  }

  private static BcrumbsClient client() {
    return BcrumbsClient.builder().baseUrl(server.baseUrl() + "/core/gq").apiKey("k").retryPolicy(RetryPolicy.none()).build();
  }

  /** Every filter kind: a required one, a set one, one set to an explicit null, the rest absent. */
  private static PagedIterable<AgentsQuery.Node> agents() {
    return client().allAgents(AgentsInput.builder().workspaceId(12).email("a@example.com").name(null).build());
  }

  /** The {@code variables.input} of every request the server received, in order. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> sentInputs() {
    return server.getAllServeEvents().stream()
        .sorted(Comparator.comparing(e -> e.getRequest().getLoggedDate()))
        .map(e -> {
          try {
            Map<String, Object> vars = (Map<String, Object>) JSON.readValue(e.getRequest().getBodyAsString(), Map.class).get("variables");
            return new LinkedHashMap<>((Map<String, Object>) vars.get("input"));
          } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
          }
        })
        .collect(Collectors.toList());
  }

  @Test
  void pagesCarryTheirNodesAndEndCursorsAndEveryFilterByName() {
    List<Page<AgentsQuery.Node>> pages = new ArrayList<>();
    agents().iterableByPage().forEach(pages::add);

    assertThat(pages).extracting(p -> p.items().stream().map(n -> n.id).collect(Collectors.toList()))
        .containsExactly(List.of("a", "b"), List.of("c", "d"), List.of("e"));
    assertThat(pages).extracting(Page::continuationToken).containsExactly("c1", "c2", null);
    List<Map<String, Object>> inputs = sentInputs();
    assertThat(inputs.get(0)).containsOnlyKeys("workspaceId", "email", "name").containsEntry("name", null);
    // Later pages: the same filters (the explicit null stays one, absent ones stay absent), plus the cursor.
    assertThat(inputs.get(1)).containsOnlyKeys("workspaceId", "email", "name", "after")
        .containsEntry("workspaceId", 12).containsEntry("email", "a@example.com").containsEntry("name", null)
        .containsEntry("after", "c1");
    assertThat(inputs.get(2)).containsEntry("after", "c2");
  }

  @Test
  void aWalkResumesFromAnEndCursor() {
    List<String> ids = new ArrayList<>();
    agents().iterableByPage("c1").forEach(p -> p.items().forEach(n -> ids.add(n.id)));

    assertThat(ids).containsExactly("c", "d", "e");
    assertThat(sentInputs()).extracting(i -> i.get("after")).containsExactly("c1", "c2");
  }

  @Test
  void mapAndAsyncCollectionWalkEveryPageLazily() throws Exception {
    PagedIterable<String> emails = agents().map(n -> n.email);
    assertThat(server.getAllServeEvents()).as("nothing is sent before iteration").isEmpty();

    assertThat(emails.collectAsync().get(10, TimeUnit.SECONDS))
        .containsExactly("a@example.com", "b@example.com", "c@example.com", "d@example.com", "e@example.com");
    assertThat(sentInputs()).extracting(i -> i.get("after")).containsExactly(null, "c1", "c2");
    assertThat(emails.iterableByPage("c2").iterator().next().items()).containsExactly("e@example.com");
  }

  @Test
  void aServerErrorOnPageTwoSurfacesTyped() {
    server.stubFor(post("/core/gq").withRequestBody(matchingJsonPath("$.variables.input.after", equalTo("c1")))
        .willReturn(aResponse().withStatus(503).withBody("down")));
    Iterator<AgentsQuery.Node> it = agents().iterator();
    assertThat(it.next().id).isEqualTo("a");
    assertThat(it.next().id).isEqualTo("b");

    assertThatThrownBy(it::hasNext).isInstanceOfSatisfying(ServerException.class, e -> {
      assertThat(e.provider()).isEqualTo("bcrumbs");
      assertThat(e.status()).isEqualTo(503);
    });
    assertThat(agents().collectAsync()).failsWithin(Duration.ofSeconds(10))
        .withThrowableOfType(ExecutionException.class).havingCause().isInstanceOf(ServerException.class);
  }

  /** Issue 22: page 1 says more follow but has no endCursor; the list used to end there (2 agents of 4). */
  @Test
  void morePagesWithoutACursorIsTypedNotASilentEnd() {
    server.resetMappings();
    server.stubFor(post("/core/gq").willReturn(okJson(String.format(PAGE, node("a") + "," + node("b"), true, "null"))));

    assertThatThrownBy(() -> agents().stream().count()).isInstanceOfSatisfying(UnexpectedResponseException.class, e -> {
      assertThat(e.provider()).isEqualTo("bcrumbs");
      assertThat(e.operation()).isEqualTo("agents");
      assertThat(e.getMessage()).contains("pageInfo.hasNextPage");
    });
    assertThat(agents().collectAsync()).failsWithin(Duration.ofSeconds(10))
        .withThrowableOfType(ExecutionException.class).havingCause().isInstanceOf(UnexpectedResponseException.class);
    // An empty cursor gives no way on either.
    server.stubFor(post("/core/gq").willReturn(okJson(String.format(PAGE, node("a"), true, "\"\""))));
    assertThatThrownBy(() -> agents().stream().count()).isInstanceOf(UnexpectedResponseException.class);
  }

  /** Seed 004 leaves pageInfo, hasNextPage and each node nullable: such a page is read, not refused. */
  @Test
  void nullsTheSeedAllowsEndOrSkipQuietly() {
    server.resetMappings();
    server.stubFor(post("/core/gq").willReturn(okJson(
        "{\"data\":{\"agents\":{\"nodes\":[" + node("a") + ",null],\"pageInfo\":{\"hasNextPage\":null,\"endCursor\":\"c9\"}}}}")));
    assertThat(agents()).extracting(n -> n.id).containsExactly("a");

    server.stubFor(post("/core/gq").willReturn(okJson("{\"data\":{\"agents\":{\"nodes\":null,\"pageInfo\":null}}}")));
    assertThat(agents()).isEmpty();
  }
}
