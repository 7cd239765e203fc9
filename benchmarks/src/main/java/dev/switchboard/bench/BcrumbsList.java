package dev.switchboard.bench;

import static dev.switchboard.bench.LoopbackServer.BCRUMBS_WORKSPACE;
import static dev.switchboard.bench.LoopbackServer.GRAPHQL_PATH;
import static dev.switchboard.bench.LoopbackServer.PAGE_SIZE;

import dev.switchboard.bcrumbs.graphql.type.AgentsInput;
import dev.switchboard.facade.AgentQuery;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.infra.Blackhole;

/**
 * One bcrumbs GraphQL {@code agents} page of 100 (last page), every agent handed to the
 * blackhole. No peer generator: openapi-generator does not read GraphQL.
 */
public class BcrumbsList {
  private static final AgentQuery QUERY = AgentQuery.ALL.withPageSize(PAGE_SIZE);

  /**
   * @param s the facade
   * @param bh sink
   * @return agents seen
   */
  @Benchmark
  public int facade(States.Facade s, Blackhole bh) {
    return Checks.page(s.bcrumbs.list(QUERY), bh);
  }

  /**
   * The SDK's bcrumbs client (Apollo operation over the shared runtime), no facade.
   *
   * @param s the client
   * @param bh sink
   * @return agents seen
   */
  @Benchmark
  public int client(States.Feign s, Blackhole bh) {
    AgentsInput input = AgentsInput.builder().workspaceId(BCRUMBS_WORKSPACE).build();
    return Checks.page(s.bcrumbs.agents(input).nodes, bh);
  }

  /**
   * @param s the baseline
   * @param bh sink
   * @return agents seen
   */
  @Benchmark
  public int raw(States.Raw s, Blackhole bh) {
    return Checks.page(s.client.bcrumbsAgents(GRAPHQL_PATH, BCRUMBS_WORKSPACE).nodes(), bh);
  }
}
