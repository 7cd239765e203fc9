package dev.switchboard.chatcaptain;

import dev.switchboard.chatcaptain.model.AgentOnlineStatus;
import dev.switchboard.chatcaptain.model.SetOnlineStatusRequest;
import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.spi.BaseDirectory;
import dev.switchboard.facade.UnsupportedCapabilityException;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.paging.PagedIterable;
import java.time.Clock;
import java.util.EnumSet;
import java.util.concurrent.CompletableFuture;

/**
 * ChatCaptain inbox agents of one chatbot. ChatCaptain exposes only online status: agents are
 * listed with their id and whether they are online (no name or email), and an agent can set only
 * its own status, so {@link #setAvailability(String, Availability)} accepts the id {@value #ME}
 * and {@code ONLINE} or {@code OFFLINE}. Create, update and delete are not offered.
 * {@link #get(String)} lists and filters (no single-agent read).
 *
 * <p>One id per agent: ChatCaptain's list does not mark which agent the API key belongs to, and
 * its own-status answer names no agent (seed 002). Given that agent's listed id
 * ({@link #of(ChatCaptainClient, String, String)}, setting {@code SWITCHBOARD_CHATCAPTAIN_AGENT}),
 * the directory takes it and {@value #ME} alike everywhere: {@code get}, {@code availability} and
 * {@code setAvailability}. Without it, {@value #ME} still sets the status, and reading {@value #ME}
 * or setting a listed id is refused before any request, with a message naming the setting.
 */
public final class ChatCaptainDirectory extends BaseDirectory {
  /**
   * ChatCaptain's rules: agents are online statuses only (no name, no email, no create or update),
   * so nothing can be created, updated or renamed.
   */
  public static final PlatformDescription DESCRIPTION = PlatformDescription.builder(PlatformDescription.MatchKey.NAME)
      .createSetsAvailability(false)
      .rename(PlatformDescription.Rename.UNSUPPORTED)
      // No number in seed 002_5525df543381ffa4.txt nor in specs/chatcaptain/openapi.yaml.
      .rateLimit(PlatformDescription.RateLimit.unknown(
          "seed 002_5525df543381ffa4.txt and specs/chatcaptain/openapi.yaml give no number"))
      .build();

  /** The id that stands for the calling agent. */
  public static final String ME = "me";

  private final ChatCaptainClient client;
  private final String chatbotId;
  /** The listed id of the key's owner, or null when not configured. */
  private final String ownAgentId;
  private final Clock clock;

  private ChatCaptainDirectory(ChatCaptainClient client, String chatbotId, String ownAgentId, Clock clock) {
    super(Platform.CHATCAPTAIN, EnumSet.of(Capability.LIST, Capability.GET, Capability.GET_AVAILABILITY,
        Capability.SET_AVAILABILITY), DESCRIPTION);
    this.client = client;
    this.chatbotId = chatbotId;
    this.ownAgentId = ownAgentId;
    this.clock = clock;
  }

  /**
   * @param client a configured ChatCaptain client
   * @param chatbotId the chatbot whose inbox agents this directory shows
   * @return the directory
   */
  public static ChatCaptainDirectory of(ChatCaptainClient client, String chatbotId) {
    return of(client, chatbotId, null);
  }

  /**
   * @param client a configured ChatCaptain client
   * @param chatbotId the chatbot whose inbox agents this directory shows
   * @param ownAgentId the id the list shows for the agent the API key belongs to, or null when not
   *     known: with it, that id and {@value #ME} are one agent in every operation
   * @return the directory
   */
  public static ChatCaptainDirectory of(ChatCaptainClient client, String chatbotId, String ownAgentId) {
    if (chatbotId == null || chatbotId.isBlank()) {
      throw new IllegalArgumentException("chatbotId must not be blank");
    }
    if (ownAgentId != null && (ownAgentId.isBlank() || ME.equals(ownAgentId))) {
      throw new IllegalArgumentException("ownAgentId must be the agent's listed id, not blank or '" + ME + "'");
    }
    return new ChatCaptainDirectory(java.util.Objects.requireNonNull(client, "client"), chatbotId, ownAgentId,
        Clock.systemUTC());
  }

  @Override
  protected PagedIterable<Agent> listing(AgentQuery query) {
    return client.inboxAgentsPaging().listAgentsOnlineStatus(chatbotId).map(this::agent);
  }

  /** Served by listing: ChatCaptain has no single-agent read. */
  @Override
  public Agent get(String id) {
    return findInList(listed(id), "listAgentsOnlineStatus");
  }

  @Override
  public CompletableFuture<Agent> getAsync(String id) {
    return async(() -> findInListAsync(listed(id), "listAgentsOnlineStatus"));
  }

  /** The id the list shows: {@value #ME} is the key owner's, when the directory knows it. */
  private String listed(String id) {
    if (!ME.equals(id)) {
      return id;
    }
    if (ownAgentId == null) {
      throw new InvalidInputException("chatcaptain", "listAgentsOnlineStatus", "id",
          "'" + ME + "' is the API key's own agent, which ChatCaptain's list does not mark; give its listed id "
              + "(setting SWITCHBOARD_CHATCAPTAIN_AGENT) to read it as '" + ME + "'");
    }
    return ownAgentId;
  }



  /** Only for {@value #ME}: ChatCaptain lets an agent set its own status only. */
  @Override
  public void setAvailability(String id, Availability availability) {
    client.inboxAgents().setMyOnlineStatus(chatbotId, toRequest(id, availability));
  }

  @Override
  public CompletableFuture<Void> setAvailabilityAsync(String id, Availability availability) {
    return async(() -> client.inboxAgentsAsync().setMyOnlineStatus(chatbotId, toRequest(id, availability))
        .thenApply(s -> null));
  }

  /**
   * @return the ChatCaptain client, for notification settings and the rest of the API
   */
  @Override
  public ChatCaptainClient client() {
    return client;
  }

  private SetOnlineStatusRequest toRequest(String id, Availability availability) {
    boolean own = ME.equals(id) || ownAgentId != null && ownAgentId.equals(id);
    if (!own) {
      throw new UnsupportedCapabilityException(Platform.CHATCAPTAIN, "set_availability", "set another agent's availability",
          "an agent can set only its own status; use the id '" + ME + "'" + (ownAgentId != null
              ? " or '" + ownAgentId + "'"
              : ", or give the API key's own agent id (setting SWITCHBOARD_CHATCAPTAIN_AGENT) to use it too"));
    }
    if (availability != Availability.ONLINE && availability != Availability.OFFLINE) {
      throw new InvalidInputException("chatcaptain", "setMyOnlineStatus", "availability",
          "must be online or offline (chatcaptain has no away), was "
              + String.valueOf(availability).toLowerCase(java.util.Locale.ROOT));
    }
    // The platform resolves racing updates by this timestamp.
    return new SetOnlineStatusRequest().online(availability == Availability.ONLINE)
        .clientTimestamp(String.valueOf(clock.millis()));
  }

  private Agent agent(AgentOnlineStatus s) {
    String id = idOf(s.getAgentId(), "agentId", "listAgentsOnlineStatus");
    Availability a = s.getOnline() == null ? Availability.UNKNOWN
        : s.getOnline() ? Availability.ONLINE : Availability.OFFLINE;
    return new Agent(Platform.CHATCAPTAIN, id, null, null, null, a, s);
  }
}
