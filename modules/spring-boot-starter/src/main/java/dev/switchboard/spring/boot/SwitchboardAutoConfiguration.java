package dev.switchboard.spring.boot;

import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.Platforms;
import dev.switchboard.facade.spi.Settings;
import dev.switchboard.runtime.http.RetryPolicy;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.health.CompositeHealthContributor;
import org.springframework.boot.actuate.health.HealthContributor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

/**
 * Switchboard in a Spring Boot application: a {@link Switchboard} bean with every installed
 * platform that the {@code switchboard.*} properties configure ({@link SwitchboardProperties}),
 * each of their {@code AgentDirectory}s as a bean ({@code birdAgentDirectory}, ...), the
 * application's {@code ObservationRegistry} on every client, a health contributor
 * {@code switchboard} with one indicator per platform, and the credentials masked wherever the
 * actuator shows properties. Off with {@code switchboard.enabled=false}.
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration"})
@ConditionalOnProperty(prefix = "switchboard", name = "enabled", matchIfMissing = true)
// No class named here: the properties bean is made below, so that its platforms are read first.
@EnableConfigurationProperties
@Import(SwitchboardDirectoriesRegistrar.class)
public class SwitchboardAutoConfiguration {

  /** For Spring. */
  public SwitchboardAutoConfiguration() {}

  /**
   * The {@code switchboard.*} properties: each installed platform's read through its provider here,
   * {@code enabled} and {@code health} bound by Spring afterwards, as for any
   * {@code @ConfigurationProperties} bean (which also puts them in the actuator's {@code configprops}).
   *
   * @param environment the application's properties
   * @return the properties
   */
  @Bean
  public SwitchboardProperties switchboardProperties(Environment environment) {
    return new SwitchboardProperties().bindPlatforms(Binder.get(environment));
  }

  /**
   * @param properties the {@code switchboard.*} properties
   * @param customizers every {@link SwitchboardClientCustomizer} bean, in order
   * @return the switchboard
   */
  @Bean
  @ConditionalOnMissingBean
  public Switchboard switchboard(SwitchboardProperties properties, ObjectProvider<SwitchboardClientCustomizer> customizers) {
    Settings settings = Settings.of(properties.settings());
    for (SwitchboardClientCustomizer c : customizers.orderedStream().toList()) {
      settings = settings.withClientCustomizer(c::customize);
    }
    return Switchboard.builder().addInstalled(settings).build();
  }

  /** The application's ObservationRegistry, when Micrometer is there. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(ObservationRegistry.class)
  static class ObservationConfiguration {
    @Bean
    SwitchboardClientCustomizer switchboardObservationCustomizer(ObjectProvider<ObservationRegistry> registry) {
      return new ObservationClientCustomizer(registry);
    }
  }

  /** Health and masking, when the application has the actuator. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.health.HealthIndicator")
  static class ActuatorConfiguration {

    /**
     * Masks every {@code switchboard.*} credential (and {@code SWITCHBOARD_*} variable) in
     * {@code /actuator/configprops} and {@code /actuator/env}, even where the application shows
     * other values.
     */
    @Bean
    SanitizingFunction switchboardSanitizingFunction() {
      return data -> isCredential(data) ? data.withSanitizedValue() : data;
    }

    /** Each configured platform's indicator, under {@code /actuator/health/switchboard/<platform>}. */
    @Bean
    @ConditionalOnProperty(prefix = "management.health.switchboard", name = "enabled", matchIfMissing = true)
    HealthContributor switchboardHealthContributor(SwitchboardProperties properties,
        ObjectProvider<SwitchboardClientCustomizer> customizers) {
      Duration timeout = properties.getHealth().getTimeout();
      Settings settings = Settings.of(properties.settings());
      for (SwitchboardClientCustomizer c : customizers.orderedStream().toList()) {
        if (!(c instanceof ObservationClientCustomizer)) {
          settings = settings.withClientCustomizer(c::customize);
        }
      }
      // Last, so nothing overrides it: one attempt within the health timeout.
      settings = settings.withClientCustomizer(b -> b.callTimeout(timeout).attemptTimeout(timeout)
          .retryPolicy(RetryPolicy.none()));
      Map<String, SwitchboardHealthIndicator> indicators = new LinkedHashMap<>();
      for (PlatformProvider provider : Platforms.installed()) {
        Platform platform = provider.platform();
        if (provider.configured(settings.forPlatform(platform))) {
          indicators.put(platform.id(), new SwitchboardHealthIndicator(provider.directory(settings.forPlatform(platform))));
        }
      }
      return CompositeHealthContributor.fromMap(indicators);
    }
  }

  /**
   * A credential's key: {@code switchboard.bird.access-key}, {@code switchboard.bird.accessKey},
   * {@code SWITCHBOARD_BIRD_ACCESS_KEY}, and the tokens and keys of the other platforms.
   */
  static boolean isCredential(SanitizableData data) {
    String key = data.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return key.startsWith("switchboard") && (key.endsWith("key") || key.endsWith("token")
        || key.contains("secret") || key.contains("password"));
  }
}
