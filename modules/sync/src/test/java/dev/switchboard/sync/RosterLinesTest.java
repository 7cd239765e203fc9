package dev.switchboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.facade.Platform;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.Platforms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every roster problem names the line an editor shows for the mistake (1-based) and the field: here
 * the mistake is always on line 5, below a comment, the platforms and the first agent's line.
 */
class RosterLinesTest {
  private static final List<Platform> KNOWN = List.of(Platform.of("chatwoot"), Platform.of("bird"), Platform.of("livechat"));
  private static final String HEAD = "# yaml-language-server: $schema=roster.schema.json\n"
      + "platforms: [chatwoot, bird]\n"
      + "agents:\n"
      + "  - name: Ada\n";

  @TempDir Path dir;

  /** What {@code Roster.read} and then {@code check} (the platforms' real descriptions) find, as the CLI runs them. */
  private List<String> problems(String yaml) throws Exception {
    Path f = dir.resolve("r.yaml");
    Files.writeString(f, yaml);
    List<String> found;
    try {
      found = Roster.read(f, KNOWN).check(p -> Platforms.find(p.id()).map(PlatformProvider::description).orElseThrow());
    } catch (RosterException e) {
      found = e.problems();
    }
    return found.stream().map(p -> p.replace(f.toString(), "r.yaml")).toList();
  }

  @Test
  void schemaProblemsNameTheLineOfTheFieldAndTheField() throws Exception {
    assertThat(problems(HEAD + "    nickname: A\n")).containsExactly("r.yaml:5: unknown field 'nickname' (expected one of "
        + "name, surname, email, role, userId, availability, platforms, renamedFrom)");
    assertThat(problems(HEAD + "    availability: sometimes\n"))
        .containsExactly("r.yaml:5: availability must be online, away or offline, was 'sometimes'");
    // YAML 1.1 reads yes as true: the message still quotes what the file says.
    assertThat(problems(HEAD + "    availability: yes\n"))
        .containsExactly("r.yaml:5: availability must be online, away or offline, was 'yes'");
    assertThat(problems(HEAD + "    email: not-an-email\n"))
        .containsExactly("r.yaml:5: email must be an address like name@example.com, was 'not-an-email'");
    assertThat(problems(HEAD + "    role: [a, b]\n")).containsExactly("r.yaml:5: role must be text, was a list");
    assertThat(problems(HEAD + "  - name: 42\n"))
        .containsExactly("r.yaml:5: name must be text, was the number 42 (quote it to keep it as text)");
    assertThat(problems(HEAD + "  - nickname: X\n")).containsExactly(
        "r.yaml:5: unknown field 'nickname' (expected one of name, surname, email, role, userId, availability, platforms, renamedFrom)",
        "r.yaml:5: agent is missing required field 'name'");
    assertThat(problems(HEAD + "  -\n")).containsExactly("r.yaml:5: agent must be a mapping with at least a name, was empty");
    assertThat(problems(HEAD + "    platforms: [slack]\n"))
        .containsExactly("r.yaml:5: unknown platform 'slack' (known: chatwoot, bird, livechat)");
    assertThat(problems("platforms: [chatwoot]\n\n# later\n\nfoo: 1\nagents: []\n"))
        .containsExactly("r.yaml:5: unknown field 'foo' (expected one of platforms, agents)");
    assertThat(problems(HEAD.replace("\n", "\r\n") + "    nickname: A\r\n")).singleElement().asString()
        .startsWith("r.yaml:5: unknown field 'nickname'");
  }

  @Test
  void yamlSyntaxErrorsNameTheLineWhereTheParserStopped() throws Exception {
    // Line 5 is indented one space less than the agent's other fields: the agent's mapping (line 4) is fine.
    assertThat(problems(HEAD + "   email: a@example.com\n")).singleElement().asString()
        .startsWith("r.yaml:5: YAML error at column 4: ").contains("started on line 4").endsWith("check the indentation");
    assertThat(problems(HEAD + "  name: Bo\n")).singleElement().asString().startsWith("r.yaml:5: YAML error at column 3: ");
    assertThat(problems(HEAD + "    email: a@example.com\n    - oops\n")).singleElement().asString()
        .startsWith("r.yaml:6: YAML error at column 5: ");
    // An unclosed bracket or quote is found further down; the line that opened it is the one to fix.
    assertThat(problems(HEAD + "    email: [oops\n")).singleElement().asString().startsWith("r.yaml:5: YAML error");
    assertThat(problems(HEAD + "    email: \"oops\n  - name: Bo\n")).singleElement().asString().startsWith("r.yaml:5: YAML error");
    assertThat(problems(HEAD + "\tavailability: away\n")).singleElement().asString().startsWith("r.yaml:5: YAML error");
  }

  @Test
  void aFieldGivenTwiceIsAnErrorNotSilentlyTheLastOne() throws Exception {
    assertThat(problems(HEAD + "    name: Bo\n")).containsExactly("r.yaml:5: duplicate field 'name' (first on line 4)");
    assertThat(problems("platforms: [chatwoot]\n\n\n\nplatforms: [bird]\nagents: []\n"))
        .containsExactly("r.yaml:5: duplicate field 'platforms' (first on line 1)");
  }

  @Test
  void platformChecksNameTheLineOfTheFieldAtFault() throws Exception {
    // Chatwoot matches by email: the duplicate is the second agent's email line, compared with the first's.
    assertThat(problems(HEAD + "    email: ada@example.com\n  - name: Bo\n    email: ADA@example.com\n"))
        .containsExactly("r.yaml:7: duplicate agent 'Bo' on chatwoot (same email as line 5)");
    assertThat(problems(HEAD + "    email: ada@example.com\n    role: boss\n")).containsExactly(
        "r.yaml:6: agent 'Ada' has role 'boss', which chatwoot does not have (roles there: administrator, agent)");
    assertThat(problems(HEAD + "    platforms:\n      - bird\n      - livechat\n"))
        .containsExactly("r.yaml:7: agent 'Ada' names livechat, which the roster's platforms do not include");
    // A field that is missing has no line of its own: the agent's is the place to add it.
    assertThat(problems(HEAD + "    platforms: [chatwoot]\n"))
        .containsExactly("r.yaml:4: agent 'Ada' is missing required field 'email' for chatwoot");
  }
}
