package dev.switchboard.livechat;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.spi.ResponseChecks;
import dev.switchboard.facade.spi.StatusMapping;
import dev.switchboard.livechat.v34.model.AgentRoutingStatus;
import dev.switchboard.livechat.v34.model.Bot;
import dev.switchboard.livechat.v34.model.BotIdRequest;
import dev.switchboard.livechat.v34.model.CreateBotRequest;
import dev.switchboard.livechat.v34.model.CreateBotResponse;
import dev.switchboard.livechat.v34.model.ListBotsRequest;
import dev.switchboard.livechat.v34.model.ListRoutingStatusesRequest;
import dev.switchboard.livechat.v34.model.RoutingStatus;
import dev.switchboard.livechat.v34.model.RoutingStatusFilters;
import dev.switchboard.livechat.v34.model.SetRoutingStatusRequest;
import dev.switchboard.livechat.v34.model.UpdateBotRequest;
import dev.switchboard.runtime.paging.PagedIterable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@link LiveChatDirectory} at API v3.4. A bot has no {@code status} there: its availability is its
 * routing status, set with {@code set_routing_status} and read with {@code list_routing_statuses}
 * (Agent Chat API), so reads join the bots with the routing statuses, and create and availability
 * changes add a {@code set_routing_status} call. A bot missing from the routing statuses reads as
 * {@link Availability#UNKNOWN}: what LiveChat answers for such a bot is not documented. A success
 * body without what is read here (a bot's or a routing status's id, a list, a null element) is an
 * unexpected response naming the operation and the field, through the directory's checks.
 */
final class LiveChatV34 {
  static final StatusMapping<RoutingStatus> STATUS = new StatusMapping<>("livechat",
      RoutingStatus.ACCEPTING_CHATS, RoutingStatus.NOT_ACCEPTING_CHATS, RoutingStatus.OFFLINE);
  private static final String BOT = "bot";

  private static final String LIST_BOTS = "listBots";
  private static final String GET_BOT = "getBot";
  private static final String CREATE_BOT = "createBot";
  private static final String LIST_STATUSES = "listRoutingStatuses";

  private final LiveChatClient client;
  /** The directory this serves: its checks of success bodies (present, each, idOf). */
  private final ResponseChecks checks;

  LiveChatV34(LiveChatClient client, ResponseChecks checks) {
    this.client = client;
    this.checks = checks;
  }

  private static ListBotsRequest all() {
    return new ListBotsRequest().all(true);
  }

  private static ListRoutingStatusesRequest statuses() {
    return new ListRoutingStatusesRequest().filters(new RoutingStatusFilters());
  }

  /** Each bot's routing status; a status without its agent's id cannot be joined, so it is unexpected. */
  private Map<String, RoutingStatus> byAgent(List<AgentRoutingStatus> statuses) {
    Map<String, RoutingStatus> out = new HashMap<>();
    for (AgentRoutingStatus s : checks.each(checks.present(statuses, LIST_STATUSES), "routing_statuses", LIST_STATUSES,
        s -> s)) {
      out.put(checks.idOf(s.getAgentId(), "agent_id", LIST_STATUSES), s.getStatus());
    }
    return out;
  }

  private Agent agent(Bot b, Map<String, RoutingStatus> statuses, String operation) {
    String id = checks.idOf(b.getId(), "id", operation);
    RoutingStatus s = statuses.get(id);
    return new Agent(Platform.LIVECHAT, id, b.getName(), null, BOT,
        s == null ? Availability.UNKNOWN : STATUS.toAvailability(s), b);
  }

  private Agent agent(Bot b, List<AgentRoutingStatus> statuses) {
    return agent(checks.present(b, GET_BOT), byAgent(statuses), GET_BOT);
  }

  private List<Agent> agents(List<Bot> bots, List<AgentRoutingStatus> statuses) {
    Map<String, RoutingStatus> s = byAgent(statuses);
    List<Agent> out = new java.util.ArrayList<>(bots.size());
    for (Bot b : bots) {
      out.add(agent(b, s, LIST_BOTS));
    }
    return out;
  }

  /** The generated paging of list_bots, each page joined with the routing statuses read after it. */
  PagedIterable<Agent> listing() {
    return client.botsPaging().listBots(all()).mapPages(
        page -> agents(page.items(), client.routingStatus().listRoutingStatuses(statuses())),
        page -> client.routingStatusAsync().listRoutingStatuses(statuses()).thenApply(s -> agents(page.items(), s)));
  }

  Agent get(String id) {
    Bot bot = client.bots().getBot(new BotIdRequest().id(id));
    return agent(bot, client.routingStatus().listRoutingStatuses(statuses()));
  }

  CompletableFuture<Agent> getAsync(String id) {
    return client.botsAsync().getBot(new BotIdRequest().id(id)).thenCompose(bot ->
        client.routingStatusAsync().listRoutingStatuses(statuses()).thenApply(s -> agent(bot, s)));
  }

  /** The routing status a new bot gets: OFFLINE unless asked, so it receives no chats before it is ready. */
  static RoutingStatus initialStatus(NewAgent a) {
    return a.availability() == null ? RoutingStatus.OFFLINE : STATUS.toPlatform(a.availability(), "createBot");
  }

  Agent create(CreateBotRequest request, RoutingStatus status) {
    String id = createdId(client.bots().createBot(request));
    client.routingStatus().setRoutingStatus(new SetRoutingStatusRequest().agentId(id).status(status));
    return created(id, request, status);
  }

  CompletableFuture<Agent> createAsync(CreateBotRequest request, RoutingStatus status) {
    return client.botsAsync().createBot(request).thenApply(this::createdId).thenCompose(id -> client.routingStatusAsync()
        .setRoutingStatus(new SetRoutingStatusRequest().agentId(id).status(status))
        .thenApply(x -> created(id, request, status)));
  }

  /** The new bot's id, checked before its routing status is set (no status is sent for no bot). */
  private String createdId(CreateBotResponse r) {
    return checks.idOf(checks.present(r, CREATE_BOT).getId(), "id", CREATE_BOT);
  }

  private static Agent created(String id, CreateBotRequest request, RoutingStatus status) {
    return new Agent(Platform.LIVECHAT, id, request.getName(), null, BOT, STATUS.toAvailability(status), request);
  }

  /** The bot fields to change, or null when only the availability changes. */
  static UpdateBotRequest toUpdate(String id, AgentUpdate u) {
    if (!u.name().isChanged() && !u.avatarUrl().isChanged()) {
      return null;
    }
    UpdateBotRequest r = new UpdateBotRequest().id(id);
    u.name().ifChanged(r::name);
    u.avatarUrl().ifChanged(r::avatarPath);
    return r;
  }

  Agent update(String id, UpdateBotRequest fields, RoutingStatus status) {
    if (fields != null) {
      client.bots().updateBot(fields);
    }
    if (status != null) {
      setAvailability(id, status);
    }
    return get(id);
  }

  CompletableFuture<Agent> updateAsync(String id, UpdateBotRequest fields, RoutingStatus status) {
    CompletableFuture<?> first = fields == null ? CompletableFuture.completedFuture(null) : client.botsAsync().updateBot(fields);
    return first.thenCompose(x -> status == null ? CompletableFuture.completedFuture(null) : setAvailabilityAsync(id, status))
        .thenCompose(x -> getAsync(id));
  }

  void delete(String id) {
    client.bots().deleteBot(new BotIdRequest().id(id));
  }

  CompletableFuture<Void> deleteAsync(String id) {
    return client.botsAsync().deleteBot(new BotIdRequest().id(id)).thenApply(r -> null);
  }

  void setAvailability(String id, RoutingStatus status) {
    client.routingStatus().setRoutingStatus(new SetRoutingStatusRequest().agentId(id).status(status));
  }

  CompletableFuture<Void> setAvailabilityAsync(String id, RoutingStatus status) {
    return client.routingStatusAsync().setRoutingStatus(new SetRoutingStatusRequest().agentId(id).status(status))
        .thenApply(r -> null);
  }
}
