package dev.switchboard.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.facade.spi.SettingsException;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configuration's choices, without a server: which beans, from which properties. */
class SwitchboardAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(SwitchboardAutoConfiguration.class));

  private static final String[] BIRD = {"switchboard.bird.access-key=k-123", "switchboard.bird.workspace=w1",
      "switchboard.bird.url=http://127.0.0.1:9/bird"};

  @Test
  void withoutPropertiesTheSwitchboardIsEmpty() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(Switchboard.class);
      assertThat(context.getBean(Switchboard.class).directories()).isEmpty();
      assertThat(context).doesNotHaveBean(AgentDirectory.class);
    });
  }

  @Test
  void aConfiguredPlatformIsInTheSwitchboardAndABean() {
    runner.withPropertyValues(BIRD).run(context -> {
      assertThat(context.getBean(Switchboard.class).directories()).extracting(AgentDirectory::platform)
          .containsExactly(Platform.BIRD);
      assertThat(context).hasSingleBean(AgentDirectory.class).hasBean("birdAgentDirectory");
      assertThat(context.getBean("birdAgentDirectory")).isSameAs(context.getBean(Switchboard.class).directory(Platform.BIRD));
      assertThat(context).hasBean("switchboardHealthContributor");
    });
  }

  @Test
  void switchedOff() {
    runner.withPropertyValues(BIRD).withPropertyValues("switchboard.enabled=false").run(context -> {
      assertThat(context).doesNotHaveBean(Switchboard.class).doesNotHaveBean(AgentDirectory.class);
    });
  }

  @Test
  void aWrongPropertyFailsTheStartNamingItsKey() {
    runner.withPropertyValues("switchboard.chatwoot.token=t", "switchboard.bird.workspace=w1",
        "switchboard.chatwoot.account=7", "switchboard.chatwoot.call-timeout=0s").run(context -> {
          assertThat(context).hasFailed();
          assertThat(context.getStartupFailure()).rootCause().isInstanceOf(SettingsException.class)
              .hasMessageStartingWith("SWITCHBOARD_CHATWOOT_CALL_TIMEOUT");
        });
  }

  @Test
  void clientCustomizerBeansReachEveryClient() {
    List<String> seen = new ArrayList<>();
    runner.withPropertyValues(BIRD).withPropertyValues("switchboard.chatcaptain.key=c", "switchboard.chatcaptain.chatbot=b")
        .withBean(SwitchboardClientCustomizer.class, () -> b -> seen.add(b.getClass().getName()))
        .run(context -> {
          context.getBean(Switchboard.class);
          // Once for the Switchboard and once for the health checks, per platform.
          assertThat(seen).hasSize(4).anyMatch(n -> n.contains("Bird")).anyMatch(n -> n.contains("ChatCaptain"));
        });
  }

  @Test
  void theObservationRegistryIsPickedUpAndNotNeeded() {
    runner.withPropertyValues(BIRD).withBean(ObservationRegistry.class, ObservationRegistry::create).run(context ->
        assertThat(context).hasBean("switchboardObservationCustomizer"));
    runner.withPropertyValues(BIRD).withClassLoader(new FilteredClassLoader(ObservationRegistry.class)).run(context -> {
      assertThat(context).hasNotFailed().hasBean("birdAgentDirectory").doesNotHaveBean("switchboardObservationCustomizer");
    });
  }

  @Test
  void credentialsAreKnownByTheirKeys() {
    for (String key : List.of("switchboard.bird.access-key", "switchboard.bird.accessKey", "SWITCHBOARD_BIRD_ACCESS_KEY",
        "switchboard.chatwoot.token", "switchboard.chatcaptain.key", "switchboard.livechat.token",
        "switchboard.bcrumbs.api-key", "switchboard.bcrumbs.apiKey")) {
      assertThat(SwitchboardAutoConfiguration.isCredential(new SanitizableData(null, key, "v"))).as(key).isTrue();
    }
    for (String key : List.of("switchboard.bird.workspace", "switchboard.chatwoot.account", "switchboard.bird.url",
        "switchboard.health.timeout", "other.token")) {
      assertThat(SwitchboardAutoConfiguration.isCredential(new SanitizableData(null, key, "v"))).as(key).isFalse();
    }
  }
}
