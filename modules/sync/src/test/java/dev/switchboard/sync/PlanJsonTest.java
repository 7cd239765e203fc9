package dev.switchboard.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.facade.Platform;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plan file that is not one is refused in plan-file words: what is wrong, where (field path, line
 * and column), and never a Java class, package or Jackson's wording.
 */
class PlanJsonTest {
  private static final String GOOD = new Plan(Plan.FORMAT_VERSION, "2024-05-01T10:00:00Z", "roster.yaml", List.of(
      new PlatformPlan(Platform.of("bird"), 1, "fp", List.of(new PlannedAction(ActionType.CREATE, "Ada", null, "Ada",
          Map.of("name", "Ada"), "create Ada", new SourceLocation("roster.yaml", 3))), List.of(), List.of(), null)))
      .toJson();

  private static String refused(String json) {
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, () -> Plan.fromJson(json));
    assertThat(e).as("refused: %s", json).isNotNull();
    assertThat(e.getMessage()).as(json)
        .doesNotContain("`", "dev.switchboard", "java.", "Cannot construct", "Cannot deserialize", "Source:", "Exception");
    return e.getMessage();
  }

  /** The 1-based line of the first line of {@link #GOOD}-like text that contains {@code text}. */
  private static int lineOf(String json, String text) {
    List<String> lines = Arrays.asList(json.split("\n", -1));
    return lines.indexOf(lines.stream().filter(l -> l.contains(text)).findFirst().orElseThrow()) + 1;
  }

  @Test
  void aPlanReadsBack() {
    assertThat(Plan.fromJson(GOOD).toJson()).isEqualTo(GOOD);
  }

  @Test
  void notJsonAtAll() {
    assertThat(refused("")).isEqualTo("not JSON: the file is empty");
    assertThat(refused("  \n")).isEqualTo("not JSON: the file is empty");
    assertThat(refused("hello")).startsWith("not JSON: line 1, column ");
    assertThat(refused("{\n  \"formatVersion\": 1,\n")).startsWith("not JSON: line 3, column 1: ").contains("end of the file");
    assertThat(refused("{\n  \"platforms\": [\n")).startsWith("not JSON: line 3, column 1: ")
        .contains("end of the file", "line 2, column 16");
    assertThat(refused(GOOD + "\n}")).startsWith("not JSON: line " + (GOOD.split("\n").length + 1) + ", column 1: ");
  }

  @Test
  void jsonThatIsNotAPlan() {
    assertThat(refused("[1, 2]")).isEqualTo("not a Switchboard plan file: line 1, column 1: expected a JSON object with "
        + "formatVersion, createdAt, roster and platforms, found a list");
    assertThat(refused("{\"not\": \"a plan\"}")).isEqualTo("not a Switchboard plan file: line 1, column 1: field "
        + "'formatVersion' is missing");
    assertThat(refused("{\"formatVersion\": 1, \"platforms\": []}")).startsWith("not a Switchboard plan file: line 1, column ")
        .endsWith(": field 'createdAt' is missing");
  }

  @Test
  void aWrongTypeOrValueNamesTheFieldPathLineAndColumn() {
    String platforms = GOOD.replaceFirst("\"platforms\" : \\[", "\"platforms\" : \"bird\", \"x\" : [");
    assertThat(refused(platforms)).matches("not a Switchboard plan file: line " + lineOf(platforms, "\"platforms\"")
        + ", column \\d+: field 'platforms' must be a list");

    String delete = GOOD.replace("\"CREATE\"", "\"DELETE\"");
    assertThat(refused(delete)).matches("not a Switchboard plan file: line " + lineOf(delete, "DELETE") + ", column \\d+: "
        + "field 'platforms\\[0\\]\\.actions\\[0\\]\\.type' must be one of CREATE, UPDATE, REMOVE, RECREATE, was 'DELETE'");

    String noName = GOOD.replace("\"agent\" : \"Ada\"", "\"agent\" : null");
    assertThat(refused(noName)).matches("not a Switchboard plan file: line \\d+, column \\d+: field "
        + "'platforms\\[0\\]\\.actions\\[0\\]\\.agent' is missing");

    String extra = GOOD.replace("\"agentsRead\" :", "\"colour\" : 1, \"agentsRead\" :");
    assertThat(refused(extra)).matches("not a Switchboard plan file: line " + lineOf(extra, "colour")
        + ", column \\d+: unknown field 'platforms\\[0\\]\\.colour'");

    assertThat(refused(GOOD.replace("\"agentsRead\" : 1", "\"agentsRead\" : \"many\""))).endsWith(
        "field 'platforms[0].agentsRead' must be a whole number, was 'many'");
    assertThat(refused(GOOD.replace("\"platform\" : \"bird\"", "\"platform\" : \"Bird!\""))).contains(
        "field 'platforms[0].platform' must be a platform id").doesNotContain("must be a platform id must");
  }

  @Test
  void anotherFormatVersionIsNamedBeforeItsFieldsAreJudged() {
    assertThat(refused(GOOD.replace("\"formatVersion\" : 1", "\"formatVersion\" : 2, \"newField\" : true")))
        .isEqualTo("plan format 2 is not supported (this version reads 1); plan again");
  }
}
