package dev.switchboard.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.Platforms;
import dev.switchboard.facade.spi.Settings;
import dev.switchboard.runtime.testing.IdleClosingServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every facade write of every platform, each 1 s after the previous call, through a proxy that
 * closes keep-alive connections idle for 300 ms (as Node's server does after 5 s, and many proxies
 * sooner): the connection each write would reuse is dead when it is taken. Each write must succeed
 * and reach the sandbox exactly once, sync and async, with the default retry policy.
 */
class StaleConnectionFacadeTest {
  private static final Duration GAP = Duration.ofSeconds(1);

  /** One platform's run: its proxy, the calls made, and what the proxy received. */
  record Run(Platform platform, IdleClosingServer proxy, int calls) {}

  @Test
  void everyWriteAfterAnIdleCloseArrivesExactlyOnceSyncAndAsync() throws Exception {
    try (Sandbox sandbox = Sandbox.start(0)) {
      sandbox.seedDemoData();
      String upstream = "http://127.0.0.1:" + sandbox.port();
      List<CompletableFuture<Run>> runs = new ArrayList<>();
      List<IdleClosingServer> proxies = new ArrayList<>();
      try {
        for (PlatformProvider provider : Platforms.installed()) {
          String id = provider.platform().id();
          if (!sandbox.platforms().contains(id)) {
            continue;
          }
          // A proxy per platform: the platforms run at once, and each one's connections stay its own.
          IdleClosingServer proxy = new IdleClosingServer(Duration.ofMillis(300), IdleClosingServer.proxyTo(upstream));
          proxies.add(proxy);
          Map<String, String> settings = new HashMap<>();
          sandbox.clientSettings(id).forEach((name, value) ->
              settings.put(Settings.key(provider.platform(), name), value.replace(upstream, proxy.baseUrl())));
          AgentDirectory d = provider.directory(Settings.of(settings).forPlatform(provider.platform()));
          runs.add(CompletableFuture.supplyAsync(() -> new Run(d.platform(), proxy, writes(d))));
        }
        List<String> checked = new ArrayList<>();
        for (CompletableFuture<Run> f : runs) {
          Run run = f.get(2, TimeUnit.MINUTES);
          List<String> writes = run.proxy().received().stream().filter(StaleConnectionFacadeTest::isWrite)
              .map(r -> r.method() + " " + r.target() + " " + r.text()).toList();
          assertThat(writes).as(run.platform().id() + ": no write received twice").doesNotHaveDuplicates();
          assertThat(writes).as(run.platform().id() + ": every write received").hasSizeGreaterThanOrEqualTo(run.calls());
          // The premise: the proxy did close the connections the writes would have reused.
          assertThat(run.proxy().closedIdle()).as(run.platform().id() + ": idle closes")
              .isGreaterThanOrEqualTo(run.calls() - 1);
          checked.add(run.platform().id());
        }
        assertThat(checked).hasSize(7);
      } finally {
        proxies.forEach(IdleClosingServer::close);
      }
    }
  }

  /** The writes this platform supports, sync then async, each after a pause: returns how many. */
  private static int writes(AgentDirectory d) {
    List<Supplier<Object>> calls = new ArrayList<>();
    for (boolean async : new boolean[] {false, true}) {
      String[] created = new String[1];
      if (d.supports(Capability.CREATE)) {
        NewAgent agent = NewAgent.named("Stale " + async).email("stale-" + UUID.randomUUID() + "@example.com")
            .userId(UUID.randomUUID().toString()).build();
        calls.add(() -> created[0] = (async ? d.createAsync(agent).join() : d.create(agent)).id());
      }
      Supplier<String> target = () -> created[0] != null ? created[0] : d.list().iterator().next().id();
      AgentUpdate update = d.description().updatable().contains("name")
          ? AgentUpdate.builder().name("Renamed " + async).build() : AgentUpdate.builder().role("administrator").build();
      if (d.supports(Capability.UPDATE)) {
        calls.add(() -> async ? d.updateAsync(target.get(), update).join() : d.update(target.get(), update));
      }
      if (d.supports(Capability.SET_AVAILABILITY)) {
        String who = d.platform().id().equals("chatcaptain") ? "me" : null;
        // Not what a create sets (LiveChat's create sets its bot offline): two equal bodies would read as one sent twice.
        Availability a = async ? Availability.ONLINE : who != null ? Availability.OFFLINE : Availability.AWAY;
        calls.add(() -> {
          String id = who != null ? who : target.get();
          return async ? d.setAvailabilityAsync(id, a).join() : set(d, id, a);
        });
      }
      if (d.supports(Capability.DELETE) && d.supports(Capability.CREATE)) {
        calls.add(() -> async ? d.deleteAsync(created[0]).join() : delete(d, created[0]));
      }
    }
    for (Supplier<Object> call : calls) {
      sleep(GAP);
      call.get(); // throws if the write failed
    }
    return calls.size();
  }

  private static Object set(AgentDirectory d, String id, Availability a) {
    d.setAvailability(id, a);
    return null;
  }

  private static Object delete(AgentDirectory d, String id) {
    d.delete(id);
    return null;
  }

  /** What changes state: every method but GET, except GraphQL queries and LiveChat's read actions. */
  private static boolean isWrite(IdleClosingServer.Request r) {
    if (r.method().equals("GET") || r.method().equals("HEAD")) {
      return false;
    }
    String body = r.text();
    return !(body.contains("\"query\":\"query ") || r.target().matches(".*/(get|list)_[a-z_]+$"));
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
