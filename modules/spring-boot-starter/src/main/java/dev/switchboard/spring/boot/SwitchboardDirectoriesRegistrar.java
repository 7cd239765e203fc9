package dev.switchboard.spring.boot;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.Platforms;
import dev.switchboard.facade.spi.Settings;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Registers each configured platform's {@link AgentDirectory} as a bean named
 * {@code <platform>AgentDirectory} (e.g. {@code birdAgentDirectory}), taken from the
 * {@link Switchboard} bean. Which platforms are configured is known only from the properties, so the
 * beans are registered from them, before any bean is made.
 */
final class SwitchboardDirectoriesRegistrar implements ImportBeanDefinitionRegistrar, EnvironmentAware {
  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
    SwitchboardProperties properties = new SwitchboardProperties().bindPlatforms(Binder.get(environment));
    Settings settings = Settings.of(properties.settings());
    BeanFactory beans = (BeanFactory) registry;
    for (PlatformProvider provider : Platforms.installed()) {
      Platform platform = provider.platform();
      String name = platform.id() + "AgentDirectory";
      if (!provider.configured(settings.forPlatform(platform)) || registry.containsBeanDefinition(name)) {
        continue;
      }
      RootBeanDefinition directory = new RootBeanDefinition(AgentDirectory.class,
          () -> beans.getBean(Switchboard.class).directory(platform));
      registry.registerBeanDefinition(name, directory);
    }
  }
}
