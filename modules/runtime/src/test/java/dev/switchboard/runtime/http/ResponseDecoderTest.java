package dev.switchboard.runtime.http;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.runtime.error.TransportException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import dev.switchboard.runtime.testing.Loopback;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The byte-based JSON decoding over real HTTP: charsets, empty bodies, and what a bad body becomes. */
class ResponseDecoderTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();

  private TestApi api() {
    return new TestClientBuilder(server.baseUrl()).retryPolicy(RetryPolicy.none()).build();
  }

  @Test
  void decodesUtf8BytesIntoTheTypedModel() {
    server.stubFor(get("/things/t1").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"id\":\"t1\",\"name\":\"Zoë 日本 \uD83D\uDE00\",\"unknown\":{\"x\":[1,2]}}".getBytes(StandardCharsets.UTF_8))));

    assertThat(api().getThing("t1")).isEqualTo(new TestApi.Thing("t1", "Zoë 日本 \uD83D\uDE00"));
  }

  @Test
  void aDeclaredNonUtf8CharsetIsHonoured() {
    // "é" is one byte (0xE9) in ISO-8859-1 and not valid UTF-8 on its own: decoding as UTF-8 would fail or garble it.
    server.stubFor(get("/things/t2").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json; charset=ISO-8859-1")
        .withBody("{\"id\":\"t2\",\"name\":\"José\"}".getBytes(StandardCharsets.ISO_8859_1))));

    assertThat(api().getThing("t2").name()).isEqualTo("José");
  }

  @Test
  void anEmptyBodyIsNull() {
    server.stubFor(get("/things/empty").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")));

    assertThat(api().getThing("empty")).isNull();
    assertThat(api().getWithHttpInfo("empty").getData()).isNull();
  }

  @Test
  void withHttpInfoCarriesStatusHeadersAndTheDecodedBody() {
    server.stubFor(get("/things/t3").willReturn(okJson("{\"id\":\"t3\"}").withHeader("X-Request-Id", "r-3")));

    ApiResponse<Map<String, Object>> r = api().getWithHttpInfo("t3");

    assertThat(r.getStatusCode()).isEqualTo(200);
    assertThat(r.header("x-request-id")).isEqualTo("r-3");
    assertThat(r.getData()).containsEntry("id", "t3");
  }

  @Test
  void malformedJsonIsAnUnexpectedResponseThatQuotesNoBodyText() {
    server.stubFor(get("/things/bad").willReturn(okJson("{\"id\": tok_secretish_value}")));

    assertThatThrownBy(() -> api().getThing("bad")).isInstanceOfSatisfying(UnexpectedResponseException.class, e -> {
      assertThat(e.status()).isEqualTo(200);
      assertThat(e.provider()).isEqualTo("testprovider");
      assertThat(e.operation()).isEqualTo("getThing");
      assertThat(e.getCause()).hasMessageContaining("not a valid Thing (").hasMessageContaining("line 1, column");
      assertThat(e.getCause().getCause()).as("Jackson's exception, which quotes the body").isNull();
      assertThat(e.getMessage()).doesNotContain("tok_secretish_value");
      assertThat(e.getCause().getMessage()).doesNotContain("tok_secretish_value");
    });
  }

  @Test
  void aBodyOfTheWrongShapeIsAnUnexpectedResponse() {
    server.stubFor(get("/things/list").willReturn(okJson("[1,2,3]")));

    assertThatThrownBy(() -> api().getThing("list")).isInstanceOfSatisfying(UnexpectedResponseException.class,
        e -> assertThat(e.status()).isEqualTo(200));
    assertThatThrownBy(() -> api().get("list")).isInstanceOf(UnexpectedResponseException.class);
  }

  @Test
  void aBodyCutOffMidStreamIsATransportFailureNotABadBody() {
    server.stubFor(get("/things/cut").willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

    assertThatThrownBy(() -> api().getThing("cut")).isInstanceOf(TransportException.class);
  }
}
