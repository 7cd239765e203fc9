package dev.switchboard.bench;

import dev.switchboard.bcrumbs.BcrumbsClient;
import dev.switchboard.bench.raw.RawClients;
import dev.switchboard.bird.implementation.api.AgentsApi;
import dev.switchboard.facade.platform.BcrumbsDirectory;
import dev.switchboard.facade.platform.BirdDirectory;
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
      Checks.deep(bird.get(LoopbackServer.AGENT_ID).raw(dev.switchboard.bird.implementation.model.Agent.class).orElseThrow());
    }
  }

  /** (b) The generated Feign client and the GraphQL client, without the facade. */
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
    }
  }
}
