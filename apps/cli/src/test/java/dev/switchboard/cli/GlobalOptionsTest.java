package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.bird.sandbox.BirdSandbox;
import dev.switchboard.cli.CliTest.Run;
import dev.switchboard.facade.Platform;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The global options (--sandbox, --config) mean the same wherever they stand on the line. */
@ExtendWith(SandboxExtension.class)
class GlobalOptionsTest {
  @TempDir Path dir;

  @Test
  void sandboxWorksBeforeBetweenAndAfterTheSubcommandsArguments(Sandbox sandbox) throws IOException {
    // Bird is configured with a key the test sandbox refuses: only --sandbox can make this sync pass.
    Map<String, String> env = Map.of(
        "SWITCHBOARD_BIRD_ACCESS_KEY", "wrong-key-123",
        "SWITCHBOARD_BIRD_WORKSPACE", BirdSandbox.WORKSPACE,
        "SWITCHBOARD_BIRD_URL", sandbox.baseUrl("bird"));
    Path roster = dir.resolve("roster.yaml");
    Files.writeString(roster, "platforms: [bird]\nagents:\n  - name: Ada Admin\n");
    String f = roster.toString();

    Run without = CliTest.run(env, "sync", f, "--dry-run");
    assertThat(without.code()).as(without.out() + without.err()).isEqualTo(Main.FAILED);

    for (String[] args : List.of(
        new String[] {"--sandbox", "sync", f, "--dry-run"},
        new String[] {"sync", "--sandbox", f, "--dry-run"},
        new String[] {"sync", f, "--dry-run", "--sandbox"})) {
      Run r = CliTest.run(env, args);
      assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
      assertThat(r.err()).as(String.join(" ", args)).contains("embedded sandbox");
      assertThat(r.out()).as(String.join(" ", args)).contains("Dry run");
    }
  }

  @Test
  void configFileWorksAfterTheSubcommandToo(Sandbox sandbox) throws IOException {
    // The config points at the test's (empty) sandbox; the embedded one (--sandbox) has demo
    // agents on Bird: an empty list proves the config file was read.
    Path config = dir.resolve("switchboard.properties");
    Files.writeString(config, String.join("\n",
        "SWITCHBOARD_BIRD_ACCESS_KEY=" + BirdSandbox.ACCESS_KEY,
        "SWITCHBOARD_BIRD_WORKSPACE=" + BirdSandbox.WORKSPACE,
        "SWITCHBOARD_BIRD_URL=" + sandbox.baseUrl("bird"), ""));
    String c = config.toString();

    Run embedded = CliTest.run(Map.of(), "agents", "list", "-p", "bird", "--json", "--sandbox");
    assertThat(names(embedded)).isNotEmpty();

    for (String[] args : List.of(
        new String[] {"--config", c, "agents", "list", "-p", "bird", "--json"},
        new String[] {"agents", "--config", c, "list", "-p", "bird", "--json"},
        new String[] {"agents", "list", "-p", "bird", "--json", "--config", c})) {
      Run r = CliTest.run(Map.of(), args);
      assertThat(r.code()).as(String.join(" ", args) + ": " + r.err()).isZero();
      assertThat(r.err()).as(String.join(" ", args)).doesNotContain("embedded sandbox");
      assertThat(names(r)).as(String.join(" ", args)).isEmpty();
    }
  }

  private static List<String> names(Run r) throws IOException {
    JsonNode list = new ObjectMapper().readTree(r.out());
    assertThat(list.isArray()).as(r.out()).isTrue();
    return StreamSupport.stream(list.spliterator(), false)
        .map(a -> a.path("name").asText()).collect(Collectors.toList());
  }
}
