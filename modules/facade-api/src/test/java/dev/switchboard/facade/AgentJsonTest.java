package dev.switchboard.facade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The agent model through a plain Jackson {@link ObjectMapper}, as Spring MVC uses one to answer a
 * controller that returns agents: the platform is its id, the raw platform object is left out, and
 * what was written reads back.
 */
class AgentJsonTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void anAgentIsItsSixFieldsWithThePlatformAsItsId() throws Exception {
    Agent agent = new Agent(Platform.BIRD, "a1", "Ann", "ann@example.com", "agent", Availability.ONLINE,
        Map.of("internal", "not for publishing"));

    JsonNode tree = json.readTree(json.writeValueAsString(agent));

    assertThat(tree.get("platform").asText()).isEqualTo("bird");
    assertThat(tree.get("id").asText()).isEqualTo("a1");
    assertThat(tree.get("availability").asText()).isEqualTo("ONLINE");
    assertThat(tree.has("raw")).isFalse();
    assertThat(tree.toString()).doesNotContain("not for publishing");
  }

  @Test
  void readsBackAsWritten() throws Exception {
    Agent agent = new Agent(Platform.of("toy"), "t1", null, "t@example.com", null, Availability.AWAY, "raw");

    Agent back = json.readValue(json.writeValueAsString(agent), Agent.class);

    assertThat(back).isEqualTo(new Agent(Platform.of("toy"), "t1", null, "t@example.com", null, Availability.AWAY, null));
    assertThat(json.readValue("\"livechat\"", Platform.class)).isEqualTo(Platform.LIVECHAT);
  }
}
