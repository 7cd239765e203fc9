package dev.switchboard.bcrumbs;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.bcrumbs.graphql.type.AgentCreateInput;
import dev.switchboard.bcrumbs.graphql.type.AgentsInput;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.WireLog;
import dev.switchboard.runtime.testing.LogCapture;
import dev.switchboard.runtime.testing.Loopback;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken and hostile GraphQL answers: typed, always completing, never quoting the key. */
class BcrumbsHostileResponseTest {
  private static final String KEY = "bc-canary-key-5d2e9a";

  @RegisterExtension static WireMockExtension server = Loopback.wireMock();
  @RegisterExtension LogCapture logs = new LogCapture();

  private BcrumbsClient client() {
    return BcrumbsClient.builder().baseUrl(server.baseUrl() + "/core/gq").apiKey(KEY)
        .retryPolicy(RetryPolicy.none()).wireLog(WireLog.FULL).build();
  }

  private static AgentsInput input() {
    return AgentsInput.builder().workspaceId(12).build();
  }

  // Defect 2: an empty or truncated 200 threw a raw EOFException (sync) and never completed (async).

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "{\"data\":{\"agents\":", "{\"data\":{\"agents\":{\"nodes\":[{\"id\":\"a\""})
  void anEmptyOrTruncatedBodyIsTypedSyncAndAsync(String body) throws Exception {
    server.stubFor(post("/core/gq").willReturn(okJson(body)));

    assertThatThrownBy(() -> client().agents(input())).isInstanceOf(UnexpectedResponseException.class);
    assertThatThrownBy(() -> client().createAgent(AgentCreateInput.builder().workspaceId(1).userId("u").name("n").email("e").build()))
        .isInstanceOf(UnexpectedResponseException.class);
    ExecutionException async = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
        () -> client().agentsAsync(input()).get(5, TimeUnit.SECONDS)); // a TimeoutException here is the hang
    assertThat(async.getCause()).isInstanceOf(UnexpectedResponseException.class);
  }

  // Defect 5a: extensions echoing the key reached graphQlErrors().toString() and context().toString().

  @Test
  void extensionsAndPathThatEchoTheKeyAreRedacted() {
    server.stubFor(post("/core/gq").willReturn(okJson("{\"errors\":[{\"message\":\"key " + KEY + " refused\","
        + "\"path\":[\"agents\",\"" + KEY + "\"],"
        + "\"extensions\":{\"code\":\"UNAUTHENTICATED\",\"presented\":\"" + KEY + "\",\"apiKey\":\"x" + KEY + "\","
        + "\"request\":{\"headers\":{\"authorization\":\"" + KEY + "\"},\"list\":[\"" + KEY + "\",null,1]},\"none\":null}}],"
        + "\"data\":null}")));

    ApiException e = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class, () -> client().agents(input()));

    assertThat(e).isInstanceOf(AuthenticationException.class);
    assertThat(e.graphQlErrors().get(0).code()).isEqualTo("UNAUTHENTICATED");
    assertThat(e.graphQlErrors().get(0).extensions()).containsKey("none");
    assertThat(e.graphQlErrors().toString()).doesNotContain(KEY);
    assertThat(e.context().toString()).doesNotContain(KEY);
    assertThat(stackTrace(e)).doesNotContain(KEY);
    assertThat(logs.text()).doesNotContain(KEY);
  }

  // Defect 8 (generated client): a blank required name was sent.

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void aBlankRequiredStringIsRejectedBeforeSending(String blank) {
    assertThatThrownBy(() -> client().createAgent(AgentCreateInput.builder().workspaceId(1).userId("u").name(blank).email("e").build()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("input.name"));
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  private static String stackTrace(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    return out.toString();
  }
}
