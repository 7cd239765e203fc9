package dev.switchboard.bcrumbs;

import dev.switchboard.bcrumbs.graphql.AgentsQuery;
import dev.switchboard.bcrumbs.graphql.CreateAgentMutation;
import dev.switchboard.bcrumbs.graphql.CreateAgentWithApiKeyMutation;
import dev.switchboard.bcrumbs.internal.GraphQlPaging;
import dev.switchboard.bcrumbs.graphql.PatchAgentMutation;
import dev.switchboard.bcrumbs.graphql.type.AgentCreateInput;
import dev.switchboard.bcrumbs.graphql.type.AgentCreateWithApiKeyInput;
import dev.switchboard.bcrumbs.graphql.type.AgentPatchInput;
import dev.switchboard.bcrumbs.graphql.type.AgentsInput;
import dev.switchboard.runtime.auth.Credential;
import dev.switchboard.runtime.auth.Secret;
import dev.switchboard.runtime.internal.graphql.GraphQlClient;
import dev.switchboard.runtime.http.ClientBuilder;
import dev.switchboard.runtime.http.ClientConfig;
import dev.switchboard.runtime.http.RequestOptions;
import dev.switchboard.runtime.internal.RequestScope;
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

  // Each operation again with RequestOptions last: a deadline, extra headers, a response hook for this call only.

  /**
   * {@link #agents(AgentsInput)} with options for this call only.
   *
   * @param input see {@link #agents(AgentsInput)}
   * @param options the options, or null for none
   * @return the page
   */
  public AgentsQuery.Agents agents(AgentsInput input, RequestOptions options) {
    return RequestScope.call(options, () -> agents(input));
  }

  /**
   * {@link #allAgents(AgentsInput)} with options for this call only.
   *
   * @param input see {@link #allAgents(AgentsInput)}
   * @param options the options, or null for none
   * @return a lazy iterable whose every page is a request of this call
   */
  public PagedIterable<AgentsQuery.Node> allAgents(AgentsInput input, RequestOptions options) {
    return RequestScope.call(options, () -> allAgents(input));
  }

  /**
   * {@link #agentsAsync(AgentsInput)} with options for this call only.
   *
   * @param input see {@link #agentsAsync(AgentsInput)}
   * @param options the options, or null for none
   * @return completes with the page
   */
  public CompletableFuture<AgentsQuery.Agents> agentsAsync(AgentsInput input, RequestOptions options) {
    return RequestScope.call(options, () -> agentsAsync(input));
  }

  /**
   * {@link #createAgent(AgentCreateInput)} with options for this call only.
   *
   * @param input see {@link #createAgent(AgentCreateInput)}
   * @param options the options, or null for none
   * @return the created agent
   */
  public CreateAgentMutation.CreateAgent createAgent(AgentCreateInput input, RequestOptions options) {
    return RequestScope.call(options, () -> createAgent(input));
  }

  /**
   * {@link #createAgentAsync(AgentCreateInput)} with options for this call only.
   *
   * @param input see {@link #createAgentAsync(AgentCreateInput)}
   * @param options the options, or null for none
   * @return completes with the created agent
   */
  public CompletableFuture<CreateAgentMutation.CreateAgent> createAgentAsync(AgentCreateInput input, RequestOptions options) {
    return RequestScope.call(options, () -> createAgentAsync(input));
  }

  /**
   * {@link #createAgentWithApiKey(AgentCreateWithApiKeyInput)} with options for this call only.
   *
   * @param input see {@link #createAgentWithApiKey(AgentCreateWithApiKeyInput)}
   * @param options the options, or null for none
   * @return the agent and the key
   */
  public AgentWithApiKey createAgentWithApiKey(AgentCreateWithApiKeyInput input, RequestOptions options) {
    return RequestScope.call(options, () -> createAgentWithApiKey(input));
  }

  /**
   * {@link #patchAgent(AgentPatchInput)} with options for this call only.
   *
   * @param input see {@link #patchAgent(AgentPatchInput)}
   * @param options the options, or null for none
   * @return the updated agent
   */
  public PatchAgentMutation.PatchAgent patchAgent(AgentPatchInput input, RequestOptions options) {
    return RequestScope.call(options, () -> patchAgent(input));
  }

  /**
   * {@link #patchAgentAsync(AgentPatchInput)} with options for this call only.
   *
   * @param input see {@link #patchAgentAsync(AgentPatchInput)}
   * @param options the options, or null for none
   * @return completes with the updated agent
   */
  public CompletableFuture<PatchAgentMutation.PatchAgent> patchAgentAsync(AgentPatchInput input, RequestOptions options) {
    return RequestScope.call(options, () -> patchAgentAsync(input));
  }

  /**
   * The transport, for running other generated operations with the same settings.
   *
   * @return the GraphQL client
   */
  GraphQlClient graphQl() {
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
