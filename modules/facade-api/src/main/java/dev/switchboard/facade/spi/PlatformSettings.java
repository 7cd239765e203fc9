package dev.switchboard.facade.spi;

import dev.switchboard.facade.Platform;
import dev.switchboard.runtime.http.ClientBuilder;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.WireLog;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

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

  /** Hands the {@link #WIRE_LOG} level, if set, to a client builder; a value that is no level is an error naming the key. */
  private void wireLog(Consumer<WireLog> setter) {
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

  /**
   * The client keys every platform reads besides its own: timeouts ({@code DURATION}) and retries.
   */
  public static final List<PlatformProvider.Setting> CLIENT_SETTINGS = List.of(
      durationSetting("CONNECT_TIMEOUT", "how long to wait for a TCP connection (default 10 seconds)"),
      durationSetting("READ_TIMEOUT", "how long to wait between bytes of a response (default 30 seconds)"),
      durationSetting("ATTEMPT_TIMEOUT", "the limit of one attempt, connect to last byte (default 60 seconds)"),
      durationSetting("CALL_TIMEOUT", "the limit of a whole call, retries and their waits included (default 2 minutes)"),
      PlatformProvider.Setting.optional("RETRY_MAX_ATTEMPTS", "attempts per call, the first included; 1 turns retries off"
          + " (default 3)").ofType(PlatformProvider.Setting.Type.NUMBER),
      durationSetting("RETRY_BASE_DELAY", "the first backoff delay (default 200 milliseconds)"),
      durationSetting("RETRY_MAX_DELAY", "the longest backoff delay (default 10 seconds)"));

  private static PlatformProvider.Setting durationSetting(String name, String description) {
    return PlatformProvider.Setting.optional(name, description).ofType(PlatformProvider.Setting.Type.DURATION);
  }

  /**
   * Applies what every platform's client shares: the {@link #WIRE_LOG} level and the
   * {@link #CLIENT_SETTINGS} that are set, then the settings' client customizers ({@link Settings#withClientCustomizer}). A platform's provider
   * calls it on its client builder before building.
   *
   * @param builder the platform's client builder
   * @throws SettingsException naming the key whose value is wrong
   */
  public void configure(ClientBuilder<?> builder) {
    wireLog(builder::wireLog);
    setDuration("CONNECT_TIMEOUT", builder::connectTimeout);
    setDuration("READ_TIMEOUT", builder::readTimeout);
    setDuration("ATTEMPT_TIMEOUT", builder::attemptTimeout);
    setDuration("CALL_TIMEOUT", builder::callTimeout);
    if (has("RETRY_MAX_ATTEMPTS") || has("RETRY_BASE_DELAY") || has("RETRY_MAX_DELAY")) {
      RetryPolicy.Builder retry = RetryPolicy.builder();
      if (has("RETRY_MAX_ATTEMPTS")) {
        long attempts = number("RETRY_MAX_ATTEMPTS");
        try {
          retry.maxAttempts((int) Math.max(Integer.MIN_VALUE, Math.min(attempts, Integer.MAX_VALUE)));
        } catch (IllegalArgumentException e) {
          throw invalid("RETRY_MAX_ATTEMPTS", e.getMessage());
        }
      }
      setDuration("RETRY_BASE_DELAY", retry::baseDelay);
      setDuration("RETRY_MAX_DELAY", retry::maxDelay);
      try {
        builder.retryPolicy(retry.build());
      } catch (IllegalArgumentException e) {
        throw invalid("RETRY_MAX_DELAY", e.getMessage());
      }
    }
    for (Consumer<ClientBuilder<?>> customizer : settings.customizers()) {
      customizer.accept(builder);
    }
  }

  /** The builder's own check (e.g. a zero timeout) becomes an error naming the key. */
  private void setDuration(String name, Consumer<Duration> setter) {
    Optional<Duration> d = duration(name);
    if (d.isPresent()) {
      try {
        setter.accept(d.get());
      } catch (IllegalArgumentException e) {
        throw invalid(name, e.getMessage());
      }
    }
  }

  /**
   * @param name a key below the platform's prefix
   * @return its value as a duration (ISO-8601 such as {@code PT5S}, or whole milliseconds), if set
   * @throws SettingsException if it is set but neither
   */
  public Optional<Duration> duration(String name) {
    Optional<String> v = optional(name).map(String::trim);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(v.get().chars().allMatch(Character::isDigit)
          ? Duration.ofMillis(Long.parseLong(v.get())) : Duration.parse(v.get()));
    } catch (NumberFormatException | DateTimeParseException e) {
      throw invalid(name, "must be an ISO-8601 duration such as PT5S, or milliseconds");
    }
  }

  @Override
  public String toString() {
    return "PlatformSettings[" + platform.id() + "]";
  }
}
