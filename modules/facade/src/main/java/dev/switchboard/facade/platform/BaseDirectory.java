package dev.switchboard.facade.platform;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.UnsupportedCapabilityException;
import dev.switchboard.runtime.error.ErrorContext;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import dev.switchboard.runtime.paging.PagedIterable;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * What every directory shares: listing through {@link #listing}, local filtering, and an honest
 * {@link UnsupportedCapabilityException} (thrown, or as a failed future) for what the platform
 * lacks. Subclasses override the operations they support.
 */
abstract class BaseDirectory implements AgentDirectory {
  private final Platform platform;
  private final Set<Capability> capabilities;

  BaseDirectory(Platform platform, Set<Capability> capabilities) {
    this.platform = platform;
    this.capabilities = Set.copyOf(EnumSet.copyOf(capabilities));
  }

  @Override
  public final Platform platform() {
    return platform;
  }

  @Override
  public final Set<Capability> capabilities() {
    return capabilities;
  }

  /**
   * The agents, filtered on the server where the platform can: the generated paging of the
   * platform's list operation (from its spec's {@code x-pagination}), mapped to {@link Agent}.
   */
  abstract PagedIterable<Agent> listing(AgentQuery query);

  @Override
  public PagedIterable<Agent> list(AgentQuery query) {
    requireQuery(query);
    // The rest of the query runs here, page by page, so pages and their tokens stay the platform's.
    return listing(query).filter(query::matches);
  }

  @Override
  public CompletableFuture<List<Agent>> listAsync(AgentQuery query) {
    return async(() -> list(query).collectAsync());
  }

  private void requireQuery(AgentQuery query) {
    if (query == null) {
      throw new InvalidInputException(platform.id(), "list", "query", "is required (AgentQuery.ALL for every agent)");
    }
  }

  /**
   * A success response that lacks what the facade needs (the spec promises it).
   *
   * @param detail what is missing or wrong, naming the field, never quoting a value
   */
  UnexpectedResponseException unexpected(String operation, String detail) {
    return new UnexpectedResponseException(platform.id(), operation, 0, detail);
  }

  /** The decoded body; none at all (an empty or {@code null} body) is an unexpected response. */
  <T> T present(T body, String operation) {
    if (body == null) {
      throw unexpected(operation, "no body");
    }
    return body;
  }

  /** An id the platform must send; missing or blank is an unexpected response naming the field. */
  String idOf(Object id, String field, String operation) {
    if (id == null || id.toString().isBlank()) {
      throw unexpected(operation, "missing '" + field + "'");
    }
    return id.toString();
  }

  /** Each element mapped; a null element is an unexpected response naming the list. */
  <S, T> List<T> each(List<S> items, String field, String operation, java.util.function.Function<S, T> map) {
    if (items == null) {
      return null;
    }
    List<T> out = new java.util.ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      S item = items.get(i);
      if (item == null) {
        throw unexpected(operation, "null element " + field + "[" + i + "]");
      }
      out.add(map.apply(item));
    }
    return out;
  }

  /** For platforms with no single-agent read: walk the list. */
  Agent findInList(String id, String operation) {
    requireId(id, operation);
    for (Agent a : list(AgentQuery.ALL)) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    throw notFound(id, operation);
  }

  CompletableFuture<Agent> findInListAsync(String id, String operation) {
    return async(() -> {
      requireId(id, operation);
      return listAsync(AgentQuery.ALL).thenApply(all -> all.stream().filter(a -> a.id().equals(id)).findFirst()
          .orElseThrow(() -> notFound(id, operation)));
    });
  }

  NotFoundException notFound(String id, String operation) {
    String body = "agent '" + id + "' is not in the list (found by listing: " + platform.id() + " has no single-agent read)";
    return new NotFoundException(ErrorContext.http(platform.id(), operation, 404, null, body, null));
  }

  void requireId(String id, String operation) {
    if (id == null || id.isBlank()) {
      throw new InvalidInputException(platform.id(), operation, "id", "is required");
    }
  }

  String require(String value, String field, String operation) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(platform.id(), operation, field, "is required by " + platform.id());
    }
    return value;
  }

  /** Rejects changes this platform cannot make, naming them, before anything is sent. */
  void onlyChanges(AgentUpdate update, String operation, Set<String> supported) {
    if (update == null) {
      throw new InvalidInputException(platform.id(), operation, "update", "is required");
    }
    for (Map.Entry<String, ?> e : update.changes().entrySet()) {
      if (!supported.contains(e.getKey())) {
        throw new UnsupportedCapabilityException(platform, "update." + e.getKey(),
            "it can change only " + supported);
      }
    }
  }

  UnsupportedCapabilityException unsupported(Capability capability) {
    return new UnsupportedCapabilityException(platform, capability.name().toLowerCase(java.util.Locale.ROOT),
        "see capabilities(): " + capabilities);
  }

  /** Runs {@code call}; input rejected before sending becomes a failed future, like every other failure. */
  static <T> CompletableFuture<T> async(Supplier<CompletableFuture<T>> call) {
    try {
      return call.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public Agent get(String id) {
    throw unsupported(Capability.GET);
  }

  @Override
  public Agent create(NewAgent agent) {
    throw unsupported(Capability.CREATE);
  }

  @Override
  public Agent update(String id, AgentUpdate update) {
    throw unsupported(Capability.UPDATE);
  }

  @Override
  public void delete(String id) {
    throw unsupported(Capability.DELETE);
  }

  /** Where the platform has no availability read of its own, the agent's record says it. */
  @Override
  public Availability availability(String id) {
    if (!supports(Capability.GET_AVAILABILITY)) {
      throw unsupported(Capability.GET_AVAILABILITY);
    }
    return get(id).availability();
  }

  @Override
  public void setAvailability(String id, Availability availability) {
    throw unsupported(Capability.SET_AVAILABILITY);
  }

  @Override
  public CompletableFuture<Agent> getAsync(String id) {
    return CompletableFuture.failedFuture(unsupported(Capability.GET));
  }

  @Override
  public CompletableFuture<Agent> createAsync(NewAgent agent) {
    return CompletableFuture.failedFuture(unsupported(Capability.CREATE));
  }

  @Override
  public CompletableFuture<Agent> updateAsync(String id, AgentUpdate update) {
    return CompletableFuture.failedFuture(unsupported(Capability.UPDATE));
  }

  @Override
  public CompletableFuture<Void> deleteAsync(String id) {
    return CompletableFuture.failedFuture(unsupported(Capability.DELETE));
  }

  @Override
  public CompletableFuture<Availability> availabilityAsync(String id) {
    if (!supports(Capability.GET_AVAILABILITY)) {
      return CompletableFuture.failedFuture(unsupported(Capability.GET_AVAILABILITY));
    }
    return getAsync(id).thenApply(Agent::availability);
  }

  @Override
  public CompletableFuture<Void> setAvailabilityAsync(String id, Availability availability) {
    return CompletableFuture.failedFuture(unsupported(Capability.SET_AVAILABILITY));
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + platform.id() + "]";
  }
}
