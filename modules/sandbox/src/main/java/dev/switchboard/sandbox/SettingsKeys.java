package dev.switchboard.sandbox;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The names clients read their settings by: {@code SWITCHBOARD_<PLATFORM>_<NAME>} (the
 * environment variables' convention; the sandbox knows no client, so it spells it here once).
 */
final class SettingsKeys {
  private SettingsKeys() {}

  /**
   * @param platform a platform id
   * @param settings settings by name below its prefix
   * @return the same settings by full key, sorted
   */
  static Map<String, String> of(String platform, Map<String, String> settings) {
    Map<String, String> keyed = new TreeMap<>();
    settings.forEach((name, value) -> keyed.put("SWITCHBOARD_" + platform.toUpperCase(Locale.ROOT) + "_" + name, value));
    return keyed;
  }
}
