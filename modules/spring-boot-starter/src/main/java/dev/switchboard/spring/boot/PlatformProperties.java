package dev.switchboard.spring.boot;

import dev.switchboard.facade.Platform;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.PlatformProvider.Setting;
import dev.switchboard.facade.spi.PlatformSettings;
import dev.switchboard.facade.spi.Settings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * One installed platform's {@code switchboard.<id>.*} properties, read from what its provider
 * declares ({@link PlatformProvider#settings()}, and the wire log and
 * {@link PlatformSettings#CLIENT_SETTINGS} every platform shares), so that a platform the starter
 * has never heard of is configured like the shipped ones. A setting's property is its name in
 * kebab case, with the retry settings grouped: {@code ACCESS_KEY} is
 * {@code switchboard.bird.access-key}, {@code RETRY_MAX_ATTEMPTS} is
 * {@code switchboard.bird.retry.max-attempts}. Spring's relaxed binding applies to each
 * ({@code accessKey}, {@code SWITCHBOARD_BIRD_ACCESS_KEY}), and a duration is written as Spring
 * writes one ({@code 20s}, {@code PT20S} or milliseconds). {@link #toString()} holds no value.
 */
public final class PlatformProperties {
  private static final String PREFIX = "switchboard.";
  /** The retry settings share a prefix; their properties keep the group {@code retry.*} they always had. */
  private static final String RETRY = "RETRY_";

  private final Platform platform;
  private final List<Setting> settings;
  private final Map<String, String> values;

  private PlatformProperties(Platform platform, List<Setting> settings, Map<String, String> values) {
    this.platform = platform;
    this.settings = List.copyOf(settings);
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * Reads one platform's properties.
   *
   * @param binder the application's properties
   * @param provider the platform, with the settings it reads
   * @return the values that are set
   * @throws org.springframework.boot.context.properties.bind.BindException when a number or a
   *     duration is not one, naming the property (Spring Boot's startup report shows it)
   */
  public static PlatformProperties bind(Binder binder, PlatformProvider provider) {
    Platform platform = provider.platform();
    List<Setting> settings = settings(provider);
    Map<String, String> values = new LinkedHashMap<>();
    for (Setting setting : settings) {
      String property = property(platform, setting.name());
      // Bound as its type so Spring's notation (20s) and its errors apply; handed on as the facade's
      // text (PT20S), which every platform parses alike.
      binder.bind(property, Bindable.of(javaType(setting.type())))
          .map(PlatformProperties::text)
          .ifBound(v -> values.put(setting.name(), v));
    }
    return new PlatformProperties(platform, settings, values);
  }

  /**
   * What a provider reads, its own settings first, then those every platform's client reads
   * ({@link PlatformSettings#configure}: the wire log, timeouts, retries) that it does not list itself.
   *
   * @param provider a platform's provider
   * @return the settings, each name once
   */
  public static List<Setting> settings(PlatformProvider provider) {
    Map<String, Setting> byName = new LinkedHashMap<>();
    provider.settings().forEach(s -> byName.putIfAbsent(s.name(), s));
    byName.putIfAbsent(PlatformSettings.WIRE_LOG, PlatformSettings.WIRE_LOG_SETTING);
    PlatformSettings.CLIENT_SETTINGS.forEach(s -> byName.putIfAbsent(s.name(), s));
    return new ArrayList<>(byName.values());
  }

  /**
   * The Java type a setting binds to, as Spring Boot's configuration metadata names it too.
   *
   * @param type the setting's type
   * @return {@code String}, {@code Long} or {@code Duration}
   */
  public static Class<?> javaType(Setting.Type type) {
    return switch (type) {
      case NUMBER -> Long.class;
      case DURATION -> Duration.class;
      case TEXT -> String.class;
    };
  }

  private static String text(Object value) {
    // Duration.toString() is ISO-8601 (PT20S), which PlatformSettings reads.
    return value.toString();
  }

  /**
   * @param platform a platform
   * @param name a setting's name below the platform's prefix, e.g. {@code RETRY_MAX_ATTEMPTS}
   * @return its property, e.g. {@code switchboard.bird.retry.max-attempts}
   */
  public static String property(Platform platform, String name) {
    return PREFIX + platform.id() + "." + propertyName(name);
  }

  /**
   * @param name a setting's name, e.g. {@code ACCESS_KEY} or {@code RETRY_BASE_DELAY}
   * @return its property below the platform, e.g. {@code access-key} or {@code retry.base-delay}
   */
  public static String propertyName(String name) {
    String kebab = name.toLowerCase(Locale.ROOT).replace('_', '-');
    return name.startsWith(RETRY) && name.length() > RETRY.length()
        ? "retry." + kebab.substring(RETRY.length()) : kebab;
  }

  /**
   * The property a facade key is set by, for messages.
   *
   * @param key a full key, e.g. {@code SWITCHBOARD_CHATWOOT_CALL_TIMEOUT}
   * @return e.g. {@code switchboard.chatwoot.call-timeout}; the key itself when it is not a platform's
   */
  public static String propertyOfKey(String key) {
    String prefix = "SWITCHBOARD_";
    int underscore = key.indexOf('_', prefix.length());
    if (!key.startsWith(prefix) || underscore < 0) {
      return key;
    }
    // Platform ids are lower-case letters and digits: the platform ends at the first underscore.
    String id = key.substring(prefix.length(), underscore).toLowerCase(Locale.ROOT);
    return PREFIX + id + "." + propertyName(key.substring(underscore + 1));
  }

  /**
   * @return the platform
   */
  public Platform platform() {
    return platform;
  }

  /**
   * @return the settings this platform reads, in the provider's order
   */
  public List<Setting> settings() {
    return settings;
  }

  /**
   * @return the values that are set, by setting name (e.g. {@code ACCESS_KEY}), in the provider's order
   */
  public Map<String, String> values() {
    return values;
  }

  /**
   * The values as the properties name them, for the actuator's {@code configprops} (which masks
   * the credentials, see {@link SwitchboardAutoConfiguration}).
   *
   * @return the values by property below the platform, e.g. {@code access-key}
   */
  public Map<String, String> byProperty() {
    Map<String, String> out = new LinkedHashMap<>();
    values.forEach((name, value) -> out.put(propertyName(name), value));
    return out;
  }

  /**
   * @param out takes the values by the facade's full key, e.g. {@code SWITCHBOARD_BIRD_ACCESS_KEY}
   */
  void settings(Map<String, String> out) {
    values.forEach((name, value) -> out.put(Settings.key(platform, name), value));
  }

  /** Never the values: some are secrets. */
  @Override
  public String toString() {
    return "PlatformProperties[" + platform.id() + ", " + values.keySet() + "]";
  }
}
