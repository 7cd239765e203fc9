package dev.switchboard.facade.spi;

import dev.switchboard.facade.Platform;
import dev.switchboard.runtime.http.WireLog;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link Settings} seen from one platform: keys are named below its prefix, and every error names
 * the full key (never its value).
 */
public final class PlatformSettings {
  /**
   * The key every platform reads for its wire log level ({@code SWITCHBOARD_<ID>_WIRE_LOG}: none,
   * basic, headers or full), so a tool such as the CLI can turn the log on without code.
   */
  public static final String WIRE_LOG = "WIRE_LOG";

  /** {@link #WIRE_LOG} as a platform lists it in {@link PlatformProvider#settings()}. */
  public static final PlatformProvider.Setting WIRE_LOG_SETTING = PlatformProvider.Setting.optional(WIRE_LOG,
      "wire log: none (default), basic, headers or full; DEBUG on dev.switchboard.http.<platform>, credentials never written");
  private final Settings settings;
  private final Platform platform;

  PlatformSettings(Settings settings, Platform platform) {
    this.settings = settings;
    this.platform = platform;
  }

  /**
   * @return the platform
   */
  public Platform platform() {
    return platform;
  }

  /**
   * @param name a key below the platform's prefix
   * @return the full key
   */
  public String key(String name) {
    return Settings.key(platform, name);
  }

  /**
   * @param name a key below the platform's prefix
   * @return whether it is set
   */
  public boolean has(String name) {
    return optional(name).isPresent();
  }

  /**
   * @param name a key below the platform's prefix
   * @return its value, if set
   */
  public Optional<String> optional(String name) {
    return settings.get(key(name));
  }

  /**
   * @param name a key below the platform's prefix
   * @return its value
   * @throws SettingsException if it is not set
   */
  public String required(String name) {
    return optional(name).orElseThrow(() -> new SettingsException(key(name), key(name) + " must be set too"));
  }

  /**
   * @param name a key below the platform's prefix
   * @return its value as a number
   * @throws SettingsException if it is not set or not a number
   */
  public long number(String name) {
    String v = required(name).trim();
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new SettingsException(key(name), key(name) + " must be a number");
    }
  }

  /**
   * Hands an optional key's value to a builder, if set; the builder's {@link IllegalArgumentException}
   * becomes a {@link SettingsException} naming the key.
   *
   * @param name a key below the platform's prefix
   * @param setter what takes the value, e.g. a client builder's {@code baseUrl}
   */
  public void apply(String name, java.util.function.Consumer<String> setter) {
    Optional<String> v = optional(name);
    if (v.isPresent()) {
      try {
        setter.accept(v.get());
      } catch (IllegalArgumentException e) {
        throw invalid(name, e.getMessage());
      }
    }
  }

  /**
   * Hands the {@link #WIRE_LOG} level, if set, to a client builder's {@code wireLog}.
   *
   * @param setter what takes the level
   * @throws SettingsException naming the key if the value is not a level
   */
  public void wireLog(java.util.function.Consumer<WireLog> setter) {
    Optional<String> v = optional(WIRE_LOG);
    if (v.isPresent()) {
      WireLog level;
      try {
        level = WireLog.valueOf(v.get().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw invalid(WIRE_LOG, "must be none, basic, headers or full, was '" + v.get().strip() + "'");
      }
      setter.accept(level);
    }
  }

  /**
   * An error about one key, for what the provider found wrong with it.
   *
   * @param name a key below the platform's prefix
   * @param problem what is wrong, never quoting a secret
   * @return the exception to throw
   */
  public SettingsException invalid(String name, String problem) {
    return new SettingsException(key(name), key(name) + ": " + problem);
  }

  @Override
  public String toString() {
    return "PlatformSettings[" + platform.id() + "]";
  }
}
