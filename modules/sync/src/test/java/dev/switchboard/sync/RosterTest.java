package dev.switchboard.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.facade.Platform;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading rosters: the schema check with lines, and the published schema itself. */
class RosterTest {
  private static final List<Platform> KNOWN = List.of(Platform.of("chatwoot"), Platform.of("bird"), Platform.of("livechat"));

  private static List<String> problems(String yaml) {
    try {
      Roster.parse(yaml, "r.yaml", KNOWN);
      return List.of();
    } catch (RosterException e) {
      return e.problems();
    }
  }

  @Test
  void schemaProblemsNameFileLineAndField() {
    assertThat(problems("agents:\n  - name: Ada\n    availability: sleepy\n"))
        .containsExactly("r.yaml:3: availability must be online, away or offline, was 'sleepy'");
    assertThat(problems("agents:\n  - email: a@example.com\n")).containsExactly("r.yaml:2: agent is missing required field 'name'");
    assertThat(problems("agents:\n  - name: Ada\n    nickname: A\n")).singleElement().asString()
        .startsWith("r.yaml:3: unknown field 'nickname'");
    assertThat(problems("platforms: [bird]\nagents:\n  - name: Ada\n    email: not-an-email\n")).singleElement().asString()
        .startsWith("r.yaml:4: email must be an address");
    assertThat(problems("platforms: [bird, slack]\nagents: []\n"))
        .containsExactly("r.yaml:1: unknown platform 'slack' (known: chatwoot, bird, livechat)");
    assertThat(problems("platforms: [bird]\n")).containsExactly("r.yaml:1: roster is missing required field 'agents'");
  }

  @Test
  void aValidRosterKeepsLinesAndDefaults() {
    Roster r = Roster.parse("platforms: [livechat, bird]\nagents:\n  - name: Ada\n    availability: away\n"
        + "  - name: Bo\n    platforms: [bird]\n", "r.yaml", KNOWN);

    assertThat(r.platforms()).containsExactly(Platform.of("bird"), Platform.of("livechat")); // installation order
    assertThat(r.agents().get(0).location()).hasToString("r.yaml:3");
    assertThat(r.agents().get(0).platforms()).containsExactlyInAnyOrder(Platform.of("bird"), Platform.of("livechat"));
    assertThat(r.agents().get(1).platforms()).containsExactly(Platform.of("bird"));
    assertThat(r.agentsOn(Platform.of("livechat"))).extracting(RosterAgent::name).containsExactly("Ada");
  }

  @Test
  void thePublishedSchemaIsTheOneTheReadmePointsTo() throws Exception {
    String published;
    try (InputStream in = Roster.schema()) {
      published = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(published).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"", "renamedFrom");
    Path readme = Path.of("../../docs/sync.md");
    assertThat(Files.readString(readme)).contains("# yaml-language-server: $schema=")
        .contains("modules/sync/src/main/resources" + Roster.SCHEMA_RESOURCE);
  }

  @Test
  void aRosterBuiltInCodeGivesEveryAgentTheRostersPlatforms() {
    Roster r = Roster.builder().platforms(Platform.of("bird")).agent(RosterAgent.named("Ada")).build();

    assertThat(r.agents().get(0).platforms()).containsExactly(Platform.of("bird"));
    assertThatThrownBy(() -> Roster.builder().agent(RosterAgent.named("Ada")).build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
