package dev.switchboard.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.spring.boot.SwitchboardAutoConfiguration;
import java.io.InputStream;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The starter's jar carries the configuration metadata IDEs complete {@code switchboard.*} from,
 * with a description for each property.
 */
class MetadataTest {
  @Test
  void theStartersJarDescribesEveryProperty() throws Exception {
    URL jar = SwitchboardAutoConfiguration.class.getProtectionDomain().getCodeSource().getLocation();
    URL metadata = new URL("jar:" + jar + "!/META-INF/spring-configuration-metadata.json");
    assertThat(jar.getPath()).as("the starter as a built jar").endsWith(".jar");

    Map<String, String> descriptions = new HashMap<>();
    try (InputStream in = metadata.openStream()) {
      for (JsonNode p : new ObjectMapper().readTree(in).get("properties")) {
        descriptions.put(p.get("name").asText(), p.path("description").asText(""));
      }
    }

    assertThat(descriptions).containsKeys("switchboard.enabled", "switchboard.bird.access-key", "switchboard.bird.workspace",
        "switchboard.bird.url", "switchboard.bird.call-timeout", "switchboard.bird.retry.max-attempts",
        "switchboard.chatwoot.token", "switchboard.chatwoot.account", "switchboard.chatcaptain.key",
        "switchboard.chatcaptain.chatbot", "switchboard.livechat.token", "switchboard.livechat.api-version",
        "switchboard.bcrumbs.api-key", "switchboard.bcrumbs.workspace", "switchboard.health.timeout");
    assertThat(descriptions).allSatisfy((name, description) -> assertThat(description).as(name).isNotBlank());
  }
}
