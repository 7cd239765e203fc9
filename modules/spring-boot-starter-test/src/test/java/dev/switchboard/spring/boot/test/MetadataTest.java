package dev.switchboard.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.spring.boot.SwitchboardAutoConfiguration;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The starter's jars carry the configuration metadata IDEs complete {@code switchboard.*} from, with
 * a description for each property: the starter's own ({@code enabled}, {@code health.*}) and each
 * platform's in its own jar ({@code switchboard.<id>.*}), which Spring Boot's tooling merges.
 */
class MetadataTest {
  private static final String FILE = "META-INF/spring-configuration-metadata.json";

  @Test
  void theStartersJarsDescribeEveryProperty() throws Exception {
    URL jar = SwitchboardAutoConfiguration.class.getProtectionDomain().getCodeSource().getLocation();
    assertThat(jar.getPath()).as("the starter as a built jar").endsWith(".jar");

    Map<String, String> descriptions = new HashMap<>();
    Map<String, String> starters = new HashMap<>();
    for (URL metadata : Collections.list(getClass().getClassLoader().getResources(FILE))) {
      try (InputStream in = metadata.openStream()) {
        for (JsonNode p : new ObjectMapper().readTree(in).get("properties")) {
          String description = p.path("description").asText("");
          if (p.get("name").asText().startsWith("switchboard.")) {
            descriptions.put(p.get("name").asText(), description);
          }
          if (metadata.toString().startsWith("jar:" + jar + "!")) {
            starters.put(p.get("name").asText(), description);
          }
        }
      }
    }

    assertThat(starters).containsKeys("switchboard.enabled", "switchboard.health.timeout");
    assertThat(descriptions).containsKeys("switchboard.enabled", "switchboard.bird.access-key", "switchboard.bird.workspace",
        "switchboard.bird.url", "switchboard.bird.call-timeout", "switchboard.bird.retry.max-attempts",
        "switchboard.chatwoot.token", "switchboard.chatwoot.account", "switchboard.chatcaptain.key",
        "switchboard.chatcaptain.chatbot", "switchboard.livechat.token", "switchboard.livechat.api-version",
        "switchboard.bcrumbs.api-key", "switchboard.bcrumbs.workspace", "switchboard.health.timeout");
    assertThat(descriptions).allSatisfy((name, description) -> assertThat(description).as(name).isNotBlank());
  }
}
