package dev.switchboard.twilio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.spi.BaseDirectory;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.internal.json.Json;
import dev.switchboard.runtime.paging.PagedIterable;
import dev.switchboard.twilio.api.TaskrouterV1ActivityApi.ListActivityQueryParams;
import dev.switchboard.twilio.api.TaskrouterV1WorkerApi.ListWorkerQueryParams;
import dev.switchboard.twilio.model.TaskrouterV1WorkspaceActivity;
import dev.switchboard.twilio.model.TaskrouterV1WorkspaceWorker;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Twilio TaskRouter workers of one workspace (the agents of Twilio Flex): everything is supported.
 * An agent's name is the worker's {@code FriendlyName}, unique in a workspace; its availability is
 * its activity's ({@link TwilioActivities}); its email and role come from the worker's
 * {@code Attributes} JSON, under the keys Twilio Flex's SSO docs name for its workers
 * ({@code email}, and {@code roles}, a list whose first entry is the role: {@code agent},
 * {@code supervisor} or {@code admin}). TaskRouter shows attributes only when one worker is
 * fetched (the document's {@code attributes} description), so listed agents have no email or role.
 */
public final class TwilioDirectory extends BaseDirectory {
  /** The platform's id. */
  public static final Platform PLATFORM = Platform.of(TwilioClient.PROVIDER);
  private static final Set<String> UPDATABLE = Set.of("name", "availability");
  /** {@code PageSize} of both lists: "The default is 50, and the maximum is 1000" (the document). */
  private static final int MAX_PAGE = 1000;
  private static final String SPEC = "specs/twilio/official/twilio_taskrouter_v1.yaml";

  /**
   * TaskRouter's rules, each from Twilio's OpenAPI document (see {@code specs/twilio}) unless said:
   * workers are matched by {@code FriendlyName} ("unique within the TaskRouter Workspace"; lists
   * carry no attributes, so no email); a create needs {@code FriendlyName} only (its one required
   * field) and takes the initial {@code ActivitySid}, so it sets availability; an update may change
   * {@code FriendlyName} and {@code ActivitySid}. Roles are Flex's (docs, Flex UI users and SSO
   * configuration: agent, supervisor, admin).
   */
  public static final PlatformDescription DESCRIPTION = PlatformDescription.builder(PlatformDescription.MatchKey.NAME)
      .requiredToCreate("name")
      .updatable(UPDATABLE)
      .createSetsAvailability(true)
      .rename(PlatformDescription.Rename.IN_PLACE)
      .roles("agent", "supervisor", "admin")
      .rateLimit(PlatformDescription.RateLimit.unknown(SPEC
          + ": the responses declare X-Rate-Limit-Limit, -Remaining and -Config headers, no number"))
      .pageSize(new PlatformDescription.PageSize(MAX_PAGE, SPEC + " ListWorker PageSize maximum 1000"))
      .build();

  private final TwilioClient client;
  private final String workspaceSid;
  private final TwilioActivities activities;
  /** Activity names resolved to SIDs, once per directory: an activity's availability never changes. */
  private final Map<Availability, String> resolved = new ConcurrentHashMap<>();

  private TwilioDirectory(TwilioClient client, String workspaceSid, TwilioActivities activities) {
    super(PLATFORM, EnumSet.allOf(Capability.class), DESCRIPTION);
    this.client = client;
    this.workspaceSid = workspaceSid;
    this.activities = activities;
  }

  /**
   * @param client a configured Twilio client
   * @param workspaceSid the TaskRouter workspace whose workers this directory manages
   * @return the directory, with the default activities ({@link TwilioActivities#defaults()})
   */
  public static TwilioDirectory of(TwilioClient client, String workspaceSid) {
    return of(client, workspaceSid, TwilioActivities.defaults());
  }

  /**
   * @param client a configured Twilio client
   * @param workspaceSid the TaskRouter workspace whose workers this directory manages
   * @param activities which activity stands for each availability
   * @return the directory
   */
  public static TwilioDirectory of(TwilioClient client, String workspaceSid, TwilioActivities activities) {
    if (workspaceSid == null || workspaceSid.isBlank()) {
      throw new IllegalArgumentException("workspaceSid must not be blank");
    }
    return new TwilioDirectory(java.util.Objects.requireNonNull(client, "client"), workspaceSid,
        java.util.Objects.requireNonNull(activities, "activities"));
  }

  @Override
  protected PagedIterable<Agent> listing(AgentQuery query) {
    ListWorkerQueryParams p = new ListWorkerQueryParams();
    if (query.pageSize() > 0) {
      p.pageSize((long) Math.min(query.pageSize(), MAX_PAGE));
    }
    if (query.name() != null) {
      // Narrows on Twilio's server ("The friendly_name of the Worker resources to read"); the local
      // filter still decides.
      p.friendlyName(query.name());
    }
    return client.workersPaging().listWorker(workspaceSid, p).map(w -> agent(w, "listWorker"));
  }

  @Override
  public Agent get(String id) {
    return agent(client.workers().fetchWorker(workspaceSid, id), "fetchWorker");
  }

  @Override
  public CompletableFuture<Agent> getAsync(String id) {
    return async(() -> client.workersAsync().fetchWorker(workspaceSid, id).thenApply(w -> agent(w, "fetchWorker")));
  }

  @Override
  public Agent create(NewAgent agent) {
    String name = name(agent);
    String activity = agent.availability() == null ? null : activitySid(agent.availability(), "createWorker");
    return agent(client.workers().createWorker(workspaceSid, name, activity, attributes(agent)), "createWorker");
  }

  @Override
  public CompletableFuture<Agent> createAsync(NewAgent agent) {
    return async(() -> {
      String name = name(agent);
      String attributes = attributes(agent);
      CompletableFuture<String> activity = agent.availability() == null ? CompletableFuture.completedFuture(null)
          : activitySidAsync(agent.availability(), "createWorker");
      return activity.thenCompose(sid -> client.workersAsync().createWorker(workspaceSid, name, sid, attributes))
          .thenApply(w -> agent(w, "createWorker"));
    });
  }

  @Override
  public Agent update(String id, AgentUpdate update) {
    String name = newName(update);
    String activity = update.availability().isChanged() ? activitySid(update.availability().value(), "updateWorker") : null;
    return agent(client.workers().updateWorker(workspaceSid, id, null, activity, null, name, null), "updateWorker");
  }

  @Override
  public CompletableFuture<Agent> updateAsync(String id, AgentUpdate update) {
    return async(() -> {
      String name = newName(update);
      CompletableFuture<String> activity = update.availability().isChanged()
          ? activitySidAsync(update.availability().value(), "updateWorker") : CompletableFuture.completedFuture(null);
      return activity.thenCompose(sid -> client.workersAsync().updateWorker(workspaceSid, id, null, sid, null, name, null))
          .thenApply(w -> agent(w, "updateWorker"));
    });
  }

  @Override
  public void delete(String id) {
    client.workers().deleteWorker(workspaceSid, id, null);
  }

  @Override
  public CompletableFuture<Void> deleteAsync(String id) {
    return async(() -> client.workersAsync().deleteWorker(workspaceSid, id, null));
  }

  @Override
  public void setAvailability(String id, Availability availability) {
    String sid = activitySid(availability, "updateWorker");
    client.workers().updateWorker(workspaceSid, id, null, sid, null, null, null);
  }

  @Override
  public CompletableFuture<Void> setAvailabilityAsync(String id, Availability availability) {
    return async(() -> activitySidAsync(availability, "updateWorker")
        .thenCompose(sid -> client.workersAsync().updateWorker(workspaceSid, id, null, sid, null, null, null))
        .thenApply(w -> null));
  }

  /**
   * @return the Twilio client, for the rest of the workers and activities API
   */
  @Override
  public TwilioClient client() {
    return client;
  }

  private String name(NewAgent agent) {
    if (agent == null) {
      throw new InvalidInputException(PLATFORM.id(), "createWorker", "agent", "is required");
    }
    return require(agent.name(), "name", "createWorker");
  }

  /** The changed name, or null when the update leaves it (checked before anything is sent). */
  private String newName(AgentUpdate update) {
    onlyChanges(update, "updateWorker", UPDATABLE);
    if (!update.name().isChanged()) {
      return null;
    }
    return require(update.name().value(), "name", "updateWorker");
  }

  /** The {@code Attributes} JSON a create sends: the Flex keys of what the agent carries, or none. */
  private static String attributes(NewAgent agent) {
    if (agent.email() == null && agent.role() == null) {
      return null;
    }
    ObjectNode a = Json.mapper().createObjectNode();
    if (agent.email() != null) {
      a.put("email", agent.email());
    }
    if (agent.role() != null) {
      a.putArray("roles").add(agent.role());
    }
    return a.toString();
  }

  private Agent agent(TaskrouterV1WorkspaceWorker w, String operation) {
    String id = idOf(present(w, operation).getSid(), "sid", operation);
    JsonNode attributes = attributesOf(w.getAttributes());
    String email = attributes.path("email").isTextual() ? attributes.path("email").asText() : null;
    JsonNode roles = attributes.path("roles");
    String role = roles.isTextual() ? roles.asText()
        : roles.isArray() && roles.size() > 0 && roles.get(0).isTextual() ? roles.get(0).asText() : null;
    return new Agent(PLATFORM, id, w.getFriendlyName(), email, role,
        activities.read(w.getActivitySid(), w.getActivityName(), w.getAvailable()), w);
  }

  /** Attributes are the worker's own JSON text: anything that is not a JSON object reads as none. */
  private static JsonNode attributesOf(String text) {
    if (text == null || text.isBlank()) {
      return Json.mapper().missingNode();
    }
    try {
      JsonNode n = Json.mapper().readTree(text);
      return n != null && n.isObject() ? n : Json.mapper().missingNode();
    } catch (java.io.IOException | RuntimeException e) {
      return Json.mapper().missingNode();
    }
  }

  private String activitySid(Availability availability, String operation) {
    String chosen = chosen(availability, operation);
    if (TwilioActivities.isSid(chosen)) {
      return chosen;
    }
    String known = resolved.get(availability);
    if (known != null) {
      return known;
    }
    List<TaskrouterV1WorkspaceActivity> all =
        client.activitiesPaging().listActivity(workspaceSid, allActivities()).stream().toList();
    return resolve(availability, chosen, all, operation);
  }

  private CompletableFuture<String> activitySidAsync(Availability availability, String operation) {
    return async(() -> {
      String chosen = chosen(availability, operation);
      String known = TwilioActivities.isSid(chosen) ? chosen : resolved.get(availability);
      if (known != null) {
        return CompletableFuture.completedFuture(known);
      }
      return client.activitiesPaging().listActivity(workspaceSid, allActivities()).collectAsync()
          .thenApply(all -> resolve(availability, chosen, all, operation));
    });
  }

  private static ListActivityQueryParams allActivities() {
    return new ListActivityQueryParams().pageSize((long) MAX_PAGE);
  }

  /** The configured activity for an availability; UNKNOWN or none is refused before anything is sent. */
  private String chosen(Availability availability, String operation) {
    if (availability == null || availability == Availability.UNKNOWN) {
      throw new InvalidInputException(PLATFORM.id(), operation, "availability",
          "must be online, away or offline, was " + String.valueOf(availability).toLowerCase(Locale.ROOT));
    }
    return activities.of(availability);
  }

  /**
   * The activity of that name whose {@code available} flag fits (available for ONLINE only). Every
   * other availability chosen by name is resolved from the same list, so one list serves all three.
   */
  private String resolve(Availability availability, String name, List<TaskrouterV1WorkspaceActivity> all, String operation) {
    for (Availability other : List.of(Availability.ONLINE, Availability.AWAY, Availability.OFFLINE)) {
      String chosen = activities.of(other);
      if (TwilioActivities.isSid(chosen)) {
        continue;
      }
      for (TaskrouterV1WorkspaceActivity a : all) {
        if (a != null && a.getSid() != null && chosen.equalsIgnoreCase(a.getFriendlyName())
            && Boolean.valueOf(other == Availability.ONLINE).equals(a.getAvailable())) {
          resolved.putIfAbsent(other, a.getSid());
          break;
        }
      }
    }
    String sid = resolved.get(availability);
    if (sid != null) {
      return sid;
    }
    boolean available = availability == Availability.ONLINE;
    throw new InvalidInputException(PLATFORM.id(), operation, "availability", "workspace has no "
        + (available ? "available" : "unavailable") + " activity named '" + name + "' for "
        + availability.name().toLowerCase(Locale.ROOT) + "; set SWITCHBOARD_TWILIO_"
        + availability.name() + "_ACTIVITY to one of its activities (a name or WA... SID)");
  }
}
