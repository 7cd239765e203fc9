package dev.switchboard.facade;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.chatwoot.ChatwootClient;
import dev.switchboard.chatwoot.ChatwootDirectory;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.testing.Loopback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An email that is not an address never reaches the platform: nothing is sent, sync or async. */
class EmailBeforeAnyRequestTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();

  private static final String ANN = "{\"id\":7,\"name\":\"Ann\",\"email\":\"ann@example.com\",\"role\":\"agent\",\"availability_status\":\"online\"}";

  private Mode.Ops chatwoot(Mode mode) {
    ChatwootClient client = ChatwootClient.builder().baseUrl(server.baseUrl()).apiAccessToken("cw-facade-token")
        .retryPolicy(RetryPolicy.none()).build();
    return mode.on(ChatwootDirectory.of(client, 42));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aCreateOrUpdateWithAnEmailThatIsNotAnAddressSendsNothing(Mode mode) {
    // Chatwoot would answer: only the refusal before sending keeps the request from going out.
    server.stubFor(any(anyUrl()).willReturn(okJson(ANN)));

    assertThatThrownBy(() -> chatwoot(mode).create(NewAgent.named("Ann").email("not-an-email").role("agent").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email").hasMessageContaining("'not-an-email'");
    assertThatThrownBy(() -> chatwoot(mode).update("7", AgentUpdate.builder().name("Ann").email("ann.example.com").build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("email").hasMessageContaining("it has no @");
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
