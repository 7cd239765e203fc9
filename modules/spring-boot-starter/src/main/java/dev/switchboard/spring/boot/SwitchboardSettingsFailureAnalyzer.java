package dev.switchboard.spring.boot;

import dev.switchboard.facade.spi.SettingsException;
import java.util.Locale;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a platform setting that is missing or wrong into Spring Boot's startup report, naming the
 * property as a Spring application spells it ({@code switchboard.chatcaptain.chatbot}) and the
 * environment variable that sets it too, instead of a stack trace that names only the variable.
 */
final class SwitchboardSettingsFailureAnalyzer extends AbstractFailureAnalyzer<SettingsException> {
  private static final String PREFIX = "SWITCHBOARD_";

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SettingsException cause) {
    String key = cause.key();
    String property = property(key);
    String message = String.valueOf(cause.getMessage());
    String problem = message.startsWith(key) ? property + message.substring(key.length()) : message;
    return new FailureAnalysis(
        "Switchboard could not configure a platform: " + problem + ".",
        "Set '" + property + "' (application properties or YAML), or the environment variable " + key
            + ". Every platform's settings are listed in the README's Spring Boot section; "
            + "'switchboard.enabled=false' turns Switchboard off.",
        cause);
  }

  /**
   * @param key e.g. {@code SWITCHBOARD_BIRD_ACCESS_KEY}
   * @return e.g. {@code switchboard.bird.access-key}: the platform, then the setting in kebab case
   */
  static String property(String key) {
    if (!key.startsWith(PREFIX)) {
      return key;
    }
    String rest = key.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
    int underscore = rest.indexOf('_');
    if (underscore < 0) {
      return "switchboard." + rest;
    }
    return "switchboard." + rest.substring(0, underscore) + "." + rest.substring(underscore + 1).replace('_', '-');
  }
}
