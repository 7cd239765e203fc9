package dev.switchboard.spring.boot;

import dev.switchboard.facade.spi.SettingsException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a platform setting that is missing or wrong into Spring Boot's startup report, naming the
 * property as a Spring application spells it ({@code switchboard.chatcaptain.chatbot}) and the
 * environment variable that sets it too, instead of a stack trace that names only the variable.
 */
final class SwitchboardSettingsFailureAnalyzer extends AbstractFailureAnalyzer<SettingsException> {
  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SettingsException cause) {
    String key = cause.key();
    String property = property(key);
    String message = String.valueOf(cause.getMessage());
    String problem = message.startsWith(key) ? property + message.substring(key.length()) : message;
    return new FailureAnalysis(
        "Switchboard could not configure a platform: " + problem + ".",
        "Set '" + property + "' (application properties or YAML), or the environment variable " + key
            + ". Each platform's properties are in docs/spring-boot.md and, for an IDE, in "
            + "its jar's configuration metadata; "
            + "'switchboard.enabled=false' turns Switchboard off.",
        cause);
  }

  /**
   * @param key e.g. {@code SWITCHBOARD_BIRD_RETRY_MAX_ATTEMPTS}
   * @return e.g. {@code switchboard.bird.retry.max-attempts}: the property that sets it, for any platform
   */
  static String property(String key) {
    return PlatformProperties.propertyOfKey(key);
  }
}
