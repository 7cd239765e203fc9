package dev.switchboard.toy;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.spi.BaseDirectory;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.PlatformSettings;
import dev.switchboard.facade.spi.StatusMapping;
import dev.switchboard.runtime.auth.Credential;
import dev.switchboard.runtime.auth.Secret;
import dev.switchboard.runtime.http.ClientBuilder;
import dev.switchboard.runtime.paging.PagedIterable;
import dev.switchboard.toy.api.AgentsApi;
import dev.switchboard.toy.api.AgentsApiAsync;
import dev.switchboard.toy.api.AgentsApiPaging;
import dev.switchboard.toy.model.AgentCreate;
import dev.switchboard.toy.model.AgentPatch;
import dev.switchboard.toy.model.Status;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The toy platform's directory, its client builder and its {@link PlatformProvider}, in one file:
 * a new REST platform needs no more. Everything is supported; agents are matched by name.
 */
public final class ToyDirectory extends BaseDirectory {
  static final Platform TOY = Platform.of("toy");
  private static final Set<String> UPDATABLE = Set.of("name", "availability");
  static final PlatformDescription DESCRIPTION = PlatformDescription.builder(PlatformDescription.MatchKey.NAME)
      .requiredToCreate("name")
      .updatable(UPDATABLE)
      .createSetsAvailability(true)
      .rename(PlatformDescription.Rename.IN_PLACE)
      .rateLimit(PlatformDescription.RateLimit.unknown("the toy platform is made up (its spec's info.description)"))
      .build();
  private static final StatusMapping<Status> STATUS = new StatusMapping<>("toy", Status.ONLINE, Status.AWAY, Status.OFFLINE);

  private final AgentsApi api;
  private final AgentsApiAsync apiAsync;

  private ToyDirectory(AgentsApi api, AgentsApiAsync apiAsync) {
    super(TOY, EnumSet.allOf(Capability.class), DESCRIPTION);
    this.api = api;
    this.apiAsync = apiAsync;
  }

  @Override
  protected PagedIterable<Agent> listing(AgentQuery query) {
    return new AgentsApiPaging(api, apiAsync).listAgents(new AgentsApi.ListAgentsQueryParams()).map(a -> agent(a, "listAgents"));
  }

  @Override
  public Agent get(String id) {
    requireId(id, "getAgent");
    return agent(api.getAgent(id), "getAgent");
  }

  @Override
  public CompletableFuture<Agent> getAsync(String id) {
    return async(() -> {
      requireId(id, "getAgent");
      return apiAsync.getAgent(id).thenApply(a -> agent(a, "getAgent"));
    });
  }

  @Override
  public Agent create(NewAgent agent) {
    return agent(api.createAgent(toCreate(agent)), "createAgent");
  }

  @Override
  public CompletableFuture<Agent> createAsync(NewAgent agent) {
    return async(() -> apiAsync.createAgent(toCreate(agent)).thenApply(a -> agent(a, "createAgent")));
  }

  @Override
  public Agent update(String id, AgentUpdate update) {
    requireId(id, "updateAgent");
    return agent(api.updateAgent(id, toPatch(update)), "updateAgent");
  }

  @Override
  public CompletableFuture<Agent> updateAsync(String id, AgentUpdate update) {
    return async(() -> {
      requireId(id, "updateAgent");
      return apiAsync.updateAgent(id, toPatch(update)).thenApply(a -> agent(a, "updateAgent"));
    });
  }

  @Override
  public void delete(String id) {
    requireId(id, "deleteAgent");
    api.deleteAgent(id);
  }

  @Override
  public CompletableFuture<Void> deleteAsync(String id) {
    return async(() -> {
      requireId(id, "deleteAgent");
      return apiAsync.deleteAgent(id);
    });
  }

  @Override
  public void setAvailability(String id, Availability availability) {
    update(id, AgentUpdate.builder().availability(availability).build());
  }

  @Override
  public CompletableFuture<Void> setAvailabilityAsync(String id, Availability availability) {
    return updateAsync(id, AgentUpdate.builder().availability(availability).build()).thenApply(a -> null);
  }

  /**
   * @return the generated client
   */
  @Override
  public AgentsApi client() {
    return api;
  }

  private AgentCreate toCreate(NewAgent a) {
    if (a == null) {
      throw new dev.switchboard.runtime.error.InvalidInputException("toy", "createAgent", "agent", "is required");
    }
    AgentCreate c = new AgentCreate().name(require(a.name(), "name", "createAgent"));
    if (a.availability() != null) {
      c.status(STATUS.toPlatform(a.availability(), "createAgent"));
    }
    return c;
  }

  private AgentPatch toPatch(AgentUpdate u) {
    onlyChanges(u, "updateAgent", UPDATABLE);
    AgentPatch p = new AgentPatch();
    u.name().ifChanged(p::name);
    u.availability().ifChanged(av -> p.status(STATUS.toPlatform(av, "updateAgent")));
    return p;
  }

  private Agent agent(dev.switchboard.toy.model.Agent a, String operation) {
    String id = idOf(present(a, operation).getId(), "id", operation);
    return new Agent(TOY, id, a.getName(), null, null, STATUS.toAvailability(a.getStatus()), a);
  }

  /** Builds a {@link ToyDirectory}: the credential is the {@code x-toy-key} header. */
  public static final class Client extends ClientBuilder<Client> {
    private Credential credential;

    /** A builder for the made-up production address. */
    public Client() {
      super("toy", URI.create("https://toy.invalid"));
    }

    /**
     * @param key the key
     * @return this
     */
    public Client key(String key) {
      this.credential = Credential.header("x-toy-key", Secret.of(key, "key"));
      return this;
    }

    @Override
    protected Credential credential() {
      if (credential == null) {
        throw new IllegalStateException("toy: set key(..) before build()");
      }
      return credential;
    }

    /**
     * @return the directory
     */
    public ToyDirectory build() {
      var config = config();
      return new ToyDirectory(config.client(AgentsApi.class), config.asyncClient(AgentsApiAsync.class));
    }
  }

  /** Plugs the toy platform in: {@code SWITCHBOARD_TOY_KEY}, optionally {@code SWITCHBOARD_TOY_URL}. */
  public static final class Provider implements PlatformProvider {
    private static final List<Setting> SETTINGS = List.of(Setting.credential("KEY", "x-toy-key"),
        Setting.optional("URL", "base URL"));

    /** For {@link java.util.ServiceLoader}. */
    public Provider() {}

    @Override
    public Platform platform() {
      return TOY;
    }

    @Override
    public PlatformDescription description() {
      return DESCRIPTION;
    }

    @Override
    public List<Setting> settings() {
      return SETTINGS;
    }

    @Override
    public ToyDirectory directory(PlatformSettings s) {
      Client c = new Client().key(s.required("KEY"));
      s.apply("URL", c::baseUrl);
      s.configure(c); // the settings every platform shares (wire log, timeouts, retries, customizers)
      return c.build();
    }
  }
}
