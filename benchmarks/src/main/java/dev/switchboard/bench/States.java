package dev.switchboard.bench;

import dev.switchboard.bcrumbs.BcrumbsClient;
import dev.switchboard.bench.raw.RawClients;
import dev.switchboard.bird.api.AgentsApi;
import dev.switchboard.bcrumbs.BcrumbsDirectory;
import dev.switchboard.bird.BirdDirectory;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One JMH state per contender, shared by all benchmark threads (every client is thread-safe and
 * meant to be shared). JMH builds only the states the running benchmark uses.
 */
public final class States {
  private States() {}

  /**
   * With {@code -Dbench.setupWarmup=PT5S} (benchmarks/run sets it for the 16-caller run), each
   * contender first runs its calls on one thread for that long, before JMH's own warm-up. On 2
   * cores, 16 calling threads starve the JIT compiler threads: without this, C2 was still compiling
   * 1.5 to 3 s per 2 s iteration during the measurement, and results swung from run to run.
   */
  static void warmUp(Runnable... calls) {
    String value = System.getProperty("bench.setupWarmup");
    if (value == null) {
      return;
    }
    long deadline = System.nanoTime() + java.time.Duration.parse(value).toNanos();
    while (System.nanoTime() < deadline) {
      for (Runnable call : calls) {
        call.run();
      }
    }
  }

  /** (a) The facade: {@code AgentDirectory} over the SDK clients. */
  @State(Scope.Benchmark)
  public static class Facade {
    BirdDirectory bird;
    BcrumbsDirectory bcrumbs;

    /** Builds the directories. */
    @Setup(Level.Trial)
    public void setup() {
      int port = Contenders.port();
      bird = Contenders.birdDirectory(port, LoopbackServer.WORKSPACE);
      bcrumbs = Contenders.bcrumbsDirectory(port);
      Checks.deep(bird.get(LoopbackServer.AGENT_ID).raw(dev.switchboard.bird.model.Agent.class).orElseThrow());
      dev.switchboard.facade.AgentQuery query = dev.switchboard.facade.AgentQuery.ALL.withPageSize(LoopbackServer.PAGE_SIZE);
      warmUp(() -> bird.get(LoopbackServer.AGENT_ID), () -> bird.list(query).forEach(a -> { }),
          () -> bcrumbs.list(query).forEach(a -> { }));
    }
  }

  /**
   * (b) The generated client and the GraphQL client, without the facade. Named {@code Feign}, as
   * are the {@code feign} benchmarks, from before issue 26, so runs still pair with older builds.
   */
  @State(Scope.Benchmark)
  public static class Feign {
    AgentsApi bird;
    BcrumbsClient bcrumbs;

    /** Builds the clients. */
    @Setup(Level.Trial)
    public void setup() {
      int port = Contenders.port();
      bird = Contenders.bird(port).agents();
      bcrumbs = Contenders.bcrumbs(port);
      Checks.deep(bird.getAgent(LoopbackServer.WORKSPACE, LoopbackServer.AGENT_ID));
      warmUp(() -> bird.getAgent(LoopbackServer.WORKSPACE, LoopbackServer.AGENT_ID),
          () -> bird.listAgents(LoopbackServer.WORKSPACE,
              new AgentsApi.ListAgentsQueryParams().limit(LoopbackServer.PAGE_SIZE)),
          () -> bcrumbs.agents(dev.switchboard.bcrumbs.graphql.type.AgentsInput.builder()
              .workspaceId(LoopbackServer.BCRUMBS_WORKSPACE).build()));
    }
  }

  /** (c) The baseline: java.net.http + Jackson into records. */
  @State(Scope.Benchmark)
  public static class Raw {
    RawClients client;

    /** Builds the client. */
    @Setup(Level.Trial)
    public void setup() {
      client = Contenders.raw(Contenders.port());
      Checks.deep(client.getAgent(LoopbackServer.WORKSPACE, LoopbackServer.AGENT_ID));
      warmUp(() -> client.getAgent(LoopbackServer.WORKSPACE, LoopbackServer.AGENT_ID),
          () -> client.listAgents(LoopbackServer.WORKSPACE, LoopbackServer.PAGE_SIZE, null),
          () -> client.bcrumbsAgents(LoopbackServer.GRAPHQL_PATH, LoopbackServer.BCRUMBS_WORKSPACE));
    }
  }

  /** (d) The peer: openapi-generator java/native from the same spec. */
  @State(Scope.Benchmark)
  public static class NativePeer {
    dev.switchboard.bench.nativebird.api.AgentsApi bird;

    /** Builds the client. */
    @Setup(Level.Trial)
    public void setup() throws dev.switchboard.bench.nativebird.ApiException {
      bird = Contenders.nativePeer(Contenders.port());
      Checks.deep(bird.getAgent(LoopbackServer.WORKSPACE, LoopbackServer.AGENT_ID));
      warmUp(() -> {
        try {
          bird.getAgent(LoopbackServer.WORKSPACE, LoopbackServer.AGENT_ID);
          bird.listAgents(LoopbackServer.WORKSPACE, LoopbackServer.PAGE_SIZE, null, null, null, null, null, null, null,
              null, null);
        } catch (dev.switchboard.bench.nativebird.ApiException e) {
          throw new IllegalStateException(e);
        }
      });
    }
  }
}
