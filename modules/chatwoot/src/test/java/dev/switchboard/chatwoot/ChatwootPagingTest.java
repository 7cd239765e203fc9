package dev.switchboard.chatwoot;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.chatwoot.model.Agent;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.paging.Page;
import dev.switchboard.runtime.paging.PagedIterable;
import dev.switchboard.runtime.testing.Loopback;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The paging generated for an operation whose {@code x-pagination} declares it unpaged
 * (Chatwoot's {@code listAgents}): one response is one page, and no token can resume it.
 */
class ChatwootPagingTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();

  private static PagedIterable<Agent> agents() {
    return ChatwootClient.builder().baseUrl(server.baseUrl()).apiAccessToken("t").retryPolicy(RetryPolicy.none()).build()
        .agentsPaging().listAgents(7L);
  }

  @Test
  void oneResponseIsOnePageWithNoContinuation() {
    server.stubFor(get("/api/v1/accounts/7/agents").willReturn(okJson("[{\"id\":1,\"name\":\"A\"},{\"id\":2,\"name\":\"B\"}]")));

    List<Page<Agent>> pages = new ArrayList<>();
    agents().iterableByPage().forEach(pages::add);

    assertThat(pages).hasSize(1);
    assertThat(pages.get(0).items()).extracting(Agent::getName).containsExactly("A", "B");
    assertThat(pages.get(0).continuationToken()).isNull();
    server.verify(1, getRequestedFor(anyUrl()));
  }

  @Test
  void aTokenCannotResumeAnUnpagedListAndNothingIsSent() {
    assertThatThrownBy(() -> agents().iterableByPage("x").iterator().next())
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("continuationToken"));
    assertThat(agents().collectAsync("x")).failsWithin(Duration.ofSeconds(5))
        .withThrowableOfType(ExecutionException.class).havingCause().isInstanceOf(InvalidInputException.class);
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
