package dev.switchboard.livechat;

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
import dev.switchboard.facade.UnsupportedCapabilityException;
import dev.switchboard.livechat.model.BotAgent;
import dev.switchboard.livechat.model.BotAgentStatus;
import dev.switchboard.livechat.model.BotAgentSummary;
import dev.switchboard.livechat.model.CreateBotAgentRequest;
import dev.switchboard.livechat.model.GetBotAgentDetailsRequest;
import dev.switchboard.livechat.model.GetBotAgentsRequest;
import dev.switchboard.livechat.model.RemoveBotAgentRequest;
import dev.switchboard.livechat.model.UpdateBotAgentRequest;
import dev.switchboard.livechat.v34.model.CreateBotRequest;
import dev.switchboard.livechat.v34.model.RoutingStatus;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.paging.PagedIterable;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * LiveChat bots (all of the license's bots), at the client's API version: v3.4 (the default;
 * {@code list_bots}, availability through the Agent Chat API's routing status, see
 * {@link LiveChatV34}) or v3.1 ({@code get_bot_agents} with {@code all=true}, availability in the
 * bot's {@code status}). Everything is supported on both. Bots have no email and role {@code bot}. A new bot starts
 * {@code offline} unless {@link NewAgent#availability()} says otherwise, so it receives no chats
 * before it is ready. Updates may change name, avatar (not clear it) and availability; since
 * {@code update_bot_agent} answers with nothing, the updated bot is read back.
 */
public final class LiveChatDirectory extends BaseDirectory {
  private static final Set<String> UPDATABLE = Set.of("name", "avatarUrl", "availability");

  /**
   * LiveChat's rules: bots are matched by name (they have no email), the create sets the
   * availability, and name, avatar and availability can be updated in place.
   */
  public static final PlatformDescription DESCRIPTION = PlatformDescription.builder(PlatformDescription.MatchKey.NAME)
      .requiredToCreate("name")
      .updatable(UPDATABLE)
      .createSetsAvailability(true)
      .rename(PlatformDescription.Rename.IN_PLACE)
      // LiveChat answers 429 too_many_requests with Retry-After (specs/livechat/openapi.yaml and
      // openapi-v3.4.yaml, the 429 response); seed 003_1ab2aa4ce1978a26.txt gives no number.
      .rateLimit(PlatformDescription.RateLimit.unknown(
          "seed 003_1ab2aa4ce1978a26.txt and specs/livechat/openapi.yaml: 429 with Retry-After, no number"))
      .build();
  private static final String BOT = "bot";

  private static final StatusMapping<BotAgentStatus> STATUS = new StatusMapping<>("livechat",
      BotAgentStatus.ACCEPTING_CHATS, BotAgentStatus.NOT_ACCEPTING_CHATS, BotAgentStatus.OFFLINE);

  private final LiveChatClient client;
  /** The v3.4 operations, or null when the client speaks v3.1. */
  private final LiveChatV34 v34;

  private LiveChatDirectory(LiveChatClient client) {
    super(Platform.LIVECHAT, EnumSet.allOf(Capability.class), DESCRIPTION);
    this.client = client;
    this.v34 = client.apiVersion() == LiveChatApiVersion.V3_4 ? new LiveChatV34(client, checks()) : null;
  }

  /**
   * @param client a configured LiveChat client
   * @return the directory
   */
  public static LiveChatDirectory of(LiveChatClient client) {
    return new LiveChatDirectory(java.util.Objects.requireNonNull(client, "client"));
  }

  @Override
  protected PagedIterable<Agent> listing(AgentQuery query) {
    if (v34 != null) {
      return v34.listing();
    }
    return client.botAgentsPaging().getBotAgents(new GetBotAgentsRequest().all(true)).map(this::agent);
  }

  @Override
  public Agent get(String id) {
    if (v34 != null) {
      requireId(id, "getBot");
      return v34.get(id);
    }
    return agent(client.botAgents().getBotAgentDetails(details(id)));
  }

  @Override
  public CompletableFuture<Agent> getAsync(String id) {
    if (v34 != null) {
      return async(() -> {
        requireId(id, "getBot");
        return v34.getAsync(id);
      });
    }
    return async(() -> client.botAgentsAsync().getBotAgentDetails(details(id)).thenApply(this::agent));
  }

  @Override
  public Agent create(NewAgent agent) {
    if (v34 != null) {
      return v34.create(toCreateBot(agent), LiveChatV34.initialStatus(agent));
    }
    CreateBotAgentRequest request = toCreate(agent);
    return created(client.botAgents().createBotAgent(request), request);
  }

  @Override
  public CompletableFuture<Agent> createAsync(NewAgent agent) {
    if (v34 != null) {
      return async(() -> v34.createAsync(toCreateBot(agent), LiveChatV34.initialStatus(agent)));
    }
    return async(() -> {
      CreateBotAgentRequest request = toCreate(agent);
      return client.botAgentsAsync().createBotAgent(request).thenApply(r -> created(r, request));
    });
  }

  @Override
  public Agent update(String id, AgentUpdate update) {
    if (v34 != null) {
      checkUpdate(id, update, "updateBot");
      return v34.update(id, LiveChatV34.toUpdate(id, update), routing(update));
    }
    client.botAgents().updateBotAgent(toUpdate(id, update));
    return get(id);
  }

  @Override
  public CompletableFuture<Agent> updateAsync(String id, AgentUpdate update) {
    if (v34 != null) {
      return async(() -> {
        checkUpdate(id, update, "updateBot");
        return v34.updateAsync(id, LiveChatV34.toUpdate(id, update), routing(update));
      });
    }
    return async(() -> client.botAgentsAsync().updateBotAgent(toUpdate(id, update)).thenCompose(r -> getAsync(id)));
  }

  @Override
  public void delete(String id) {
    if (v34 != null) {
      requireId(id, "deleteBot");
      v34.delete(id);
      return;
    }
    client.botAgents().removeBotAgent(new RemoveBotAgentRequest().botAgentId(id));
  }

  @Override
  public CompletableFuture<Void> deleteAsync(String id) {
    if (v34 != null) {
      return async(() -> {
        requireId(id, "deleteBot");
        return v34.deleteAsync(id);
      });
    }
    return async(() -> client.botAgentsAsync().removeBotAgent(new RemoveBotAgentRequest().botAgentId(id))
        .thenApply(r -> null));
  }

  @Override
  public void setAvailability(String id, Availability availability) {
    if (v34 != null) {
      requireId(id, "setRoutingStatus");
      v34.setAvailability(id, LiveChatV34.STATUS.toPlatform(availability, "setRoutingStatus"));
      return;
    }
    client.botAgents().updateBotAgent(new UpdateBotAgentRequest().id(id).status(STATUS.toPlatform(availability, "updateBotAgent")));
  }

  @Override
  public CompletableFuture<Void> setAvailabilityAsync(String id, Availability availability) {
    if (v34 != null) {
      return async(() -> {
        requireId(id, "setRoutingStatus");
        return v34.setAvailabilityAsync(id, LiveChatV34.STATUS.toPlatform(availability, "setRoutingStatus"));
      });
    }
    return async(() -> client.botAgentsAsync()
        .updateBotAgent(new UpdateBotAgentRequest().id(id).status(STATUS.toPlatform(availability, "updateBotAgent")))
        .thenApply(r -> null));
  }

  /**
   * @return the LiveChat client, for webhooks, groups and the rest of the API
   */
  @Override
  public LiveChatClient client() {
    return client;
  }

  private static GetBotAgentDetailsRequest details(String id) {
    return new GetBotAgentDetailsRequest().botAgentId(id);
  }

  private CreateBotAgentRequest toCreate(NewAgent a) {
    if (a == null) {
      throw new InvalidInputException("livechat", "createBotAgent", "agent", "is required");
    }
    return new CreateBotAgentRequest().name(require(a.name(), "name", "createBotAgent"))
        .status(a.availability() == null ? BotAgentStatus.OFFLINE : STATUS.toPlatform(a.availability(), "createBotAgent"));
  }

  private UpdateBotAgentRequest toUpdate(String id, AgentUpdate u) {
    onlyChanges(u, "updateBotAgent", UPDATABLE);
    if (u.avatarUrl().isClear()) {
      throw noClearingAvatars();
    }
    UpdateBotAgentRequest r = new UpdateBotAgentRequest().id(id);
    u.name().ifChanged(r::name);
    u.avatarUrl().ifChanged(r::avatar);
    u.availability().ifChanged(av -> r.status(STATUS.toPlatform(av, "updateBotAgent")));
    return r;
  }

  private static UnsupportedCapabilityException noClearingAvatars() {
    return new UnsupportedCapabilityException(Platform.LIVECHAT, "update.avatarUrl", "remove a bot's avatar",
        "a bot's avatarUrl can be replaced but not cleared");
  }

  private CreateBotRequest toCreateBot(NewAgent a) {
    if (a == null) {
      throw new InvalidInputException("livechat", "createBot", "agent", "is required");
    }
    return new CreateBotRequest().name(require(a.name(), "name", "createBot"));
  }

  /** v3.4: checks id and changes before anything is sent (the same rules as v3.1). */
  private void checkUpdate(String id, AgentUpdate u, String operation) {
    requireId(id, operation);
    onlyChanges(u, operation, UPDATABLE);
    if (u.avatarUrl().isClear()) {
      throw noClearingAvatars();
    }
  }

  /** v3.4: the routing status an update asks for, or null. */
  private static RoutingStatus routing(AgentUpdate u) {
    return u.availability().isChanged() ? LiveChatV34.STATUS.toPlatform(u.availability().value(), "setRoutingStatus") : null;
  }

  private Agent created(dev.switchboard.livechat.model.CreateBotAgentResponse r, CreateBotAgentRequest request) {
    String id = idOf(present(r, "createBotAgent").getBotAgentId(), "bot_agent_id", "createBotAgent");
    return new Agent(Platform.LIVECHAT, id, request.getName(), null, BOT, STATUS.toAvailability(request.getStatus()), request);
  }

  private Agent agent(BotAgentSummary b) {
    return new Agent(Platform.LIVECHAT, idOf(b.getId(), "id", "getBotAgents"), b.getName(), null, BOT, STATUS.toAvailability(b.getStatus()), b);
  }

  private Agent agent(dev.switchboard.livechat.model.GetBotAgentDetailsResponse r) {
    BotAgent b = present(r, "getBotAgentDetails").getBotAgent();
    if (b == null) {
      throw unexpected("getBotAgentDetails", "missing 'bot_agent'");
    }
    return new Agent(Platform.LIVECHAT, idOf(b.getId(), "bot_agent.id", "getBotAgentDetails"), b.getName(), null, BOT, STATUS.toAvailability(b.getStatus()), b);
  }
}
