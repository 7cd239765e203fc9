package dev.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.sandbox.spi.FakeProvider;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine alone, on a test-only platform ({@link ProbeFake}): what a platform's fake module
 * relies on (found by ServiceLoader, its spec read from its own class path, its fake reached by
 * type for its fixtures) and the faults every platform gets, over loopback HTTP.
 */
class EngineTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start(0);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  @BeforeEach
  void reset() {
    sandbox.reset();
  }

  private static HttpResponse<String> send(String method, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(sandbox.baseUrl("probe") + "/things"))
        .header("x-probe-key", sandbox.credential("probe")).header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theOnlyFakeOnTheClassPathIsServedUnderItsId() {
    assertThat(Sandbox.installed().stream().map(FakeProvider::id).collect(Collectors.toList())).containsExactly("probe");
    assertThat(sandbox.platforms()).containsExactly("probe");
    assertThat(sandbox.baseUrl("probe")).isEqualTo("http://127.0.0.1:" + sandbox.port() + "/probe");
    assertThat(sandbox.settings()).containsEntry("SWITCHBOARD_PROBE_KEY", "sandbox-probe-key")
        .containsEntry("SWITCHBOARD_PROBE_URL", sandbox.baseUrl("probe"));
  }

  @Test
  void aFakeModuleReachesItsFakeByTypeAndOnlyByItsType() throws Exception {
    ProbeFake probe = sandbox.fake("probe", ProbeFake.class);
    probe.seed("seeded");
    assertThat(send("GET", null).body()).contains("seeded");
    assertThat(sandbox.fake("probe", Fake.class)).isSameAs(probe);
    assertThatThrownBy(() -> sandbox.fake("probe", OtherFake.class)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ProbeFake.class.getName()).hasMessageContaining(OtherFake.class.getName());
    assertThatThrownBy(() -> sandbox.fake("nowhere", ProbeFake.class)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no fake of nowhere");
  }

  @Test
  void theFakesSpecIsReadFromItsOwnClassPathAndHeld() throws Exception {
    assertThat(send("POST", "{\"name\":\"kept\"}").statusCode()).isEqualTo(201);
    HttpResponse<String> refused = send("POST", "{\"name\":\"kept\",\"extra\":1}");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("\"probe\":\"invalid\"").contains("extra");
    assertThat(send("GET", null).body()).contains("kept");
  }

  @Test
  void demoDataIsEachFakesOwnAndResetEmptiesIt() throws Exception {
    sandbox.seedDemoData();
    assertThat(send("GET", null).body()).contains("demo thing");
    sandbox.reset();
    assertThat(send("GET", null).body()).doesNotContain("demo thing");
  }

  @Test
  void theGenericFixturesGiveEveryPlatformItsOwnFaults() throws Exception {
    sandbox.fixtures().rateLimit("probe", 1, 7);
    HttpResponse<String> limited = send("GET", null);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("7");
    assertThat(send("GET", null).statusCode()).isEqualTo(200);
    sandbox.fixtures().denyEverything("probe");
    assertThat(send("GET", null).statusCode()).isEqualTo(403);
    sandbox.fixtures().revokeKey("probe");
    assertThat(send("GET", null).body()).contains("unauthorized");
    sandbox.reset();
    assertThat(send("GET", null).statusCode()).isEqualTo(200);
  }

  /** A fake of another type, for the type check. */
  abstract static class OtherFake extends Fake {
    OtherFake() {
      super(null, null);
    }
  }
}
