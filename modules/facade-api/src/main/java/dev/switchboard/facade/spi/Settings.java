package dev.switchboard.facade.spi;

import dev.switchboard.facade.Platform;
import dev.switchboard.runtime.http.ClientBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Configuration by full key ({@code SWITCHBOARD_BIRD_ACCESS_KEY}): environment variables, a
 * properties file, or a map. A blank value counts as unset. Never prints its values.
 *
 * <p>Besides each platform's own keys, every platform reads the same client keys below its prefix
 * ({@link PlatformSettings#configure}): {@code CONNECT_TIMEOUT}, {@code READ_TIMEOUT},
 * {@code ATTEMPT_TIMEOUT}, {@code CALL_TIMEOUT} (ISO-8601 such as {@code PT5S}, or milliseconds),
 * {@code RETRY_MAX_ATTEMPTS} ({@code 1} turns retries off), {@code RETRY_BASE_DELAY} and
 * {@code RETRY_MAX_DELAY}. What no string can say, such as a Micrometer {@code ObservationRegistry},
 * a client customizer hands to every platform's client builder ({@link #withClientCustomizer}).
 */
public final class Settings {
  private final Map<String, String> values;
  private final List<Consumer<ClientBuilder<?>>> customizers;

  private Settings(Map<String, String> values, List<Consumer<ClientBuilder<?>>> customizers) {
    this.values = Map.copyOf(values);
    this.customizers = List.copyOf(customizers);
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
    return new Settings(copy, List.of());
  }

  /**
   * The same settings, plus a step every platform's client builder goes through last, after the
   * settings were applied: e.g. {@code b -> b.observationRegistry(registry)} or
   * {@code b -> b.addPolicy(step)}.
   *
   * @param customizer what to do to each platform's client builder
   * @return new settings; this one is unchanged
   */
  public Settings withClientCustomizer(Consumer<ClientBuilder<?>> customizer) {
    List<Consumer<ClientBuilder<?>>> all = new ArrayList<>(customizers);
    all.add(Objects.requireNonNull(customizer, "customizer"));
    return new Settings(values, all);
  }

  /** The customizers, in the order added, for {@link PlatformSettings#configure}. */
  List<Consumer<ClientBuilder<?>>> customizers() {
    return customizers;
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
