package dev.switchboard.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.runtime.error.SwitchboardException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Issue 24, item 4: a platform the starter has never heard of (tests/toy-platform, on this test
 * classpath only, found by ServiceLoader) is configured through {@code switchboard.toy.*} like a
 * shipped one: a directory bean, in the Switchboard, its key on the wire, its retry setting obeyed,
 * and its wrong value reported by its property. Nothing in the starter names it.
 */
class PluggablePlatformTest {
  private static final Platform TOY = Platform.of("toy");
  private static final byte[] PAGE = "{\"items\":[{\"id\":\"t1\",\"name\":\"Toy Greeter\",\"status\":\"online\"}],\"more\":false}"
      .getBytes(StandardCharsets.UTF_8);

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(SwitchboardAutoConfiguration.class));
  private final List<String> keysSeen = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private HttpServer server;

  @BeforeEach
  void toyServer() throws IOException {
    // The toy's list operation on loopback: 503 while failuresLeft lasts, then one page.
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/agents", exchange -> {
      requests.incrementAndGet();
      keysSeen.add(String.valueOf(exchange.getRequestHeaders().getFirst("x-toy-key")));
      if (failuresLeft.getAndDecrement() > 0) {
        exchange.sendResponseHeaders(503, -1);
      } else {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, PAGE.length);
        exchange.getResponseBody().write(PAGE);
      }
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Test
  void theToyIsConfiguredThroughItsOwnProperties() {
    runner.withPropertyValues("switchboard.toy.key=k-toy-1", "switchboard.toy.url=" + url(), "switchboard.toy.call-timeout=5s")
        .run(context -> {
          assertThat(context).hasNotFailed().hasBean("toyAgentDirectory");
          Switchboard switchboard = context.getBean(Switchboard.class);
          assertThat(switchboard.directories()).extracting(AgentDirectory::platform).containsExactly(TOY);
          AgentDirectory toy = context.getBean("toyAgentDirectory", AgentDirectory.class);
          assertThat(toy).isSameAs(switchboard.directory(TOY));

          assertThat(toy.list().stream().map(Agent::name)).containsExactly("Toy Greeter");
          assertThat(keysSeen).containsExactly("k-toy-1");
        });
  }

  @Test
  void itsSharedClientPropertiesApplyToo() {
    // Three answers of 503 to come: with retries off the call fails after one request.
    failuresLeft.set(3);
    runner.withPropertyValues("switchboard.toy.key=k-toy-1", "switchboard.toy.url=" + url(),
        "switchboard.toy.retry.max-attempts=1").run(context -> {
          AgentDirectory toy = context.getBean(Switchboard.class).directory(TOY);
          assertThatThrownBy(() -> toy.list().stream().count()).isInstanceOf(SwitchboardException.class);
          assertThat(requests).hasValue(1);
        });
  }

  @Test
  void itsWrongValueIsReportedByItsProperty() {
    runner.withPropertyValues("switchboard.toy.key=k-toy-1", "switchboard.toy.url=" + url(),
        "switchboard.toy.retry.max-attempts=0").run(context -> {
          assertThat(context).hasFailed();
          FailureAnalysis analysis = new SwitchboardSettingsFailureAnalyzer().analyze(context.getStartupFailure());
          assertThat(analysis).isNotNull();
          assertThat(analysis.getDescription()).startsWith(
              "Switchboard could not configure a platform: switchboard.toy.retry.max-attempts: ");
          assertThat(analysis.getAction()).contains("Set 'switchboard.toy.retry.max-attempts'",
              "SWITCHBOARD_TOY_RETRY_MAX_ATTEMPTS");
        });
  }

  @Test
  void unsetItIsNotThere() {
    runner.withPropertyValues("switchboard.toy.url=" + url()).run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean("toyAgentDirectory");
      assertThat(context.getBean(Switchboard.class).directories()).isEmpty();
    });
  }
}
