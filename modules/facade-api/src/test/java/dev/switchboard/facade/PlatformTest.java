package dev.switchboard.facade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.facade.spi.Platforms;
import dev.switchboard.facade.spi.Settings;
import dev.switchboard.facade.spi.SettingsException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformTest {
  @Test
  void isAValueByIdOpenToAnyPlatform() {
    assertThat(Platform.of("bird")).isEqualTo(Platform.BIRD).hasSameHashCodeAs(Platform.BIRD);
    assertThat(Platform.of("toy")).isNotEqualTo(Platform.BIRD).hasToString("toy");
    assertThat(Platform.of("toy").id()).isEqualTo("toy");
    assertThatThrownBy(() -> Platform.of("Bird")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'Bird'");
    assertThatThrownBy(() -> Platform.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Platform.of(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void settingsNameTheFullKeyAndNeverTheValue() {
    Settings s = Settings.of(Map.of("SWITCHBOARD_TOY_TOKEN", "s3cret", "SWITCHBOARD_TOY_N", "x", "SWITCHBOARD_TOY_BLANK", " "));
    var toy = s.forPlatform(Platform.of("toy"));
    assertThat(toy.required("TOKEN")).isEqualTo("s3cret");
    assertThat(toy.has("BLANK")).isFalse();
    assertThatThrownBy(() -> toy.required("ACCOUNT")).isInstanceOf(SettingsException.class)
        .hasMessage("SWITCHBOARD_TOY_ACCOUNT must be set too");
    assertThatThrownBy(() -> toy.number("N")).isInstanceOf(SettingsException.class)
        .hasMessage("SWITCHBOARD_TOY_N must be a number");
    assertThatThrownBy(() -> toy.apply("TOKEN", v -> {
      throw new IllegalArgumentException("not a URL");
    })).isInstanceOf(SettingsException.class).hasMessage("SWITCHBOARD_TOY_TOKEN: not a URL");
    assertThat(s.toString()).doesNotContain("s3cret");
  }

  @Test
  void noPlatformIsInstalledWithoutAPlatformModule() {
    // facade-api knows no platform: only a platform's module makes one installed.
    assertThat(Platforms.installed()).isEmpty();
    assertThat(Switchboard.builder().addInstalled(Settings.of(Map.of("SWITCHBOARD_BIRD_ACCESS_KEY", "k"))).build()
        .directories()).isEmpty();
  }
}
