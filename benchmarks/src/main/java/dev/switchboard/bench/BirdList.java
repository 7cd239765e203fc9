package dev.switchboard.bench;

import static dev.switchboard.bench.LoopbackServer.PAGE_SIZE;
import static dev.switchboard.bench.LoopbackServer.WORKSPACE;

import dev.switchboard.bench.nativebird.ApiException;
import dev.switchboard.bird.api.AgentsApi.ListAgentsQueryParams;
import dev.switchboard.facade.AgentQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One page of 100 full Bird agents ({@code GET /workspaces/w1/agents?limit=100}, last page),
 * every agent handed to the blackhole.
 */
public class BirdList {
  private static final AgentQuery QUERY = AgentQuery.ALL.withPageSize(PAGE_SIZE);

  /**
   * The facade's auto-pager, first (and only) page consumed.
   *
   * @param s the facade
   * @param bh sink
   * @return agents seen
   */
  @Benchmark
  public int facade(States.Facade s, Blackhole bh) {
    return Checks.page(s.bird.list(QUERY), bh);
  }

  /**
   * @param s the generated client
   * @param bh sink
   * @return agents seen
   */
  @Benchmark
  public int feign(States.Feign s, Blackhole bh) {
    return Checks.page(s.bird.listAgents(WORKSPACE, new ListAgentsQueryParams().limit(PAGE_SIZE)).getResults(), bh);
  }

  /**
   * @param s the baseline
   * @param bh sink
   * @return agents seen
   */
  @Benchmark
  public int raw(States.Raw s, Blackhole bh) {
    return Checks.page(s.client.listAgents(WORKSPACE, PAGE_SIZE, null).results(), bh);
  }

  /**
   * @param s the peer generator's client
   * @param bh sink
   * @return agents seen
   * @throws ApiException never, against the loopback server
   */
  @Benchmark
  public int nativePeer(States.NativePeer s, Blackhole bh) throws ApiException {
    return Checks.page(
        s.bird.listAgents(WORKSPACE, PAGE_SIZE, null, null, null, null, null, null, null, null, null).getResults(), bh);
  }
}
