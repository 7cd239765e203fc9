package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.chatwoot.sandbox.ChatwootSandbox;
import dev.switchboard.cli.CliTest.Run;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxExtension;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The CLI's finish: --json fields everywhere, messages that name the URL, the exit codes, --quiet and --verbose. */
@ExtendWith(SandboxExtension.class)
class FinishedCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(Run r) throws IOException {
    assertThat(r.code()).as(r.err()).isZero();
    return JSON.readTree(r.out());
  }

  @Test
  void availabilityAndDeleteAnswerJsonFieldsNotSentences(Sandbox sandbox) throws IOException {
    sandbox.seedDemoData();
    Map<String, String> env = CliTest.env(sandbox);

    JsonNode shown = json(CliTest.run(env, "agents", "availability", "-p", "bird", "bird-old", "--json"));
    assertThat(shown.get("platform").asText()).isEqualTo("bird");
    assertThat(shown.get("id").asText()).isEqualTo("bird-old");
    assertThat(shown.get("availability").asText()).isEqualTo("offline");
    assertThat(shown.get("changed").asBoolean()).isFalse();

    JsonNode set = json(CliTest.run(env, "agents", "availability", "-p", "bird", "bird-old", "--set", "online", "--json"));
    assertThat(set.get("availability").asText()).isEqualTo("online");
    assertThat(set.get("changed").asBoolean()).isTrue();

    JsonNode deleted = json(CliTest.run(env, "agents", "delete", "-p", "bird", "bird-old", "--json"));
    assertThat(deleted.get("platform").asText()).isEqualTo("bird");
    assertThat(deleted.get("id").asText()).isEqualTo("bird-old");
    assertThat(deleted.get("deleted").asBoolean()).isTrue();

    // Without --json, still the sentence people read.
    assertThat(CliTest.run(env, "agents", "availability", "-p", "bird", "bird-ada").out().strip())
        .isEqualTo("bird agent bird-ada: online");
  }

  @Test
  void everyAgentsSubcommandHasJson() {
    CommandSurfaceTest.commandPaths().stream()
        .filter(p -> p.size() == 2 && p.get(0).equals("agents") && !p.get(1).equals("help"))
        .forEach(path -> assertThat(CliTest.run(Map.of(), "agents", path.get(1), "--help").out())
            .as(String.join(" ", path)).contains("--json"));
  }

  @Test
  void anUnreachableHostIsNamedByItsUrlWithoutClassNames() throws IOException {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closed + "/bird";
    Map<String, String> env = Map.of("SWITCHBOARD_BIRD_ACCESS_KEY", "some-key", "SWITCHBOARD_BIRD_WORKSPACE", "w",
        "SWITCHBOARD_BIRD_URL", url);

    Run r = CliTest.run(env, "agents", "list", "-p", "bird");

    assertThat(r.code()).isEqualTo(Main.FAILED);
    assertThat(r.err().strip()).startsWith("error: bird ").contains("cannot reach " + url, "connection refused")
        .doesNotContain("Exception").doesNotContain("some-key");
    assertThat(r.err().strip().lines().count()).isEqualTo(1);
  }

  @Test
  void anUnconfiguredPlatformIsBadConfigurationExit2NamingItsVariables(Sandbox sandbox) {
    Map<String, String> onlyChatwoot = Map.of("SWITCHBOARD_CHATWOOT_TOKEN", ChatwootSandbox.TOKEN,
        "SWITCHBOARD_CHATWOOT_ACCOUNT", "1", "SWITCHBOARD_CHATWOOT_URL", sandbox.baseUrl("chatwoot"));
    for (List<String> args : List.of(List.of("agents", "list", "-p", "bird"), List.of("agents", "get", "-p", "bird", "x"),
        List.of("agents", "availability", "-p", "bird", "x", "--json"))) {
      Run r = CliTest.run(onlyChatwoot, args.toArray(String[]::new));
      assertThat(r.code()).as(args.toString()).isEqualTo(Main.BAD_INPUT);
      assertThat(r.err()).as(args.toString()).contains("bird is not configured", "SWITCHBOARD_BIRD_");
    }
    // A setting a platform rejects is configuration too, named by its key and never by its value.
    Run bad = CliTest.run(Map.of("SWITCHBOARD_BIRD_ACCESS_KEY", "k", "SWITCHBOARD_BIRD_WORKSPACE", "w",
        "SWITCHBOARD_BIRD_WIRE_LOG", "loud"), "agents", "list", "-p", "bird");
    assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(bad.err()).contains("SWITCHBOARD_BIRD_WIRE_LOG", "none, basic, headers or full");
  }

  @Test
  void quietDropsTheNoticesWhereverItStands() {
    Run normal = CliTest.run(Map.of(), "agents", "list", "-p", "bird", "--sandbox");
    assertThat(normal.err()).contains("embedded sandbox");
    for (String[] args : List.of(new String[] {"--quiet", "agents", "list", "-p", "bird", "--sandbox"},
        new String[] {"agents", "-q", "list", "-p", "bird", "--sandbox"},
        new String[] {"agents", "list", "--sandbox", "-p", "bird", "--quiet"})) {
      Run r = CliTest.run(Map.of(), args);
      assertThat(r.code()).as(String.join(" ", args)).isZero();
      assertThat(r.err()).as(String.join(" ", args)).isEmpty();
      assertThat(r.out()).as(String.join(" ", args)).contains("Ada Admin");
    }
  }

  @Test
  void verboseSaysWhereEachPlatformsCallsGo(Sandbox sandbox) {
    Run r = CliTest.run(CliTest.env(sandbox), "agents", "list", "-p", "bird", "--verbose");
    assertThat(r.code()).as(r.err()).isZero();
    // Only the platform the command touches is connected (and described).
    assertThat(r.err()).contains("switchboard: bird at " + sandbox.baseUrl("bird")).doesNotContain("chatwoot");
    Run both = CliTest.run(Map.of(), "agents", "list", "-p", "bird", "-q", "-v");
    assertThat(both.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(both.err()).contains("--quiet and --verbose");
  }
}
