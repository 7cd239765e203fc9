package dev.switchboard.intercom;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.spi.BaseDirectory;
import dev.switchboard.intercom.api.AdminsApi;
import dev.switchboard.intercom.model.Admin;
import dev.switchboard.intercom.model.SetAwayAdminRequest;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.paging.PagedIterable;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Intercom's admins (its teammates) as agents. Intercom's API lists admins, reads one and sets one
 * away; it has no operation that creates, changes or removes an admin, so neither has this directory.
 *
 * <p>Availability is Intercom's away mode: {@code away_mode_enabled} true is {@link Availability#AWAY},
 * false is {@link Availability#ONLINE}. Intercom has no offline that the API can set, so
 * {@link #setAvailability(String, Availability)} refuses {@code OFFLINE} before any request.
 * Setting it sends the admin's current {@code away_mode_reassign} back unchanged (read first): the
 * field is required on every call, and a change of availability should not turn the admin's choice
 * to reassign conversations on or off.
 *
 * <p>Ids are Intercom's admin ids, whole numbers ({@code admin_id} is an integer in its API).
 */
public final class IntercomDirectory extends BaseDirectory {
  /** The platform, by its id: Switchboard's {@code Platform} constants name only the first five. */
  public static final Platform PLATFORM = Platform.of(IntercomClient.PROVIDER);

  /** Where each fact below was read: Intercom's own OpenAPI document, the one specs/intercom is cut from. */
  private static final String DOC = "intercom/Intercom-OpenAPI@8889625 descriptions/2.14/api.intercom.io.yaml";

  /**
   * Intercom's rules for admins: recognised by email, nothing can be created, changed or renamed.
   */
  public static final PlatformDescription DESCRIPTION = PlatformDescription.builder(PlatformDescription.MatchKey.EMAIL)
      // The admin schema has email and name, and no role (DOC lines 14925-14987): an admin is its email.
      // Nothing to create: its paths for admins are /me, /admins, /admins/{admin_id}, /away and activity
      // logs, none of them a POST, PATCH or DELETE.
      .createSetsAvailability(false)
      .rename(PlatformDescription.Rename.UNSUPPORTED)
      .rateLimit(PlatformDescription.RateLimit.unknown(DOC + " documents no request rate limit for the admins"
          + " operations (its one limit is 5 pending reporting exports); specs/intercom info.x-unknowns"))
      // GET /admins takes display_avatar only (DOC lines 275-328): no page size, one answer holds all.
      .pageSize(PlatformDescription.PageSize.unknown(DOC + " lines 275-328: /admins takes no page size"))
      .build();

  private final IntercomClient client;

  private IntercomDirectory(IntercomClient client) {
    super(PLATFORM, EnumSet.of(Capability.LIST, Capability.GET, Capability.GET_AVAILABILITY,
        Capability.SET_AVAILABILITY), DESCRIPTION);
    this.client = client;
  }

  /**
   * @param client a configured Intercom client
   * @return the directory of that workspace's admins
   */
  public static IntercomDirectory of(IntercomClient client) {
    return new IntercomDirectory(Objects.requireNonNull(client, "client"));
  }

  @Override
  protected PagedIterable<Agent> listing(AgentQuery query) {
    // No intercomVersion argument: the client sends its configured one.
    return client.adminsPaging().listAdmins(null, new AdminsApi.ListAdminsQueryParams()).map(a -> agent(a, "listAdmins"));
  }

  @Override
  public Agent get(String id) {
    return agent(present(client.admins().retrieveAdmin(adminId(id, "retrieveAdmin"), null), "retrieveAdmin"), "retrieveAdmin");
  }

  @Override
  public CompletableFuture<Agent> getAsync(String id) {
    return async(() -> client.adminsAsync().retrieveAdmin(adminId(id, "retrieveAdmin"), null)
        .thenApply(a -> agent(present(a, "retrieveAdmin"), "retrieveAdmin")));
  }

  @Override
  public void setAvailability(String id, Availability availability) {
    boolean away = awayModeEnabled(availability);
    int adminId = adminId(id, "setAwayAdmin");
    Admin current = present(client.admins().retrieveAdmin(adminId, null), "retrieveAdmin");
    present(client.admins().setAwayAdmin(adminId, null, request(away, current)), "setAwayAdmin");
  }

  @Override
  public CompletableFuture<Void> setAvailabilityAsync(String id, Availability availability) {
    return async(() -> {
      boolean away = awayModeEnabled(availability);
      int adminId = adminId(id, "setAwayAdmin");
      return client.adminsAsync().retrieveAdmin(adminId, null)
          .thenCompose(current -> client.adminsAsync().setAwayAdmin(adminId, null,
              request(away, present(current, "retrieveAdmin"))))
          .thenApply(answer -> {
            present(answer, "setAwayAdmin");
            return null;
          });
    });
  }

  /**
   * @return the Intercom client, for the rest of the admins API (e.g. an away status reason)
   */
  @Override
  public IntercomClient client() {
    return client;
  }

  /** Away mode is the one availability Intercom's API sets: on is away, off is online. */
  private static boolean awayModeEnabled(Availability availability) {
    if (availability == Availability.AWAY || availability == Availability.ONLINE) {
      return availability == Availability.AWAY;
    }
    throw new InvalidInputException(IntercomClient.PROVIDER, "setAwayAdmin", "availability",
        "must be online or away (Intercom's away_mode_enabled is false or true; it has no "
            + String.valueOf(availability).toLowerCase(Locale.ROOT) + " an API can set)");
  }

  private static SetAwayAdminRequest request(boolean away, Admin current) {
    return new SetAwayAdminRequest().awayModeEnabled(away)
        .awayModeReassign(Boolean.TRUE.equals(current.getAwayModeReassign()));
  }

  /** Intercom's admin_id is an integer: anything else is refused before a request is sent. */
  private int adminId(String id, String operation) {
    requireId(id, operation);
    try {
      return Integer.parseInt(id.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(IntercomClient.PROVIDER, operation, "id",
          "must be an Intercom admin id, a whole number up to " + Integer.MAX_VALUE);
    }
  }

  private Agent agent(Admin a, String operation) {
    String id = idOf(a.getId(), "id", operation);
    Availability availability = a.getAwayModeEnabled() == null ? Availability.UNKNOWN
        : a.getAwayModeEnabled() ? Availability.AWAY : Availability.ONLINE;
    // No role: the admin schema has none (its type is always "admin", job_title is a title).
    return new Agent(PLATFORM, id, a.getName(), a.getEmail(), null, availability, a);
  }
}
