package dev.switchboard.runtime.http;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.testing.Loopback;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A client is its generated implementation bound to the pipeline (issue 26): no proxy, no Feign,
 * and the request rules the Feign clients had, checked on the wire.
 */
class GeneratedBindingTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();

  private TestClientBuilder builder() {
    return new TestClientBuilder(server.baseUrl()).retryPolicy(RetryPolicy.none());
  }

  @Test
  void aClientIsItsGeneratedImplementationAndFeignIsGone() {
    TestApi api = builder().build();
    TestApiAsync async = builder().buildAsync();

    assertThat(api).isExactlyInstanceOf(TestApiImpl.class);
    assertThat(async).isExactlyInstanceOf(TestApiAsyncImpl.class);
    assertThat(Proxy.isProxyClass(api.getClass())).isFalse();
    assertThatThrownBy(() -> Class.forName("feign.Feign")).as("feign-core on the runtime's classpath")
        .isInstanceOf(ClassNotFoundException.class);
  }

  /** Not generated: nothing implements it. */
  interface HandWritten {
    void call();
  }

  @Test
  void anInterfaceWithoutAGeneratedImplementationIsRefusedNamingIt() {
    assertThatThrownBy(() -> builder().config().client(HandWritten.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(HandWritten.class.getName() + "Impl");
  }

  @Test
  void listsRepeatTheNameEmptyOnesAndNullsAreLeftOutAndEveryNameAndValueIsEncoded() {
    server.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson("{}")));
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("tags", List.of("a/b", "c d"));
    query.put("none", List.of());
    query.put("unset", null);
    query.put("email", "x+y@z");
    query.put("odd name", "%2F");

    builder().build().searchBy(query);

    server.verify(getRequestedFor(urlEqualTo("/search?tags=a%2Fb&tags=c%20d&email=x%2By%40z&odd%20name=%252F")));
  }

  @Test
  void aQueryValueIsLeftOutWhenNullAndEncodedOtherwise() {
    server.stubFor(get(urlPathEqualTo("/search")).willReturn(okJson("{}")));

    builder().build().search(null);
    builder().build().search("a&b=c");

    server.verify(getRequestedFor(urlEqualTo("/search")));
    server.verify(getRequestedFor(urlEqualTo("/search?email=a%26b%3Dc")));
  }

  @Test
  void aJsonBodyGoesWithItsTypeAndLengthWhichTheStepsSeeToo() {
    server.stubFor(post("/things").willReturn(okJson("{\"id\":\"t9\"}")));
    List<HttpRequest> seen = new java.util.ArrayList<>();
    HttpPipelinePolicy recorder = (call, next) -> {
      seen.add(call.request());
      return next.process(call);
    };

    builder().addPolicy(recorder).build().create(Map.of("name", "Zoë"));

    byte[] sent = "{\"name\":\"Zoë\"}".getBytes(StandardCharsets.UTF_8);
    server.verify(postRequestedFor(urlEqualTo("/things"))
        .withHeader("Content-Type", equalTo("application/json"))
        .withRequestBody(binaryEqualTo(sent)));
    // What a step (the wire log, a user's policy) reads, as Feign's requests carried it.
    assertThat(seen).singleElement().satisfies(r -> {
      assertThat(r.header("Content-Length")).isEqualTo(Integer.toString(sent.length));
      assertThat(r.header("content-type")).isEqualTo("application/json");
      assertThat(r.body()).isEqualTo(sent);
    });
  }

  @Test
  void anAsyncCallWithABadPathValueFailsItsFutureAndSendsNothing() {
    CompletableFuture<Map<String, Object>> result = builder().buildAsync().get("..");

    assertThat(result).isCompletedExceptionally();
    assertThatThrownBy(result::get).isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(InvalidInputException.class);
    server.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aBlockingCallWithABadPathValueThrowsAndSendsNothing() {
    assertThatThrownBy(() -> builder().build().get(" "))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("id"));
    server.verify(0, anyRequestedFor(anyUrl()));
  }
}
