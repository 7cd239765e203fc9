package dev.switchboard.bird;

import dev.switchboard.bird.api.AgentsApi.ListAgentsQueryParams;
import dev.switchboard.bird.model.AgentCreate;
import dev.switchboard.bird.model.AgentStatus;
import dev.switchboard.bird.model.AgentType;
import dev.switchboard.bird.model.AvailabilityUpdate;
import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.spi.BaseDirectory;
import dev.switchboard.facade.spi.StatusMapping;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.paging.PagedIterable;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Bird workspace agents: everything is supported. Lists page by Bird's {@code nextPageToken} (an
 * empty token ends the list); the email and name filters are sent to Bird's server, and the name
 * filter is applied again locally.
 * An agent's email comes from its Bird user, so {@link NewAgent#email()} is not sent on create;
 * {@link NewAgent#role()} is Bird's agent type ({@code user} by default) and
 * {@link NewAgent#userId()} the Bird user (a UUID). Updates may change name, avatar and
 * availability.
 */
public final class BirdDirectory extends BaseDirectory {
  private static final Set<String> UPDATABLE = Set.of("name", "avatarUrl", "availability");
  private static final int MAX_PAGE = 100;

  /**
   * Bird's rules: agents are matched by name (an agent's email belongs to its Bird user and is not
   * sent on create); a create needs only the name and leaves the status to a separate call.
   */
  public static final PlatformDescription DESCRIPTION = PlatformDescription.builder(PlatformDescription.MatchKey.NAME)
      .requiredToCreate("name")
      .updatable(UPDATABLE)
      .createSetsAvailability(false)
      .rename(PlatformDescription.Rename.IN_PLACE)
      // Bird answers 429 with Retry-After (specs/bird/openapi.yaml, the 429 response); neither
      // seed 001_8504f714c9775307.txt nor the spec gives a number.
      .rateLimit(PlatformDescription.RateLimit.unknown(
          "seed 001_8504f714c9775307.txt and specs/bird/openapi.yaml: 429 with Retry-After, no number"))
      // The seed shows only the limit's default (10); the maximum of 100 is the one in
      // specs/bird/openapi.yaml (listAgents, parameter limit), which gives no source for it: an
      // assumption to check against Bird, and the one this directory already caps at.
      .pageSize(new PlatformDescription.PageSize(MAX_PAGE, "specs/bird/openapi.yaml listAgents limit maximum "
          + "(unsourced there; seed 001_8504f714c9775307.txt shows only the default 10)"))
      .build();

  private static final StatusMapping<AgentStatus> STATUS = new StatusMapping<>("bird",
      AgentStatus.ACTIVE, AgentStatus.AWAY, AgentStatus.OFFLINE);

  private final BirdClient client;
  private final String workspaceId;

  private BirdDirectory(BirdClient client, String workspaceId) {
    super(Platform.BIRD, EnumSet.allOf(Capability.class), DESCRIPTION);
    this.client = client;
    this.workspaceId = workspaceId;
  }

  /**
   * @param client a configured Bird client
   * @param workspaceId the workspace whose agents this directory manages
   * @return the directory
   */
  public static BirdDirectory of(BirdClient client, String workspaceId) {
    if (workspaceId == null || workspaceId.isBlank()) {
      throw new IllegalArgumentException("workspaceId must not be blank");
    }
    return new BirdDirectory(java.util.Objects.requireNonNull(client, "client"), workspaceId);
  }

  @Override
  protected PagedIterable<Agent> listing(AgentQuery query) {
    return client.agentsPaging().listAgents(workspaceId, params(query)).map(a -> agent(a, "listAgents"));
  }

  private static ListAgentsQueryParams params(AgentQuery query) {
    ListAgentsQueryParams p = new ListAgentsQueryParams();
    if (query.pageSize() > 0) {
      p.limit(Math.min(query.pageSize(), MAX_PAGE));
    }
    if (query.name() != null) {
      // Narrows on Bird's server (seed 001: "Filter by agent name"); the local filter still decides,
      // so Bird's own matching rule cannot widen the result.
      p.name(query.name());
    }
    if (query.email() != null) {
      p.email(query.email());
    }
    return p;
  }

  @Override
  public Agent get(String id) {
    return agent(client.agents().getAgent(workspaceId, id), "getAgent");
  }

  @Override
  public CompletableFuture<Agent> getAsync(String id) {
    return async(() -> client.agentsAsync().getAgent(workspaceId, id).thenApply(a -> agent(a, "getAgent")));
  }

  @Override
  public Agent create(NewAgent agent) {
    return agent(client.agents().createAgent(workspaceId, toCreate(agent)), "createAgent");
  }

  @Override
  public CompletableFuture<Agent> createAsync(NewAgent agent) {
    return async(() -> client.agentsAsync().createAgent(workspaceId, toCreate(agent)).thenApply(a -> agent(a, "createAgent")));
  }

  @Override
  public Agent update(String id, AgentUpdate update) {
    return agent(client.agents().updateAgent(workspaceId, id, toUpdate(update)), "updateAgent");
  }

  @Override
  public CompletableFuture<Agent> updateAsync(String id, AgentUpdate update) {
    return async(() -> client.agentsAsync().updateAgent(workspaceId, id, toUpdate(update)).thenApply(a -> agent(a, "updateAgent")));
  }

  @Override
  public void delete(String id) {
    client.agents().deleteAgent(workspaceId, id);
  }

  @Override
  public CompletableFuture<Void> deleteAsync(String id) {
    return async(() -> client.agentsAsync().deleteAgent(workspaceId, id));
  }

  @Override
  public Availability availability(String id) {
    return STATUS.toAvailability(present(client.agents().getAgentAvailability(workspaceId, id), "getAgentAvailability").getStatus());
  }

  @Override
  public CompletableFuture<Availability> availabilityAsync(String id) {
    return async(() -> client.agentsAsync().getAgentAvailability(workspaceId, id)
        .thenApply(a -> STATUS.toAvailability(present(a, "getAgentAvailability").getStatus())));
  }

  @Override
  public void setAvailability(String id, Availability availability) {
    client.agents().updateAgentAvailability(workspaceId, id, toAvailability(availability));
  }

  @Override
  public CompletableFuture<Void> setAvailabilityAsync(String id, Availability availability) {
    return async(() -> client.agentsAsync().updateAgentAvailability(workspaceId, id, toAvailability(availability))
        .thenApply(a -> null));
  }

  /**
   * @return the Bird client, for uploads, workload and the rest of the API
   */
  @Override
  public BirdClient client() {
    return client;
  }

  private AgentCreate toCreate(NewAgent a) {
    if (a == null) {
      throw new InvalidInputException("bird", "createAgent", "agent", "is required");
    }
    AgentType type = AgentType.fromValue(a.role() == null ? "user" : a.role());
    if (type == AgentType.UNKNOWN_DEFAULT_OPEN_API) {
      throw new InvalidInputException("bird", "createAgent", "role", "is not a Bird agent type: " + a.role());
    }
    AgentCreate c = new AgentCreate().name(require(a.name(), "name", "createAgent")).type(type);
    if (a.userId() != null) {
      c.userId(uuid(a.userId(), "userId", "createAgent"));
    }
    return c;
  }

  private AvailabilityUpdate toAvailability(Availability a) {
    return new AvailabilityUpdate().status(STATUS.toPlatform(a, "updateAgentAvailability"));
  }

  private dev.switchboard.bird.model.AgentUpdate toUpdate(AgentUpdate u) {
    onlyChanges(u, "updateAgent", UPDATABLE);
    var body = new dev.switchboard.bird.model.AgentUpdate();
    u.name().ifChanged(body::name);
    u.avatarUrl().ifChanged(body::avatarUrl); // a clear is sent as an explicit null
    u.availability().ifChanged(av -> body.status(STATUS.toPlatform(av, "updateAgent")));
    return body;
  }

  private static UUID uuid(String value, String field, String operation) {
    try {
      return UUID.fromString(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("bird", operation, field, "must be a UUID, was '" + value + "'");
    }
  }





  private Agent agent(dev.switchboard.bird.model.Agent a, String operation) {
    String id = idOf(present(a, operation).getId(), "id", operation);
    String email = a.getUserEmails() == null || a.getUserEmails().isEmpty() ? null : a.getUserEmails().get(0);
    return new Agent(Platform.BIRD, id, a.getName(), email,
        a.getType() == null ? null : a.getType().getValue(), STATUS.toAvailability(a.getStatus()), a);
  }
}
