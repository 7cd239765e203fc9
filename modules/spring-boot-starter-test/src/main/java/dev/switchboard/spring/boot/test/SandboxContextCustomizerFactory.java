package dev.switchboard.spring.boot.test;

import dev.switchboard.facade.Platform;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.spring.boot.PlatformProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Spring's hook for {@link SwitchboardSandboxTest} ({@code META-INF/spring.factories}): a test
 * class with the annotation gets a context customizer that starts the sandbox.
 */
public final class SandboxContextCustomizerFactory implements ContextCustomizerFactory {
  /** For Spring. */
  public SandboxContextCustomizerFactory() {}

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    return TestContextAnnotationUtils.hasAnnotation(testClass, SwitchboardSandboxTest.class) ? new Customizer() : null;
  }

  /**
   * The property names the sandbox's settings become: {@code ACCESS_KEY} of {@code bird} is
   * {@code switchboard.bird.access-key}, as the starter reads them ({@link PlatformProperties#property}).
   *
   * @param sandbox a running sandbox
   * @return the properties pointing every platform it fakes at it
   */
  public static Map<String, Object> properties(Sandbox sandbox) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (String platform : sandbox.platforms()) {
      sandbox.clientSettings(platform).forEach((name, value) -> properties.put(
          PlatformProperties.property(Platform.of(platform), name), value));
    }
    return properties;
  }

  /** One sandbox per application context; equal to every other, so contexts stay cached alike. */
  private static final class Customizer implements ContextCustomizer {
    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
      Sandbox sandbox = Sandbox.start(0);
      context.getBeanFactory().registerSingleton("switchboardSandbox", sandbox);
      if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
        // Destroyed with the context's singletons: also when the context fails to start, which
        // publishes no ContextClosedEvent, so the sandbox's port and threads are not left behind.
        registry.registerDisposableBean("switchboardSandbox", sandbox::close);
      } else {
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> {
          if (event.getApplicationContext() == context) {
            sandbox.close();
          }
        });
      }
      // Last: the test's and the application's own properties win over the sandbox's.
      context.getEnvironment().getPropertySources().addLast(new MapPropertySource("switchboardSandbox", properties(sandbox)));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Customizer;
    }

    @Override
    public int hashCode() {
      return Customizer.class.hashCode();
    }
  }
}
