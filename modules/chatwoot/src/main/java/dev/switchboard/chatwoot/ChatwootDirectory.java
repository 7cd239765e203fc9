package dev.switchboard.chatwoot;

import dev.switchboard.chatwoot.model.AgentCreate;
import dev.switchboard.chatwoot.model.AgentRole;
import dev.switchboard.chatwoot.model.AvailabilityStatus;
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
import java.util.concurrent.CompletableFuture;

/**
 * Chatwoot account agents. Everything is supported, with these platform facts:
 *
 * <ul>
 *   <li>Chatwoot has no single-agent read, so {@link #get(String)} and {@link #availability(String)}
 *       list the account's agents and pick the one asked for (one request, the list is not paged);
 *   <li>an update may change {@code name}, {@code role} and {@code availability}; the email cannot
 *       be changed through the API;
 *   <li>availability is written as the configured {@code availability} and read back from the
 *       derived {@code availability_status}, which the server may move (auto offline, presence);
 *   <li>creating an agent with the email of an existing Chatwoot user adds that user, keeping the
 *       user's own name.
 * </ul>
 *
 * Roles are {@code agent} (default) and {@code administrator}; availability maps AWAY to {@code busy}.
 */
public final class ChatwootDirectory extends BaseDirectory {
  private static final Set<String> UPDATABLE = Set.of("name", "role", "availability");

  /**
   * Chatwoot's rules: agents are matched by email (required on create), the create sets the
   * availability, and name, role and availability can be updated in place.
   */
  public static final PlatformDescription DESCRIPTION = PlatformDescription.builder(PlatformDescription.MatchKey.EMAIL)
      .requiredToCreate("name", "email")
      .updatable(UPDATABLE)
      .createSetsAvailability(true)
      .rename(PlatformDescription.Rename.IN_PLACE)
      .roles("agent", "administrator") // seed 000_1cee963b43adcfc0.txt: "'agent' or 'administrator'"
      // No number in seed 000_1cee963b43adcfc0.txt nor in specs/chatwoot/openapi.yaml; Chatwoot's own
      // source throttles every request per client IP, 3000 a minute unless the install sets
      // RACK_ATTACK_LIMIT (in production only). Self-hosted installs may set another number.
      .rateLimit(PlatformDescription.RateLimit.of(3000, java.time.Duration.ofMinutes(1), "per IP (default of a "
          + "self-hosted install's RACK_ATTACK_LIMIT)", "chatwoot/chatwoot config/initializers/rack_attack.rb at "
          + "01945da9b169783584670bf302e9b27d45310252, throttle 'req/ip'"))
      // One request answers the whole list (the list is not paged).
      .pageSize(PlatformDescription.PageSize.unknown("the agents list is not paged (seed 000_1cee963b43adcfc0.txt)"))
      .build();

  private static final StatusMapping<AvailabilityStatus> STATUS = new StatusMapping<>("chatwoot",
      AvailabilityStatus.ONLINE, AvailabilityStatus.BUSY, AvailabilityStatus.OFFLINE);

  private final ChatwootClient client;
  private final long accountId;

  private ChatwootDirectory(ChatwootClient client, long accountId) {
    super(Platform.CHATWOOT, EnumSet.allOf(Capability.class), DESCRIPTION);
    this.client = client;
    this.accountId = accountId;
  }

  /**
   * @param client a configured Chatwoot client
   * @param accountId the account whose agents this directory manages
   * @return the directory
   */
  public static ChatwootDirectory of(ChatwootClient client, long accountId) {
    return new ChatwootDirectory(java.util.Objects.requireNonNull(client, "client"), accountId);
  }

  @Override
  protected PagedIterable<Agent> listing(AgentQuery query) {
    return client.agentsPaging().listAgents(accountId).map(a -> agent(a, "listAgents"));
  }

  /** Served by listing: Chatwoot has no single-agent read. */
  @Override
  public Agent get(String id) {
    return findInList(id, "getAgent");
  }

  /** Served by listing: Chatwoot has no single-agent read. */
  @Override
  public CompletableFuture<Agent> getAsync(String id) {
    return findInListAsync(id, "getAgent");
  }

  @Override
  public Agent create(NewAgent agent) {
    return agent(client.agents().addAgent(accountId, toCreate(agent)), "addAgent");
  }

  @Override
  public CompletableFuture<Agent> createAsync(NewAgent agent) {
    return async(() -> client.agentsAsync().addAgent(accountId, toCreate(agent)).thenApply(a -> agent(a, "addAgent")));
  }

  @Override
  public Agent update(String id, AgentUpdate update) {
    return agent(client.agents().updateAgent(accountId, numericId(id, "updateAgent"), toUpdate(update)), "updateAgent");
  }

  @Override
  public CompletableFuture<Agent> updateAsync(String id, AgentUpdate update) {
    return async(() -> client.agentsAsync().updateAgent(accountId, numericId(id, "updateAgent"), toUpdate(update))
        .thenApply(a -> agent(a, "updateAgent")));
  }

  @Override
  public void delete(String id) {
    client.agents().removeAgent(accountId, numericId(id, "removeAgent"));
  }

  @Override
  public CompletableFuture<Void> deleteAsync(String id) {
    return async(() -> client.agentsAsync().removeAgent(accountId, numericId(id, "removeAgent")));
  }



  @Override
  public void setAvailability(String id, Availability availability) {
    update(id, availabilityUpdate(availability));
  }

  @Override
  public CompletableFuture<Void> setAvailabilityAsync(String id, Availability availability) {
    return async(() -> updateAsync(id, availabilityUpdate(availability)).thenApply(a -> null));
  }

  /** Null is rejected here, naming the field (Change.set would throw a bare NullPointerException). */
  private static AgentUpdate availabilityUpdate(Availability availability) {
    if (availability == null) {
      throw new InvalidInputException("chatwoot", "updateAgent", "availability", "is required");
    }
    return AgentUpdate.builder().availability(availability).build();
  }

  /**
   * @return the Chatwoot client, for what the facade does not model
   */
  @Override
  public ChatwootClient client() {
    return client;
  }

  private AgentCreate toCreate(NewAgent a) {
    if (a == null) {
      throw new InvalidInputException("chatwoot", "addAgent", "agent", "is required");
    }
    AgentCreate c = new AgentCreate()
        .name(require(a.name(), "name", "addAgent"))
        .email(require(a.email(), "email", "addAgent"))
        .role(role(a.role() == null ? "agent" : a.role(), "addAgent"));
    if (a.availability() != null) {
      c.availability(STATUS.toPlatform(a.availability(), "addAgent"));
    }
    return c;
  }

  private dev.switchboard.chatwoot.model.AgentUpdate toUpdate(AgentUpdate u) {
    onlyChanges(u, "updateAgent", UPDATABLE);
    var body = new dev.switchboard.chatwoot.model.AgentUpdate();
    u.name().ifChanged(n -> body.name(name(n)));
    u.role().ifChanged(r -> body.role(role(r, "updateAgent")));
    u.availability().ifChanged(av -> body.availability(STATUS.toPlatform(av, "updateAgent")));
    return body;
  }

  /** A cleared or blank name is refused before sending: the agent would be shown to contacts without one. */
  private static String name(String name) {
    if (name == null || name.isBlank()) {
      throw new InvalidInputException("chatwoot", "updateAgent", "name", "must not be blank");
    }
    return name;
  }

  private static AgentRole role(String role, String operation) {
    AgentRole r = role == null ? AgentRole.UNKNOWN_DEFAULT_OPEN_API : AgentRole.fromValue(role);
    if (r == AgentRole.UNKNOWN_DEFAULT_OPEN_API) {
      throw new InvalidInputException("chatwoot", operation, "role", "must be 'agent' or 'administrator', was " + role);
    }
    return r;
  }



  private static long numericId(String id, String operation) {
    if (id == null || id.isBlank()) {
      throw new InvalidInputException("chatwoot", operation, "id", "is required");
    }
    try {
      return Long.parseLong(id.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("chatwoot", operation, "id", "must be a number, was '" + id + "'");
    }
  }

  private Agent agent(dev.switchboard.chatwoot.model.Agent a, String operation) {
    return new Agent(Platform.CHATWOOT, idOf(present(a, operation).getId(), "id", operation), a.getName(), a.getEmail(),
        a.getRole() == null ? null : a.getRole().getValue(), STATUS.toAvailability(a.getAvailabilityStatus()), a);
  }


}
