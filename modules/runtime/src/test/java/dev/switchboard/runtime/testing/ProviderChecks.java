package dev.switchboard.runtime.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.runtime.error.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Checks every provider module runs the same way against its own generated client. */
public final class ProviderChecks {
  private ProviderChecks() {}

  /**
   * Calls {@code call} with each hostile value and asserts the server saw it as one encoded
   * segment after {@code pathPrefix}, and that dot segments and blanks never left the client.
   *
   * @param field the path parameter's name, expected in the rejection
   */
  public static void assertPathParameterIsOneSegment(
      WireMockExtension server, String pathPrefix, String pathSuffix, String field, Consumer<String> call) {
    server.stubFor(any(anyUrl()).willReturn(okJson("{}")));
    for (String[] c : Loopback.HOSTILE_PATH_VALUES) {
      call.accept(c[0]);
      server.verify(anyRequestedFor(urlEqualTo(pathPrefix + c[1] + pathSuffix)));
    }
    server.resetRequests();
    for (String rejected : Loopback.REJECTED_PATH_VALUES) {
      assertThatThrownBy(() -> call.accept(rejected))
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
    assertThat(server.getAllServeEvents()).as("requests sent for rejected values").isEmpty();
  }

  /** Asserts that no captured log line, exception message or object's toString holds the secret. */
  public static void assertSecretNowhere(String secret, LogCapture logs, Throwable thrown, Object... objects) {
    assertThat(logs.lines()).as("log lines").isNotEmpty();
    assertThat(logs.text()).doesNotContain(secret);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(secret);
      assertThat(t.toString()).doesNotContain(secret);
    }
    for (Object o : objects) {
      assertThat(String.valueOf(o)).doesNotContain(secret);
    }
  }

  /** @return a classpath resource as text */
  public static String resource(String name) {
    try (var in = ProviderChecks.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
