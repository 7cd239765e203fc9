package dev.switchboard.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * A context started with a platform's required property missing fails; Boot's report for that
 * failure names the property as a Spring application spells it, and the variable that sets it too.
 */
class SwitchboardSettingsFailureAnalyzerTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(SwitchboardAutoConfiguration.class));

  @Test
  void aMissingRequiredPropertyIsReportedByItsPropertyName() {
    runner.withPropertyValues("switchboard.chatcaptain.key=k-1", "switchboard.chatcaptain.url=http://127.0.0.1:9/cc")
        .run(context -> {
          assertThat(context).hasFailed();
          FailureAnalysis analysis = new SwitchboardSettingsFailureAnalyzer().analyze(context.getStartupFailure());
          assertThat(analysis).isNotNull();
          assertThat(analysis.getDescription())
              .isEqualTo("Switchboard could not configure a platform: switchboard.chatcaptain.chatbot must be set too.");
          assertThat(analysis.getAction()).contains("Set 'switchboard.chatcaptain.chatbot'", "SWITCHBOARD_CHATCAPTAIN_CHATBOT");
        });
  }

  @Test
  void bootFindsTheAnalyzer() {
    assertThat(SpringFactoriesLoader.loadFactoryNames(FailureAnalyzer.class, getClass().getClassLoader()))
        .contains(SwitchboardSettingsFailureAnalyzer.class.getName());
  }

  @Test
  void keysBecomeSpringPropertyNames() {
    assertThat(SwitchboardSettingsFailureAnalyzer.property("SWITCHBOARD_BIRD_ACCESS_KEY"))
        .isEqualTo("switchboard.bird.access-key");
    assertThat(SwitchboardSettingsFailureAnalyzer.property("SWITCHBOARD_CHATWOOT_CALL_TIMEOUT"))
        .isEqualTo("switchboard.chatwoot.call-timeout");
    assertThat(SwitchboardSettingsFailureAnalyzer.property("OTHER")).isEqualTo("OTHER");
  }
}
