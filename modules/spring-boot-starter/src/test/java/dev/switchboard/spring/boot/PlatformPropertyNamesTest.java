package dev.switchboard.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Every property the per-platform classes of {@code SwitchboardProperties} bound before the
 * platforms became pluggable still sets the same facade key, with the same meaning (a Spring
 * duration, a number), in Spring's relaxed forms too.
 */
class PlatformPropertyNamesTest {
  /** The properties of the five shipped platforms as the README lists them, and the key each set. */
  private static final Map<String, String> BEFORE = Map.ofEntries(
      entry("switchboard.bird.access-key=k-b", "SWITCHBOARD_BIRD_ACCESS_KEY=k-b"),
      entry("switchboard.bird.workspace=w1", "SWITCHBOARD_BIRD_WORKSPACE=w1"),
      entry("switchboard.bird.url=http://127.0.0.1:9/bird", "SWITCHBOARD_BIRD_URL=http://127.0.0.1:9/bird"),
      entry("switchboard.bird.connect-timeout=5s", "SWITCHBOARD_BIRD_CONNECT_TIMEOUT=PT5S"),
      entry("switchboard.bird.read-timeout=500", "SWITCHBOARD_BIRD_READ_TIMEOUT=PT0.5S"),
      entry("switchboard.bird.attempt-timeout=PT1M", "SWITCHBOARD_BIRD_ATTEMPT_TIMEOUT=PT1M"),
      entry("switchboard.bird.call-timeout=20s", "SWITCHBOARD_BIRD_CALL_TIMEOUT=PT20S"),
      entry("switchboard.bird.retry.max-attempts=3", "SWITCHBOARD_BIRD_RETRY_MAX_ATTEMPTS=3"),
      entry("switchboard.bird.retry.base-delay=5ms", "SWITCHBOARD_BIRD_RETRY_BASE_DELAY=PT0.005S"),
      entry("switchboard.bird.retry.max-delay=2s", "SWITCHBOARD_BIRD_RETRY_MAX_DELAY=PT2S"),
      entry("switchboard.chatwoot.token=t-c", "SWITCHBOARD_CHATWOOT_TOKEN=t-c"),
      entry("switchboard.chatwoot.account=42", "SWITCHBOARD_CHATWOOT_ACCOUNT=42"),
      entry("switchboard.chatcaptain.key=k-cc", "SWITCHBOARD_CHATCAPTAIN_KEY=k-cc"),
      entry("switchboard.chatcaptain.chatbot=bot", "SWITCHBOARD_CHATCAPTAIN_CHATBOT=bot"),
      entry("switchboard.chatcaptain.agent=a7", "SWITCHBOARD_CHATCAPTAIN_AGENT=a7"),
      entry("switchboard.livechat.token=fra:t-l", "SWITCHBOARD_LIVECHAT_TOKEN=fra:t-l"),
      entry("switchboard.livechat.api-version=3.1", "SWITCHBOARD_LIVECHAT_API_VERSION=3.1"),
      entry("switchboard.livechat.region=dal", "SWITCHBOARD_LIVECHAT_REGION=dal"),
      entry("switchboard.bcrumbs.api-key=k-bc", "SWITCHBOARD_BCRUMBS_API_KEY=k-bc"),
      entry("switchboard.bcrumbs.workspace=7", "SWITCHBOARD_BCRUMBS_WORKSPACE=7"));

  @Test
  void everyPropertyOfBeforeSetsTheSameKey() {
    for (Map.Entry<String, String> e : BEFORE.entrySet()) {
      String[] property = e.getKey().split("=", 2);
      String[] key = e.getValue().split("=", 2);
      assertThat(bind(Map.of(property[0], property[1]))).as(e.getKey()).containsExactly(entry(key[0], key[1]));
    }
  }

  @Test
  void relaxedFormsBindToo() {
    assertThat(bind(Map.of("switchboard.bird.accessKey", "k", "switchboard.bird.retry.maxAttempts", "2",
        "switchboard.chatwoot.call_timeout", "3s")))
        .containsOnly(entry("SWITCHBOARD_BIRD_ACCESS_KEY", "k"), entry("SWITCHBOARD_BIRD_RETRY_MAX_ATTEMPTS", "2"),
            entry("SWITCHBOARD_CHATWOOT_CALL_TIMEOUT", "PT3S"));

    StandardEnvironment environment = emptyEnvironment();
    environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
        Map.of("SWITCHBOARD_BIRD_ACCESS_KEY", "k-env", "SWITCHBOARD_BIRD_RETRY_MAXATTEMPTS", "4")));
    ConfigurationPropertySources.attach(environment);
    assertThat(new SwitchboardProperties().bindPlatforms(Binder.get(environment)).settings())
        .contains(entry("SWITCHBOARD_BIRD_ACCESS_KEY", "k-env"), entry("SWITCHBOARD_BIRD_RETRY_MAX_ATTEMPTS", "4"));
  }

  @Test
  void birdIsConfiguredByItsProperties() {
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SwitchboardAutoConfiguration.class))
        .withPropertyValues("switchboard.bird.access-key=k-123", "switchboard.bird.workspace=w1",
            "switchboard.bird.url=http://127.0.0.1:9/bird", "switchboard.bird.call-timeout=20s",
            "switchboard.bird.retry.max-attempts=2")
        .run(context -> {
          assertThat(context).hasNotFailed().hasBean("birdAgentDirectory");
          assertThat(context.getBean(Switchboard.class).directories()).extracting(AgentDirectory::platform)
              .containsExactly(Platform.BIRD);
          assertThat(context.getBean(SwitchboardProperties.class).platform(Platform.BIRD).orElseThrow().values())
              .containsExactly(entry("ACCESS_KEY", "k-123"), entry("WORKSPACE", "w1"), entry("URL", "http://127.0.0.1:9/bird"),
                  entry("CALL_TIMEOUT", "PT20S"), entry("RETRY_MAX_ATTEMPTS", "2"));
          assertThat(context.getBean(SwitchboardProperties.class).platform(Platform.BIRD).orElseThrow().toString())
              .doesNotContain("k-123");
        });
  }

  @Test
  void settingNamesBecomePropertyNames() {
    assertThat(PlatformProperties.propertyName("ACCESS_KEY")).isEqualTo("access-key");
    assertThat(PlatformProperties.propertyName("WORKSPACE")).isEqualTo("workspace");
    assertThat(PlatformProperties.propertyName("CALL_TIMEOUT")).isEqualTo("call-timeout");
    assertThat(PlatformProperties.propertyName("RETRY_MAX_ATTEMPTS")).isEqualTo("retry.max-attempts");
    assertThat(PlatformProperties.propertyName("WIRE_LOG")).isEqualTo("wire-log");
    assertThat(PlatformProperties.property(Platform.of("toy"), "RETRY_BASE_DELAY")).isEqualTo("switchboard.toy.retry.base-delay");
  }

  /** Without this JVM's own variables and system properties, which are not the test's. */
  private static StandardEnvironment emptyEnvironment() {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
    return environment;
  }

  private static Map<String, String> bind(Map<String, Object> properties) {
    StandardEnvironment environment = emptyEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
    return new SwitchboardProperties().bindPlatforms(Binder.get(environment)).settings();
  }
}
