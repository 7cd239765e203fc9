package dev.switchboard.bench;

import static dev.switchboard.bench.LoopbackServer.AGENT_ID;
import static dev.switchboard.bench.LoopbackServer.WORKSPACE;

import dev.switchboard.bird.api.AgentsApi;
import dev.switchboard.runtime.http.JdkHttpTransport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link BirdGet} with the SDK's client unchanged on java.net.http instead of OkHttp
 * ({@link JdkHttpTransport}, the runtime's public transport). Not part of the default run (see BENCHMARKS.md).
 */
public class BirdGetBreakdown {
  /** The client. */
  @State(Scope.Benchmark)
  public static class Jdk {
    AgentsApi bird;

    /** Builds it. */
    @Setup(Level.Trial)
    public void setup() {
      bird = Contenders.onJdk(Contenders.config(Contenders.port())).client(AgentsApi.class);
      Checks.deep(bird.getAgent(WORKSPACE, AGENT_ID));
      States.warmUp(() -> bird.getAgent(WORKSPACE, AGENT_ID));
    }
  }

  /**
   * @param s the client
   * @return the agent
   */
  @Benchmark
  public Object feignJdk(Jdk s) {
    return Checks.agent(s.bird.getAgent(WORKSPACE, AGENT_ID).getId());
  }
}
