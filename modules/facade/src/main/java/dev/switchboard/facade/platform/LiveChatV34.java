package dev.switchboard.facade.platform;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.livechat.LiveChatClient;
import dev.switchboard.livechat.v34.implementation.model.AgentRoutingStatus;
import dev.switchboard.livechat.v34.implementation.model.Bot;
import dev.switchboard.livechat.v34.implementation.model.BotIdRequest;
import dev.switchboard.livechat.v34.implementation.model.CreateBotRequest;
import dev.switchboard.livechat.v34.implementation.model.ListBotsRequest;
import dev.switchboard.livechat.v34.implementation.model.ListRoutingStatusesRequest;
import dev.switchboard.livechat.v34.implementation.model.RoutingStatus;
import dev.switchboard.livechat.v34.implementation.model.RoutingStatusFilters;
import dev.switchboard.livechat.v34.implementation.model.SetRoutingStatusRequest;
import dev.switchboard.livechat.v34.implementation.model.UpdateBotRequest;
import dev.switchboard.runtime.paging.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * {@link LiveChatDirectory} at API v3.4. A bot has no {@code status} there: its availability is its
 * routing status, set with {@code set_routing_status} and read with {@code list_routing_statuses}
 * (Agent Chat API), so reads join the bots with the routing statuses, and create and availability
 * changes add a {@code set_routing_status} call. A bot missing from the routing statuses reads as
 * {@link Availability#UNKNOWN}: what LiveChat answers for such a bot is not documented.
 */
final class LiveChatV34 {
  static final StatusMapping<RoutingStatus> STATUS = new StatusMapping<>("livechat",
      RoutingStatus.ACCEPTING_CHATS, RoutingStatus.NOT_ACCEPTING_CHATS, RoutingStatus.OFFLINE);
  private static final String BOT = "bot";

  private final LiveChatClient client;

  LiveChatV34(LiveChatClient client) {
    this.client = client;
  }

  private static ListBotsRequest all() {
    return new ListBotsRequest().all(true);
  }

  private static ListRoutingStatusesRequest statuses() {
    return new ListRoutingStatusesRequest().filters(new RoutingStatusFilters());
  }

  private static Map<String, RoutingStatus> byAgent(List<AgentRoutingStatus> statuses) {
    Map<String, RoutingStatus> out = new HashMap<>();
    if (statuses != null) {
      for (AgentRoutingStatus s : statuses) {
        if (s.getAgentId() != null) {
          out.put(s.getAgentId(), s.getStatus());
        }
      }
    }
    return out;
  }

  private static Agent agent(Bot b, Map<String, RoutingStatus> statuses) {
    RoutingStatus s = statuses.get(b.getId());
    return new Agent(Platform.LIVECHAT, b.getId(), b.getName(), null, BOT,
        s == null ? Availability.UNKNOWN : STATUS.toAvailability(s), b);
  }

  private static Page<Agent> page(List<Bot> bots, List<AgentRoutingStatus> statuses) {
    Map<String, RoutingStatus> s = byAgent(statuses);
    return new Page<>(bots == null ? null : bots.stream().map(b -> agent(b, s)).collect(Collectors.toList()), null);
  }

  Page<Agent> page() {
    return page(client.bots().listBots(all()), client.routingStatus().listRoutingStatuses(statuses()));
  }

  CompletableFuture<Page<Agent>> pageAsync() {
    return client.botsAsync().listBots(all()).thenCompose(bots ->
        client.routingStatusAsync().listRoutingStatuses(statuses()).thenApply(s -> page(bots, s)));
  }

  Agent get(String id) {
    Bot bot = client.bots().getBot(new BotIdRequest().id(id));
    return agent(bot, byAgent(client.routingStatus().listRoutingStatuses(statuses())));
  }

  CompletableFuture<Agent> getAsync(String id) {
    return client.botsAsync().getBot(new BotIdRequest().id(id)).thenCompose(bot ->
        client.routingStatusAsync().listRoutingStatuses(statuses()).thenApply(s -> agent(bot, byAgent(s))));
  }

  /** The routing status a new bot gets: OFFLINE unless asked, so it receives no chats before it is ready. */
  static RoutingStatus initialStatus(NewAgent a) {
    return a.availability() == null ? RoutingStatus.OFFLINE : STATUS.toPlatform(a.availability(), "createBot");
  }

  Agent create(CreateBotRequest request, RoutingStatus status) {
    String id = client.bots().createBot(request).getId();
    client.routingStatus().setRoutingStatus(new SetRoutingStatusRequest().agentId(id).status(status));
    return created(id, request, status);
  }

  CompletableFuture<Agent> createAsync(CreateBotRequest request, RoutingStatus status) {
    return client.botsAsync().createBot(request).thenCompose(r -> client.routingStatusAsync()
        .setRoutingStatus(new SetRoutingStatusRequest().agentId(r.getId()).status(status))
        .thenApply(x -> created(r.getId(), request, status)));
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
