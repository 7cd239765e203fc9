package dev.switchboard.facade.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.facade.Platform;
import dev.switchboard.runtime.auth.Credential;
import dev.switchboard.runtime.auth.Secret;
import dev.switchboard.runtime.http.ClientBuilder;
import dev.switchboard.runtime.http.ClientConfig;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The client keys every platform shares, and the customizers, reach a platform's client builder. */
class PlatformSettingsConfigureTest {

  /** A platform's builder as a provider has one. */
  static final class Builder extends ClientBuilder<Builder> {
    Builder() {
      super("bird", URI.create("https://example.invalid"));
    }

    @Override
    protected Credential credential() {
      return Credential.header("X-Key", Secret.of("k", "key"));
    }

    ClientConfig built() {
      return config();
    }
  }

  private static ClientConfig configured(Settings settings) {
    Builder b = new Builder();
    settings.forPlatform(Platform.BIRD).configure(b);
    return b.built();
  }

  @Test
  void timeoutsAndRetriesAreApplied() {
    ClientConfig c = configured(Settings.of(Map.of("SWITCHBOARD_BIRD_CONNECT_TIMEOUT", "PT2S",
        "SWITCHBOARD_BIRD_READ_TIMEOUT", "1500", "SWITCHBOARD_BIRD_ATTEMPT_TIMEOUT", "PT3S",
        "SWITCHBOARD_BIRD_CALL_TIMEOUT", "PT9S", "SWITCHBOARD_BIRD_RETRY_MAX_ATTEMPTS", "5",
        "SWITCHBOARD_BIRD_RETRY_BASE_DELAY", "PT0.05S", "SWITCHBOARD_BIRD_RETRY_MAX_DELAY", "PT1S",
        // Another platform's keys are not Bird's.
        "SWITCHBOARD_CHATWOOT_CALL_TIMEOUT", "PT1S")));

    assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(c.readTimeout()).isEqualTo(Duration.ofMillis(1500));
    assertThat(c.attemptTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(c.callTimeout()).isEqualTo(Duration.ofSeconds(9));
    assertThat(c.retryPolicy().maxAttempts()).isEqualTo(5);
    assertThat(c.retryPolicy().delayBefore(1, null)).isLessThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void unsetKeysLeaveTheDefaults() {
    ClientConfig c = configured(Settings.of(Map.of()));
    ClientConfig defaults = new Builder().built();

    assertThat(c.callTimeout()).isEqualTo(defaults.callTimeout());
    assertThat(c.retryPolicy().maxAttempts()).isEqualTo(defaults.retryPolicy().maxAttempts());
  }

  @Test
  void aWrongValueNamesItsKeyOnly() {
    assertThatThrownBy(() -> configured(Settings.of(Map.of("SWITCHBOARD_BIRD_CALL_TIMEOUT", "soon"))))
        .isInstanceOf(SettingsException.class).hasMessageStartingWith("SWITCHBOARD_BIRD_CALL_TIMEOUT");
    assertThatThrownBy(() -> configured(Settings.of(Map.of("SWITCHBOARD_BIRD_CONNECT_TIMEOUT", "0"))))
        .isInstanceOf(SettingsException.class).hasMessageStartingWith("SWITCHBOARD_BIRD_CONNECT_TIMEOUT");
    assertThatThrownBy(() -> configured(Settings.of(Map.of("SWITCHBOARD_BIRD_RETRY_MAX_ATTEMPTS", "0"))))
        .isInstanceOf(SettingsException.class).hasMessageStartingWith("SWITCHBOARD_BIRD_RETRY_MAX_ATTEMPTS");
  }

  @Test
  void customizersRunLastInOrder() {
    List<String> seen = new ArrayList<>();
    Settings settings = Settings.of(Map.of("SWITCHBOARD_BIRD_CALL_TIMEOUT", "PT9S"))
        .withClientCustomizer(b -> {
          seen.add("first");
          b.callTimeout(Duration.ofSeconds(4));
        })
        .withClientCustomizer(b -> seen.add("second"));

    ClientConfig c = configured(settings);

    assertThat(seen).containsExactly("first", "second");
    assertThat(c.callTimeout()).isEqualTo(Duration.ofSeconds(4));
  }
}
