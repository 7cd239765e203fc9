package dev.switchboard.facade.spi;

import dev.switchboard.facade.Platform;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Configuration by full key ({@code SWITCHBOARD_BIRD_ACCESS_KEY}): environment variables, a
 * properties file, or a map. A blank value counts as unset. Never prints its values.
 */
public final class Settings {
  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /**
   * @param values values by full key
   * @return the settings
   */
  public static Settings of(Map<String, String> values) {
    Map<String, String> copy = new java.util.HashMap<>();
    Objects.requireNonNull(values, "values").forEach((k, v) -> {
      if (k != null && v != null) {
        copy.put(k, v);
      }
    });
    return new Settings(copy);
  }

  /**
   * @return the process environment's {@code SWITCHBOARD_*} variables
   */
  public static Settings environment() {
    return of(System.getenv());
  }

  /**
   * @param platform a platform
   * @param name a key below its prefix, e.g. {@code ACCESS_KEY}
   * @return the full key, e.g. {@code SWITCHBOARD_BIRD_ACCESS_KEY}
   */
  public static String key(Platform platform, String name) {
    return "SWITCHBOARD_" + platform.id().toUpperCase(Locale.ROOT) + "_" + name;
  }

  /**
   * @param key a full key
   * @return its value, if set and not blank
   */
  public Optional<String> get(String key) {
    String v = values.get(key);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v);
  }

  /**
   * @param platform a platform
   * @return these settings, seen from that platform
   */
  public PlatformSettings forPlatform(Platform platform) {
    return new PlatformSettings(this, platform);
  }

  /** Never the values: some are secrets. */
  @Override
  public String toString() {
    return "Settings[" + values.size() + " keys]";
  }
}
