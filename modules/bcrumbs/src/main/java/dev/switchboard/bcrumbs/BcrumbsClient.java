package dev.switchboard.bcrumbs;

import dev.switchboard.bcrumbs.implementation.AgentsQuery;
import dev.switchboard.bcrumbs.implementation.CreateAgentMutation;
import dev.switchboard.bcrumbs.implementation.CreateAgentWithApiKeyMutation;
import dev.switchboard.bcrumbs.implementation.GraphQlPaging;
import dev.switchboard.bcrumbs.implementation.PatchAgentMutation;
import dev.switchboard.bcrumbs.implementation.type.AgentCreateInput;
import dev.switchboard.bcrumbs.implementation.type.AgentCreateWithApiKeyInput;
import dev.switchboard.bcrumbs.implementation.type.AgentPatchInput;
import dev.switchboard.bcrumbs.implementation.type.AgentsInput;
import dev.switchboard.runtime.auth.Credential;
import dev.switchboard.runtime.auth.Secret;
import dev.switchboard.runtime.graphql.GraphQlClient;
import dev.switchboard.runtime.http.ClientBuilder;
import dev.switchboard.runtime.http.ClientConfig;
import dev.switchboard.runtime.paging.PagedIterable;
import java.net.URI;
import java.util.concurrent.CompletableFuture;

/**
 * Entry point for bcrumbs' agent GraphQL API ({@code POST https://gateway.bcrumbs.net/core/gq},
 * header {@code authorization: <raw API key>}, no {@code Bearer}).
 *
 * <pre>{@code
 * BcrumbsClient bcrumbs = BcrumbsClient.builder().apiKey(System.getenv("BCRUMBS_API_KEY")).build();
 * for (AgentsQuery.Node agent : bcrumbs.allAgents(AgentsInput.builder().workspaceId(12).build())) { ... }
 * }</pre>
 *
 * <p>Inputs are the generated input types: a builder field left unset is omitted from the request,
 * one set to {@code null} is sent as an explicit {@code null}. Queries are retried like GETs,
 * mutations never. Thread-safe.
 */
public final class BcrumbsClient {
  /** The provider name used in errors and logs. */
  public static final String PROVIDER = "bcrumbs";
  /** bcrumbs' GraphQL gateway. */
  public static final URI DEFAULT_BASE_URL = URI.create("https://gateway.bcrumbs.net/core/gq");

  private final GraphQlClient graphQl;
  private final GraphQlPaging paging;

  private BcrumbsClient(ClientConfig config) {
    this.graphQl = new GraphQlClient(config);
    this.paging = new GraphQlPaging(PROVIDER, graphQl);
  }

  /**
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * One page of agents.
   *
   * @param input the workspace and filters; for every page, {@link #allAgents(AgentsInput)}
   * @return the page's agents and page info
   */
  public AgentsQuery.Agents agents(AgentsInput input) {
    return graphQl.execute(new AgentsQuery(input)).agents;
  }

  /**
   * Every agent matching the filters, fetched page by page as iteration proceeds, with page access
   * ({@code iterableByPage()}, each page's {@code endCursor} as its continuation token), resuming
   * from a token, {@code map} and {@code collectAsync()}. Generated from the query's paging
   * declaration ({@code specs/bcrumbs/operations/agents.pagination.properties}): the first page
   * sends only the given filters; a next page is asked for only while the previous one says
   * {@code pageInfo.hasNextPage}, with its {@code endCursor} in the input's assumed {@code after}
   * field (see the {@code extend input AgentsInput} block of {@code specs/bcrumbs/schema.graphqls}).
   *
   * @param filters the workspace and filters
   * @return a lazy iterable (each iteration starts over)
   */
  public PagedIterable<AgentsQuery.Node> allAgents(AgentsInput filters) {
    return paging.agents(filters);
  }

  /**
   * @param input the new agent
   * @return the created agent
   */
  public CreateAgentMutation.CreateAgent createAgent(AgentCreateInput input) {
    return graphQl.execute(new CreateAgentMutation(input)).createAgent;
  }

  /**
   * Creates an agent and an API key linked to it, atomically.
   *
   * @param input the new agent and the key's label
   * @return the agent and the key; the raw key can be taken once
   */
  public AgentWithApiKey createAgentWithApiKey(AgentCreateWithApiKeyInput input) {
    CreateAgentWithApiKeyMutation.CreateAgentWithApiKey created =
        graphQl.execute(new CreateAgentWithApiKeyMutation(input)).createAgentWithApiKey;
    CreateAgentWithApiKeyMutation.ApiKey k = created.apiKey;
    // Both halves are nullable in seed 004: what came back is handed on, nothing is invented.
    return new AgentWithApiKey(created.agent,
        k == null ? null : new IssuedApiKey(k.id, k.workspaceId, k.label, k.agentId, k.createdAt, k.key));
  }

  /**
   * Renames an agent (bcrumbs lets only name and surname change).
   *
   * @param input the agent and its new names
   * @return the updated agent
   */
  public PatchAgentMutation.PatchAgent patchAgent(AgentPatchInput input) {
    return graphQl.execute(new PatchAgentMutation(input)).patchAgent;
  }

  /**
   * Non-blocking {@link #agents(AgentsInput)}.
   *
   * @param input the workspace, filters and paging
   * @return completes with the page
   */
  public CompletableFuture<AgentsQuery.Agents> agentsAsync(AgentsInput input) {
    return graphQl.executeAsync(new AgentsQuery(input)).thenApply(d -> d.agents);
  }

  /**
   * Non-blocking {@link #createAgent(AgentCreateInput)}.
   *
   * @param input the new agent
   * @return completes with the created agent
   */
  public CompletableFuture<CreateAgentMutation.CreateAgent> createAgentAsync(AgentCreateInput input) {
    return graphQl.executeAsync(new CreateAgentMutation(input)).thenApply(d -> d.createAgent);
  }

  /**
   * Non-blocking {@link #patchAgent(AgentPatchInput)}.
   *
   * @param input the agent and its new names
   * @return completes with the updated agent
   */
  public CompletableFuture<PatchAgentMutation.PatchAgent> patchAgentAsync(AgentPatchInput input) {
    return graphQl.executeAsync(new PatchAgentMutation(input)).thenApply(d -> d.patchAgent);
  }

  /**
   * The transport, for running other generated operations with the same settings.
   *
   * @return the GraphQL client
   */
  public GraphQlClient graphQl() {
    return graphQl;
  }

  /** Configures a {@link BcrumbsClient}. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Credential credential;

    private Builder() {
      super(PROVIDER, DEFAULT_BASE_URL);
    }

    /**
     * @param apiKey the raw API key, sent as the {@code authorization} header
     * @return this
     */
    public Builder apiKey(String apiKey) {
      this.credential = Credential.header("authorization", Secret.of(apiKey, "apiKey"));
      return this;
    }

    @Override
    protected Credential credential() {
      if (credential == null) {
        throw new IllegalStateException("bcrumbs: set apiKey(..) before build()");
      }
      return credential;
    }

    /**
     * @return the client
     */
    public BcrumbsClient build() {
      return new BcrumbsClient(config());
    }
  }
}
