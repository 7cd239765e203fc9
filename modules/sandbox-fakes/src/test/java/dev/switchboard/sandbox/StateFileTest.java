package dev.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.bcrumbs.sandbox.BcrumbsSandbox;
import dev.switchboard.bird.sandbox.BirdSandbox;
import dev.switchboard.chatwoot.sandbox.ChatwootSandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Sandbox#saveState} and {@link Sandbox#loadState}: a second sandbox answers as the first did. */
class StateFileTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path dir;

  private static HttpResponse<String> chatwoot(Sandbox s, String method, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(s.baseUrl("chatwoot") + "/api/v1/accounts/" + ChatwootSandbox.ACCOUNT
            + "/agents")).header("api_access_token", ChatwootSandbox.TOKEN).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String bcrumbsAgents(Sandbox s) throws Exception {
    String query = "{\"query\":\"query($input: AgentsInput!) { agents(input: $input) { nodes { id name email } } }\","
        + "\"variables\":{\"input\":{\"workspaceId\":" + BcrumbsSandbox.WORKSPACE + "}}}";
    return HTTP.send(HttpRequest.newBuilder(URI.create(s.baseUrl("bcrumbs"))).header("authorization", BcrumbsSandbox.API_KEY)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(query)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private static String birdAgents(Sandbox s) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(s.baseUrl("bird") + "/workspaces/" + BirdSandbox.WORKSPACE
        + "/agents")).header("Authorization", "AccessKey " + BirdSandbox.ACCESS_KEY).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  @Test
  void aSecondSandboxAnswersAsTheFirstDid() throws Exception {
    Path file = dir.resolve("sandbox.json");
    String chatwootBefore;
    String bcrumbsBefore;
    String birdBefore;
    try (Sandbox first = Sandbox.start(0)) {
      first.seedDemoData();
      assertThat(chatwoot(first, "POST", "{\"name\":\"Pat Kept\",\"email\":\"pat@example.com\",\"role\":\"agent\"}").body()).contains("\"id\":3");
      chatwootBefore = chatwoot(first, "GET", null).body();
      bcrumbsBefore = bcrumbsAgents(first);
      birdBefore = birdAgents(first);
      first.saveState(file);
    }
    assertThat(Files.readString(file)).contains("Pat Kept").contains(Sandbox.STATE_FORMAT);
    try (Sandbox second = Sandbox.start(0)) {
      second.loadState(file);
      assertThat(chatwoot(second, "GET", null).body()).isEqualTo(chatwootBefore).contains("Pat Kept");
      assertThat(bcrumbsAgents(second)).isEqualTo(bcrumbsBefore).contains("Ada");
      assertThat(birdAgents(second)).isEqualTo(birdBefore).contains("Ada Admin");
      // Ids go on where the first left off: no new agent takes a saved one's id.
      assertThat(chatwoot(second, "POST", "{\"name\":\"Next\",\"email\":\"next@example.com\",\"role\":\"agent\"}").body()).contains("\"id\":4");
    }
  }

  @Test
  void everyPlatformRoundTrips() throws Exception {
    Path file = dir.resolve("all.json");
    Path again = dir.resolve("again.json");
    try (Sandbox first = Sandbox.start(0)) {
      first.seedDemoData();
      first.saveState(file);
    }
    try (Sandbox second = Sandbox.start(0)) {
      second.loadState(file);
      second.saveState(again);
    }
    String saved = Files.readString(file);
    for (String platform : new String[] {"chatwoot", "bird", "chatcaptain", "livechat", "bcrumbs", "intercom"}) {
      assertThat(saved).contains("\"" + platform + "\"");
    }
    assertThat(saved).contains("Greeter Bot").contains("captain-2");
    assertThat(Files.readString(again)).isEqualTo(saved);
  }

  @Test
  void aFileThatIsNotAStateIsRefusedNamingIt() throws Exception {
    Path file = dir.resolve("other.json");
    Files.writeString(file, "{\"agents\": []}");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\": ");
    try (Sandbox s = Sandbox.start(0)) {
      assertThatThrownBy(() -> s.loadState(file)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(file.toString()).hasMessageContaining("not a sandbox state");
      assertThatThrownBy(() -> s.loadState(broken)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(broken.toString()).hasMessageContaining("not JSON");
    }
  }
}
