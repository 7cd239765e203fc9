package dev.switchboard.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import dev.switchboard.runtime.http.RetryPolicy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.Platforms;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxSwitchboard;
import dev.switchboard.testing.tck.PlatformContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shared directory tests ({@link PlatformContract}) on the toy platform, found by ServiceLoader
 * like any other; and the recipe's promise, counted: this module is at most 8 files.
 */
class ToyPlatformTest extends PlatformContract {
  @Test
  void theToyIsInstalledAndServedByTheSandboxWithNoOtherEdit() {
    assertThat(Platforms.installed().stream().map(PlatformProvider::platform)).containsExactly(Platform.of("toy"));
    assertThat(platforms()).hasSize(1);
    try (Sandbox sandbox = Sandbox.start(0)) {
      sandbox.seedDemoData();
      Switchboard sb = SandboxSwitchboard.of(sandbox);
      assertThat(sb.directory(Platform.of("toy")).list().stream().map(a -> a.name()))
          .containsExactly("Toy Greeter");
    }
  }

  /**
   * Issue 22, the REST pager: a page whose flag says more follow but that has no cursor is typed, not
   * a silent end (the generated {@code AgentsApiPaging}, from codegen/templates/java-feign).
   */
  @Test
  void aPageThatSaysMoreFollowWithoutACursorIsTyped() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/agents", exchange -> {
      byte[] page = "{\"items\":[{\"id\":\"a\",\"name\":\"A\",\"status\":\"online\"},{\"id\":\"b\",\"name\":\"B\",\"status\":\"online\"}],\"more\":true}"
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, page.length);
      exchange.getResponseBody().write(page);
      exchange.close();
    });
    server.start();
    try {
      ToyDirectory toy = new ToyDirectory.Client().baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
          .key("k").retryPolicy(RetryPolicy.none()).build();
      assertThatThrownBy(() -> toy.list().stream().count()).isInstanceOfSatisfying(UnexpectedResponseException.class, e -> {
        assertThat(e.operation()).isEqualTo("listAgents");
        assertThat(e.getMessage()).contains("more");
      });
      assertThatThrownBy(() -> toy.listAsync(AgentQuery.ALL).get(10, TimeUnit.SECONDS))
          .hasCauseInstanceOf(UnexpectedResponseException.class);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void theWholePlatformIsAtMostEightFiles() throws IOException {
    // Surefire runs in the module's directory: everything here but the build output is the platform.
    try (Stream<Path> files = Files.walk(Path.of("."))) {
      List<String> sources = files.filter(Files::isRegularFile).map(Path::normalize).map(Path::toString)
          .filter(p -> !p.startsWith("target")).sorted().collect(Collectors.toList());
      assertThat(sources).hasSizeLessThanOrEqualTo(8).contains("pom.xml",
          "src/test/resources/switchboard-specs/toy/openapi.yaml",
          "src/test/java/dev/switchboard/toy/ToyDirectory.java",
          "src/test/java/dev/switchboard/toy/ToyFake.java",
          "src/test/resources/META-INF/services/dev.switchboard.facade.spi.PlatformProvider",
          "src/test/resources/META-INF/services/dev.switchboard.sandbox.spi.FakeProvider",
          "src/test/java/dev/switchboard/toy/ToyPlatformTest.java");
    }
  }
}
