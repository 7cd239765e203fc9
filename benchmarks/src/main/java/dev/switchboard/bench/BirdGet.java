package dev.switchboard.bench;

import static dev.switchboard.bench.LoopbackServer.AGENT_ID;
import static dev.switchboard.bench.LoopbackServer.WORKSPACE;

import dev.switchboard.bench.nativebird.ApiException;
import org.openjdk.jmh.annotations.Benchmark;

/** One full Bird agent: {@code GET /workspaces/w1/agents/a1}, decoded. */
public class BirdGet {
  /**
   * @param s the facade
   * @return the agent
   */
  @Benchmark
  public Object facade(States.Facade s) {
    return Checks.agent(s.bird.get(AGENT_ID).id());
  }

  /**
   * @param s the generated client
   * @return the agent
   */
  @Benchmark
  public Object feign(States.Feign s) {
    return Checks.agent(s.bird.getAgent(WORKSPACE, AGENT_ID).getId());
  }

  /**
   * @param s the baseline
   * @return the agent
   */
  @Benchmark
  public Object raw(States.Raw s) {
    return Checks.agent(s.client.getAgent(WORKSPACE, AGENT_ID).id());
  }

  /**
   * @param s the peer generator's client
   * @return the agent
   * @throws ApiException never, against the loopback server
   */
  @Benchmark
  public Object nativePeer(States.NativePeer s) throws ApiException {
    return Checks.agent(s.bird.getAgent(WORKSPACE, AGENT_ID).getId());
  }
}
