package dev.switchboard.facade.spi;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
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
 * lacks. Subclasses override the operations they support. Public so that a platform's own module
 * (its provider module, or a third party's) can build its directory on it.
 */
public abstract class BaseDirectory implements AgentDirectory {
  private final Platform platform;
  private final Set<Capability> capabilities;
  private final PlatformDescription description;
  private final ResponseChecks checks;

  /**
   * @param platform the platform
   * @param capabilities what it supports
   * @param description its rules, as its provider publishes them
   */
  protected BaseDirectory(Platform platform, Set<Capability> capabilities, PlatformDescription description) {
    this.platform = platform;
    this.capabilities = Set.copyOf(EnumSet.copyOf(capabilities));
    this.description = java.util.Objects.requireNonNull(description, "description");
    this.checks = new ResponseChecks(platform);
  }

  @Override
  public final Platform platform() {
    return platform;
  }

  @Override
  public final Set<Capability> capabilities() {
    return capabilities;
  }

  @Override
  public final PlatformDescription description() {
    return description;
  }

  /**
   * @return the checks of success responses, for a collaborator of the directory
   */
  protected final ResponseChecks checks() {
    return checks;
  }

  /**
   * The agents, filtered on the server where the platform can: the generated paging of the
   * platform's list operation (from its spec's {@code x-pagination}), mapped to {@link Agent}.
   *
   * @param query the filters
   * @return the agents, page by page
   */
  protected abstract PagedIterable<Agent> listing(AgentQuery query);

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
   * @param operation the operation
   * @param detail what is missing or wrong, naming the field, never quoting a value
   * @return see {@link ResponseChecks#unexpected(String, String)}
   */
  protected UnexpectedResponseException unexpected(String operation, String detail) {
    return checks.unexpected(operation, detail);
  }

  /**
   * @param <T> the body type
   * @param body the decoded body
   * @param operation the operation
   * @return see {@link ResponseChecks#present(Object, String)}
   */
  protected <T> T present(T body, String operation) {
    return checks.present(body, operation);
  }

  /**
   * @param id the id read
   * @param field its field
   * @param operation the operation
   * @return see {@link ResponseChecks#idOf(Object, String, String)}
   */
  protected String idOf(Object id, String field, String operation) {
    return checks.idOf(id, field, operation);
  }

  /**
   * @param <S> the element type read
   * @param <T> the element type made
   * @param items the list read
   * @param field its field
   * @param operation the operation
   * @param map how each element is made
   * @return see {@link ResponseChecks#each(List, String, String, java.util.function.Function)}
   */
  protected <S, T> List<T> each(List<S> items, String field, String operation, java.util.function.Function<S, T> map) {
    return checks.each(items, field, operation, map);
  }

  /**
   * For platforms with no single-agent read: walk the list.
   *
   * @param id the agent's id
   * @param operation the operation, for errors
   * @return the agent
   */
  protected Agent findInList(String id, String operation) {
    requireId(id, operation);
    for (Agent a : list(AgentQuery.ALL)) {
      if (a.id().equals(id)) {
        return a;
      }
    }
    throw notFound(id, operation);
  }

  /**
   * Non-blocking {@link #findInList}.
   *
   * @param id the agent's id
   * @param operation the operation, for errors
   * @return the agent, when found
   */
  protected CompletableFuture<Agent> findInListAsync(String id, String operation) {
    return async(() -> {
      requireId(id, operation);
      return listAsync(AgentQuery.ALL).thenApply(all -> all.stream().filter(a -> a.id().equals(id)).findFirst()
          .orElseThrow(() -> notFound(id, operation)));
    });
  }

  /**
   * @param id the agent's id
   * @param operation the operation
   * @return the 404 a listing ends in when the agent is not there
   */
  protected NotFoundException notFound(String id, String operation) {
    String body = "agent '" + id + "' is not in the list (found by listing: " + platform.id() + " has no single-agent read)";
    return new NotFoundException(ErrorContext.http(platform.id(), operation, 404, null, body, null));
  }

  /**
   * @param id an agent id from the caller
   * @param operation the operation
   * @throws InvalidInputException if it is blank, before anything is sent
   */
  protected void requireId(String id, String operation) {
    if (id == null || id.isBlank()) {
      throw new InvalidInputException(platform.id(), operation, "id", "is required");
    }
  }

  /**
   * @param value a caller's value
   * @param field its field
   * @param operation the operation
   * @return the value
   * @throws InvalidInputException if it is blank, naming the field, before anything is sent
   */
  protected String require(String value, String field, String operation) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(platform.id(), operation, field, "is required by " + platform.id());
    }
    return value;
  }

  /**
   * Rejects changes this platform cannot make, naming them, before anything is sent.
   *
   * @param update the update
   * @param operation the operation
   * @param supported the fields the platform can change
   */
  protected void onlyChanges(AgentUpdate update, String operation, Set<String> supported) {
    if (update == null) {
      throw new InvalidInputException(platform.id(), operation, "update", "is required");
    }
    for (Map.Entry<String, ?> e : update.changes().entrySet()) {
      if (!supported.contains(e.getKey())) {
        throw new UnsupportedCapabilityException(platform, "update." + e.getKey(), "change an agent's " + e.getKey(),
            supported.isEmpty() ? "it can change no field" : "it can change only " + fieldList(supported));
      }
    }
  }

  /** Fields in the order agents are described ({@code Set.of} has none), as a sentence: "name, role and availability". */
  private static String fieldList(Set<String> fields) {
    List<String> order = List.of("name", "surname", "email", "role", "userId", "avatarUrl", "availability");
    List<String> sorted = new java.util.ArrayList<>(fields);
    sorted.sort(java.util.Comparator.comparingInt((String f) -> order.contains(f) ? order.indexOf(f) : order.size())
        .thenComparing(java.util.Comparator.naturalOrder()));
    int last = sorted.size() - 1;
    return last == 0 ? sorted.get(0) : String.join(", ", sorted.subList(0, last)) + " and " + sorted.get(last);
  }

  /**
   * @param capability what was asked
   * @return the exception saying, in words, that the platform cannot (and {@link #whyNot why})
   */
  protected UnsupportedCapabilityException unsupported(Capability capability) {
    return new UnsupportedCapabilityException(platform, capability, whyNot(capability));
  }

  /**
   * Why the platform lacks a capability, for the message a user reads. Every platform shipped with
   * Switchboard lacks one only because its API has no such operation; a directory that leaves one
   * out for another reason says so here.
   *
   * @param capability a capability this directory does not support
   * @return the reason, in words
   */
  protected String whyNot(Capability capability) {
    return "its API has no such operation";
  }

  /**
   * Runs {@code call}; input rejected before sending becomes a failed future, like every other failure.
   *
   * @param <T> the result type
   * @param call what to run
   * @return its future, or a failed one
   */
  protected static <T> CompletableFuture<T> async(Supplier<CompletableFuture<T>> call) {
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
