package dev.switchboard.bcrumbs;

import com.apollographql.apollo3.api.Optional;
import dev.switchboard.bcrumbs.graphql.type.AgentCreateInput;
import dev.switchboard.bcrumbs.graphql.type.AgentPatchInput;
import dev.switchboard.bcrumbs.graphql.type.AgentsInput;
import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.spi.BaseDirectory;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.paging.PagedIterable;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * bcrumbs workspace agents (GraphQL). bcrumbs can list (cursor paging; the email filter runs on
 * the server, the name filter locally), create and rename agents; it has no delete and no
 * availability. {@link #get(String)} walks the list (no single-agent read). Create needs
 * {@link NewAgent#userId()} and {@link NewAgent#email()}. {@link Agent#name()} is the first name;
 * updates may change {@code name} and {@code surname} (bcrumbs requires the name on every patch,
 * so a surname-only change reads the current name first). An agent without a name (which seed
 * 004 allows) is listed with a null {@link Agent#name()} and can be updated with a name.
 */
public final class BcrumbsDirectory extends BaseDirectory {
  private static final Set<String> UPDATABLE = Set.of("name", "surname");

  /**
   * bcrumbs' rules: agents are matched by email; a create needs name, email and the bcrumbs user,
   * sets no availability (bcrumbs has none), and name and surname can be updated in place.
   */
  public static final PlatformDescription DESCRIPTION = PlatformDescription.builder(PlatformDescription.MatchKey.EMAIL)
      .requiredToCreate("name", "email", "userId")
      .updatable(UPDATABLE)
      .createSetsAvailability(false)
      .rename(PlatformDescription.Rename.IN_PLACE)
      // No number in seed 004_29fbf1a5eebee95d.txt nor in specs/bcrumbs/schema.graphqls.
      .rateLimit(PlatformDescription.RateLimit.unknown(
          "seed 004_29fbf1a5eebee95d.txt and specs/bcrumbs/schema.graphqls give no number"))
      .build();

  private final BcrumbsClient client;
  private final int workspaceId;

  private BcrumbsDirectory(BcrumbsClient client, int workspaceId) {
    super(Platform.BCRUMBS, EnumSet.of(Capability.LIST, Capability.GET, Capability.CREATE, Capability.UPDATE), DESCRIPTION);
    this.client = client;
    this.workspaceId = workspaceId;
  }

  /**
   * @param client a configured bcrumbs client
   * @param workspaceId the workspace whose agents this directory manages
   * @return the directory
   */
  public static BcrumbsDirectory of(BcrumbsClient client, int workspaceId) {
    return new BcrumbsDirectory(java.util.Objects.requireNonNull(client, "client"), workspaceId);
  }

  @Override
  protected PagedIterable<Agent> listing(AgentQuery query) {
    return client.allAgents(input(query)).map(n -> agent(n.id, n.name, n.email, n, "agents"));
  }

  private AgentsInput input(AgentQuery query) {
    AgentsInput.Builder b = AgentsInput.builder().workspaceId(workspaceId);
    if (query.email() != null) {
      b.email(query.email());
    }
    // No page size: bcrumbs documents none, and an undocumented field may be refused.
    return b.build();
  }

  /** Served by listing: bcrumbs has no single-agent read. */
  @Override
  public Agent get(String id) {
    return findInList(id, "agents");
  }

  @Override
  public CompletableFuture<Agent> getAsync(String id) {
    return findInListAsync(id, "agents");
  }

  @Override
  public Agent create(NewAgent agent) {
    var c = present(client.createAgent(toCreate(agent)), "createAgent");
    return agent(c.id, c.name, c.email, c, "createAgent");
  }

  @Override
  public CompletableFuture<Agent> createAsync(NewAgent agent) {
    return async(() -> client.createAgentAsync(toCreate(agent))
        .thenApply(c -> agent(present(c, "createAgent").id, c.name, c.email, c, "createAgent")));
  }

  @Override
  public Agent update(String id, AgentUpdate update) {
    onlyChanges(update, "patchAgent", UPDATABLE);
    requireId(id, "patchAgent");
    String name = update.name().isChanged() ? update.name().value() : get(id).name();
    var p = present(client.patchAgent(toPatch(id, name, update)), "patchAgent");
    return agent(p.id, p.name, p.email, p, "patchAgent");
  }

  @Override
  public CompletableFuture<Agent> updateAsync(String id, AgentUpdate update) {
    return async(() -> {
      onlyChanges(update, "patchAgent", UPDATABLE);
      requireId(id, "patchAgent");
      CompletableFuture<String> name = update.name().isChanged()
          ? CompletableFuture.completedFuture(update.name().value())
          : getAsync(id).thenApply(Agent::name);
      return name.thenCompose(n -> client.patchAgentAsync(toPatch(id, n, update)))
          .thenApply(p -> agent(present(p, "patchAgent").id, p.name, p.email, p, "patchAgent"));
    });
  }

  /**
   * @return the bcrumbs client, for API keys and other GraphQL operations
   */
  @Override
  public BcrumbsClient client() {
    return client;
  }

  private AgentCreateInput toCreate(NewAgent a) {
    if (a == null) {
      throw new InvalidInputException("bcrumbs", "createAgent", "agent", "is required");
    }
    AgentCreateInput.Builder b = AgentCreateInput.builder().workspaceId(workspaceId)
        .userId(require(a.userId(), "userId", "createAgent"))
        .name(require(a.name(), "name", "createAgent"))
        .email(require(a.email(), "email", "createAgent"));
    if (a.surname() != null) {
      b.surname(a.surname());
    }
    return b.build();
  }

  private AgentPatchInput toPatch(String id, String name, AgentUpdate u) {
    if (name == null) {
      // An agent may have no name (seed 004 leaves it nullable) and is listed as it is; a patch
      // must still send one, which only the caller can choose.
      throw new InvalidInputException("bcrumbs", "patchAgent", "name",
          "is required on every bcrumbs patch, and agent " + id + " has none: set a name in this update");
    }
    Optional<String> surname = !u.surname().isChanged() ? Optional.absent() : Optional.present(u.surname().value());
    return new AgentPatchInput(workspaceId, id, name, surname);
  }

  private Agent agent(String id, String name, String email, Object raw, String operation) {
    return new Agent(Platform.BCRUMBS, idOf(id, "id", operation), name, email == null || email.isEmpty() ? null : email, null, null, raw);
  }
}
