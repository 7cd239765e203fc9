package dev.switchboard.spring.boot;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.Platforms;
import dev.switchboard.facade.spi.Settings;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * The {@code switchboard.*} properties: {@code switchboard.<platform>.*} for every installed
 * platform, keyed by its id ({@link PlatformProperties}: its credential, ids, base URL, timeouts
 * and retries, as its provider lists them), and the health check's timeout. A platform is
 * configured when its credential is set. They become the facade's {@link Settings}
 * ({@link #settings()}), the same keys as the {@code SWITCHBOARD_*} environment variables, so both
 * configure a platform alike.
 *
 * <p>The platforms are not bean properties: which there are is known only from the classpath, so
 * {@link #bindPlatforms(Binder)} reads them through their providers, and Spring binds the rest.
 */
@ConfigurationProperties(prefix = "switchboard")
public class SwitchboardProperties {
  /** Whether to create the Switchboard bean at all. */
  private boolean enabled = true;

  private final Health health = new Health();
  private final Map<String, PlatformProperties> platforms = new LinkedHashMap<>();

  /** Properties with no platform's read yet; see {@link #bindPlatforms(Binder)}. */
  public SwitchboardProperties() {}

  /**
   * Reads {@code switchboard.<id>.*} of every installed platform, replacing what was read before.
   *
   * @param binder the application's properties
   * @return this
   */
  public SwitchboardProperties bindPlatforms(Binder binder) {
    return bindPlatforms(binder, Platforms.installed());
  }

  /**
   * Reads {@code switchboard.<id>.*} of the given platforms, replacing what was read before.
   *
   * @param binder the application's properties
   * @param providers the platforms
   * @return this
   */
  public SwitchboardProperties bindPlatforms(Binder binder, List<PlatformProvider> providers) {
    platforms.clear();
    for (PlatformProvider provider : providers) {
      platforms.put(provider.platform().id(), PlatformProperties.bind(binder, provider));
    }
    return this;
  }

  /**
   * @return whether to create the Switchboard bean
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * @param enabled whether to create the Switchboard bean
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * @return the health check's properties
   */
  public Health getHealth() {
    return health;
  }

  /**
   * @return every installed platform's properties, by platform id
   */
  public Map<String, PlatformProperties> platforms() {
    return Collections.unmodifiableMap(platforms);
  }

  /**
   * @param platform a platform
   * @return its properties, if it is installed
   */
  public Optional<PlatformProperties> platform(Platform platform) {
    return Optional.ofNullable(platforms.get(platform.id()));
  }

  /**
   * What the actuator's {@code configprops} shows beside {@code enabled} and {@code health}: each
   * platform's values under its id, as the properties name them ({@code bird.access-key}, masked).
   * Not a bean property, so Spring's own binding leaves it alone.
   *
   * @return the values that are set, by platform id, then property
   */
  @JsonAnyGetter
  public Map<String, Map<String, String>> platformValues() {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    platforms.forEach((id, p) -> {
      if (!p.values().isEmpty()) {
        out.put(id, p.byProperty());
      }
    });
    return out;
  }

  /**
   * Every property that is set, as the facade's settings by full key (e.g.
   * {@code SWITCHBOARD_BIRD_ACCESS_KEY}).
   *
   * @return the values by full key
   */
  public Map<String, String> settings() {
    Map<String, String> out = new LinkedHashMap<>();
    platforms.values().forEach(p -> p.settings(out));
    return out;
  }

  /** The health check of each configured platform ({@code /actuator/health/switchboard}). */
  public static class Health {
    /** The limit of one health check, its only attempt included. */
    private Duration timeout = Duration.ofSeconds(5);

    /** Five seconds, until set. */
    public Health() {}

    /**
     * @return the limit of one check
     */
    public Duration getTimeout() {
      return timeout;
    }

    /**
     * @param timeout the limit of one check
     */
    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }
  }
}
