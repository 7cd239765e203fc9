package dev.switchboard.facade.spi;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import java.util.List;
import java.util.Optional;

/**
 * How a platform plugs itself into Switchboard: each platform's module registers one in
 * {@code META-INF/services/dev.switchboard.facade.spi.PlatformProvider}, and {@link Platforms}
 * finds it with {@link java.util.ServiceLoader}, as the AWS SDK finds its classpath interceptors.
 * Nothing else needs to name the platform: applications read its {@link #description()}, bind its
 * configuration through {@link #settings()} and build its directory with
 * {@link #directory(PlatformSettings)}.
 *
 * <p>An implementation has a public no-argument constructor and is thread-safe.
 */
public interface PlatformProvider {
  /**
   * @return the platform this provider contributes
   */
  Platform platform();

  /**
   * The platform's rules, known before any credential: the same value its directories publish.
   *
   * @return the description
   */
  PlatformDescription description();

  /**
   * The configuration keys this platform reads, below its prefix ({@code SWITCHBOARD_<ID>_}), in
   * the order a user should read them.
   *
   * @return the settings
   */
  List<Setting> settings();

  /**
   * Whether the settings configure this platform at all: one of its credential settings is set.
   *
   * @param settings the settings, seen from this platform
   * @return whether {@link #directory(PlatformSettings)} should be called
   */
  default boolean configured(PlatformSettings settings) {
    return settings().stream().anyMatch(s -> s.credential() && settings.has(s.name()));
  }

  /**
   * Builds the platform's directory from configuration.
   *
   * @param settings the settings, seen from this platform
   * @return the directory
   * @throws SettingsException naming the full key that is missing or wrong (never its value)
   */
  AgentDirectory directory(PlatformSettings settings);

  /**
   * The response header the platform puts its request id in, when it has its own (the runtime reads
   * a few generic ones, such as {@code x-request-id}, for every platform). The platform's client
   * builder hands the same name to the runtime ({@code ClientBuilder.requestIdHeader}), so a
   * typed exception carries it; here it is published for tools that read responses themselves.
   *
   * @return the header name, if the platform has its own
   */
  default Optional<String> requestIdHeader() {
    return Optional.empty();
  }

  /**
   * One configuration key of a platform.
   *
   * @param name the key below the platform's prefix, e.g. {@code ACCESS_KEY}
   * @param required whether a configured platform needs it
   * @param credential whether it is a secret that, when set, means the platform is configured
   * @param description what it holds, for help texts
   * @param type what its value is, so a tool can read it in its own notation (Spring's {@code 5s})
   *     and describe it (an IDE's completion); {@link Type#TEXT} when a provider does not say
   */
  record Setting(String name, boolean required, boolean credential, String description, Type type) {
    /** What a setting's value is. Every value still reaches the provider as text. */
    public enum Type {
      /** Any text: an id, a URL, a level. */
      TEXT,
      /** A whole number, written in decimal. */
      NUMBER,
      /** A duration: ISO-8601 such as {@code PT5S}, or whole milliseconds. */
      DURATION
    }

    /**
     * @param name the key below the platform's prefix
     * @param required whether a configured platform needs it
     * @param credential whether it is a secret whose presence configures the platform
     * @param description what it holds
     * @param type what its value is
     */
    public Setting {
      java.util.Objects.requireNonNull(name, "name");
      java.util.Objects.requireNonNull(type, "type");
    }

    /**
     * A text setting: what every setting was before settings had types, so existing providers
     * keep compiling.
     *
     * @param name the key below the platform's prefix
     * @param required whether a configured platform needs it
     * @param credential whether it is a secret whose presence configures the platform
     * @param description what it holds
     */
    public Setting(String name, boolean required, boolean credential, String description) {
      this(name, required, credential, description, Type.TEXT);
    }

    /**
     * @param name the key below the platform's prefix
     * @param description what it holds
     * @return a required secret whose presence configures the platform
     */
    public static Setting credential(String name, String description) {
      return new Setting(name, true, true, description);
    }

    /**
     * @param name the key below the platform's prefix
     * @param description what it holds
     * @return a required, non-secret key
     */
    public static Setting required(String name, String description) {
      return new Setting(name, true, false, description);
    }

    /**
     * @param name the key below the platform's prefix
     * @param description what it holds
     * @return an optional key
     */
    public static Setting optional(String name, String description) {
      return new Setting(name, false, false, description);
    }

    /**
     * @param type what the value is
     * @return this setting with that type, e.g. {@code Setting.required("ACCOUNT", "..").ofType(Type.NUMBER)}
     */
    public Setting ofType(Type type) {
      return new Setting(name, required, credential, description, type);
    }
  }
}
