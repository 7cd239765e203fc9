package dev.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.bird.sandbox.BirdSandbox;
import dev.switchboard.chatwoot.sandbox.ChatwootSandbox;
import dev.switchboard.livechat.sandbox.LiveChatSandbox;
import dev.switchboard.sandbox.spi.FakeProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sandbox on its own (no client, no facade): fakes found by ServiceLoader, keys by platform id, plain HTTP. */
class InstalledFakesTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static int birdList(Sandbox sandbox, String key) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl("bird") + "/workspaces/" + BirdSandbox.WORKSPACE
        + "/agents")).header("Authorization", "AccessKey " + key).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  @Test
  void theSixShippedFakesAreFoundInDependencyOrder() {
    assertThat(Sandbox.installed().stream().map(FakeProvider::id).collect(Collectors.toList()))
        .containsExactly("chatwoot", "bird", "chatcaptain", "livechat", "bcrumbs", "intercom", "twilio");
    try (Sandbox sandbox = Sandbox.start(0)) {
      assertThat(sandbox.platforms()).containsExactly("chatwoot", "bird", "chatcaptain", "livechat", "bcrumbs", "intercom", "twilio");
      assertThat(sandbox.baseUrl("bcrumbs")).isEqualTo("http://127.0.0.1:" + sandbox.port() + "/bcrumbs/core/gq");
      assertThat(sandbox.baseUrl("livechat")).endsWith("/livechat/v3.4");
      assertThat(LiveChatSandbox.baseUrl(sandbox, "3.1")).endsWith("/livechat/v3.1/configuration/action");
      assertThat(sandbox.clientSettings("bird")).containsEntry("WORKSPACE", BirdSandbox.WORKSPACE)
          .containsEntry("URL", sandbox.baseUrl("bird")).containsEntry("ACCESS_KEY", BirdSandbox.ACCESS_KEY);
      assertThatThrownBy(() -> sandbox.baseUrl("toy")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no fake of toy");
    }
  }

  @Test
  void keysOverrideOnePlatformByIdAndTheOthersKeepTheirDefault() throws Exception {
    Sandbox.Keys keys = Sandbox.Keys.DEFAULT.with("bird", "my-bird-key");
    assertThat(keys.toString()).doesNotContain("my-bird-key");
    try (Sandbox sandbox = Sandbox.start(0, keys)) {
      assertThat(birdList(sandbox, "my-bird-key")).isEqualTo(200);
      assertThat(birdList(sandbox, BirdSandbox.ACCESS_KEY)).isEqualTo(401);
      assertThat(sandbox.credential("bird")).isEqualTo("my-bird-key");
      assertThat(sandbox.credential("chatwoot")).isEqualTo(ChatwootSandbox.TOKEN);
      sandbox.throttle("bird", 1);
      assertThat(birdList(sandbox, "my-bird-key")).isEqualTo(429);
      assertThat(birdList(sandbox, "my-bird-key")).isEqualTo(200);
    }
  }
}
