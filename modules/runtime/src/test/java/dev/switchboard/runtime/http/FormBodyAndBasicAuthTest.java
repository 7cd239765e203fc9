package dev.switchboard.runtime.http;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.runtime.auth.Credential;
import dev.switchboard.runtime.auth.Secret;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.internal.Redactor;
import dev.switchboard.runtime.testing.LogCapture;
import dev.switchboard.runtime.testing.Loopback;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Form bodies ({@code application/x-www-form-urlencoded}, as the generated clients send a form
 * operation) and HTTP Basic auth whose two halves are both secret: what reaches the wire, and
 * what never reaches a log line, a message or a {@code toString()}.
 */
class FormBodyAndBasicAuthTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();
  @RegisterExtension LogCapture logs = new LogCapture();

  private static final String USER = "ACcanary0000000000000000000000user";
  private static final String PASSWORD = "canary-basic-password-91c2";
  private static final String BASE64 = Base64.getEncoder()
      .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

  private static Credential basic() {
    return Credential.basic(Secret.of(USER, "user"), Secret.of(PASSWORD, "password"));
  }

  private TestApi api() {
    return new TestClientBuilder(server.baseUrl()).credential(basic()).retryPolicy(RetryPolicy.none())
        .wireLog(WireLog.FULL).build();
  }

  @Test
  void formFieldsAreSentEncodedUnderTheirOwnNamesAndNullsAreLeftOut() {
    server.stubFor(post("/things/t1").willReturn(okJson("{\"id\":\"t1\"}")));

    api().updateForm("t1", "Zoë & Ann B", true, List.of("a", "b c"));
    api().updateForm("t1", null, null, null);

    List<com.github.tomakehurst.wiremock.verification.LoggedRequest> sent = server.findAll(postRequestedFor(urlEqualTo("/things/t1")));
    assertThat(sent).hasSize(2);
    assertThat(sent.get(0).getHeader("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
    assertThat(sent.get(0).getBodyAsString())
        .isEqualTo("FriendlyName=Zo%C3%AB+%26+Ann+B&Available=true&Tags=a&Tags=b+c");
    assertThat(sent.get(1).getBodyAsString()).isEmpty();
  }

  @Test
  void jsonBodiesStayJson() {
    server.stubFor(post("/things").willReturn(okJson("{\"id\":\"t1\"}")));

    api().create(Map.of("name", "Ann"));

    server.verify(postRequestedFor(urlEqualTo("/things")).withRequestBody(equalToJson("{\"name\":\"Ann\"}")));
  }

  @Test
  void basicAuthSendsBothHalvesAndNoLogLineMessageOrToStringShowsEither() {
    server.stubFor(post("/things/t1").willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
        .withBody("{\"message\":\"bad credentials " + USER + ":" + PASSWORD + " (" + BASE64 + ")\"}")));

    assertThatThrownBy(() -> api().updateForm("t1", "Ann", null, null))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.getMessage()).doesNotContain(USER, PASSWORD, BASE64).contains(Redactor.MASK);
          assertThat(e.body()).doesNotContain(USER, PASSWORD, BASE64);
          assertThat(e.toString()).doesNotContain(USER, PASSWORD, BASE64);
        });

    server.verify(postRequestedFor(urlEqualTo("/things/t1")).withBasicAuth(
        new com.github.tomakehurst.wiremock.client.BasicCredentials(USER, PASSWORD)));
    assertThat(logs.text()).contains("FriendlyName=Ann").doesNotContain(USER, PASSWORD, BASE64);
    assertThat(basic().toString()).doesNotContain(USER, PASSWORD, BASE64);
  }

  @Test
  void aSecretNamedFormFieldAndAKnownSecretAreMaskedInTheWireLog() {
    Redactor redactor = new Redactor(basic().secrets());

    assertThat(redactor.redactForm("FriendlyName=Ann&AuthToken=t0k&api_key=k1&Note=" + PASSWORD.replace("-", "%2D")))
        .isEqualTo("FriendlyName=Ann&AuthToken=" + Redactor.MASK + "&api_key=" + Redactor.MASK + "&Note=" + Redactor.MASK);
    assertThat(redactor.redact("Basic " + BASE64 + " for " + USER)).isEqualTo("Basic " + Redactor.MASK + " for " + Redactor.MASK);
  }

  @Test
  void aUserWithAColonIsRefusedWithoutQuotingIt() {
    assertThatThrownBy(() -> Credential.basic(Secret.of("AC1:x", "user"), Secret.of(PASSWORD, "password")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("AC1");
  }
}
