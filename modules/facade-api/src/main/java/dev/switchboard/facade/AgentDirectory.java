package dev.switchboard.facade;

import dev.switchboard.runtime.http.RequestOptions;
import dev.switchboard.runtime.internal.RequestScope;
import dev.switchboard.runtime.paging.PagedIterable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The agents of one account, workspace or chatbot on one platform.
 *
 * <p>An operation the platform lacks throws {@link UnsupportedCapabilityException} (see
 * {@link #capabilities()}); it is never a silent no-op. Every other failure is a
 * {@link dev.switchboard.runtime.error.SwitchboardException}: typed by HTTP status, carrying
 * provider, operation, status and body. Each operation has an async twin returning a
 * {@link CompletableFuture} that runs on the HTTP client's own async machinery, with the same
 * validation, retry and error rules; a failed future holds the same exception types.
 *
 * <p>Each operation also takes a {@link RequestOptions} as its last argument: a deadline for the
 * whole operation, headers for each of its requests, a hook told of each response's status and
 * request id. The options reach the client on the calling thread and travel with the operation's
 * own continuations (later pages, the next request of an async operation); work an implementation
 * hands to its own threads would not carry them, and the shipped platforms hand none.
 *
 * <p>Implementations are thread-safe.
 */
public interface AgentDirectory {
  /**
   * @return the platform
   */
  Platform platform();

  /**
   * @return what this platform supports
   */
  Set<Capability> capabilities();

  /**
   * What an application needs to know to manage this platform's agents without naming it.
   *
   * @return the platform's rules
   */
  PlatformDescription description();

  /**
   * @param capability a capability
   * @return whether this platform supports it
   */
  default boolean supports(Capability capability) {
    return capabilities().contains(capability);
  }

  /**
   * Every agent matching the query, fetched page by page as iteration proceeds. Iterate it or
   * {@code stream()} it for the agents; {@code iterableByPage()} gives the pages with their
   * continuation tokens, {@code iterableByPage(token)} resumes from one, {@code map} transforms
   * lazily and {@code collectAsync()} gathers every agent without blocking. A filter the platform
   * cannot apply runs locally, page by page, so pages and tokens stay the platform's.
   *
   * @param query the filters
   * @return a lazy, page-aware iterable
   */
  PagedIterable<Agent> list(AgentQuery query);

  /**
   * @return every agent, lazily
   */
  default PagedIterable<Agent> list() {
    return list(AgentQuery.ALL);
  }

  /**
   * @param id the agent's id on this platform
   * @return the agent
   * @throws dev.switchboard.runtime.error.NotFoundException if there is none
   */
  Agent get(String id);

  /**
   * @param agent the agent to create
   * @return the created agent
   */
  Agent create(NewAgent agent);

  /**
   * @param id the agent's id
   * @param update what to change
   * @return the agent after the change
   */
  Agent update(String id, AgentUpdate update);

  /**
   * @param id the agent's id
   */
  void delete(String id);

  /**
   * @param id the agent's id
   * @return the agent's availability
   */
  Availability availability(String id);

  /**
   * @param id the agent's id
   * @param availability the new availability
   */
  void setAvailability(String id, Availability availability);

  /**
   * @param query the filters
   * @return every matching agent, all pages fetched without blocking a caller thread
   */
  CompletableFuture<List<Agent>> listAsync(AgentQuery query);

  /**
   * @param id the agent's id
   * @return the agent
   */
  CompletableFuture<Agent> getAsync(String id);

  /**
   * @param agent the agent to create
   * @return the created agent
   */
  CompletableFuture<Agent> createAsync(NewAgent agent);

  /**
   * @param id the agent's id
   * @param update what to change
   * @return the agent after the change
   */
  CompletableFuture<Agent> updateAsync(String id, AgentUpdate update);

  /**
   * @param id the agent's id
   * @return completes when deleted
   */
  CompletableFuture<Void> deleteAsync(String id);

  /**
   * @param id the agent's id
   * @return the availability
   */
  CompletableFuture<Availability> availabilityAsync(String id);

  /**
   * @param id the agent's id
   * @param availability the new availability
   * @return completes when set
   */
  CompletableFuture<Void> setAvailabilityAsync(String id, Availability availability);

  // Per-call options: each operation again, taking RequestOptions last (a deadline for the whole
  // operation, extra headers on each of its requests, a hook told of each response).

  /**
   * {@link #list(AgentQuery)} with options for this call only.
   *
   * @param query the filters
   * @param options the options, or null for none
   * @return every matching agent, pages fetched as iteration proceeds
   */
  default PagedIterable<Agent> list(AgentQuery query, RequestOptions options) {
    return RequestScope.call(options, () -> list(query));
  }

  /**
   * {@link #get(String)} with options for this call only.
   *
   * @param id the agent's id
   * @param options the options, or null for none
   * @return the agent
   */
  default Agent get(String id, RequestOptions options) {
    return RequestScope.call(options, () -> get(id));
  }

  /**
   * {@link #create(NewAgent)} with options for this call only.
   *
   * @param agent the agent to create
   * @param options the options, or null for none
   * @return the created agent
   */
  default Agent create(NewAgent agent, RequestOptions options) {
    return RequestScope.call(options, () -> create(agent));
  }

  /**
   * {@link #update(String,AgentUpdate)} with options for this call only.
   *
   * @param id the agent's id
   * @param update what to change
   * @param options the options, or null for none
   * @return the agent after the change
   */
  default Agent update(String id, AgentUpdate update, RequestOptions options) {
    return RequestScope.call(options, () -> update(id, update));
  }

  /**
   * {@link #delete(String)} with options for this call only.
   *
   * @param id the agent's id
   * @param options the options, or null for none
   */
  default void delete(String id, RequestOptions options) {
    RequestScope.run(options, () -> delete(id));
  }

  /**
   * {@link #availability(String)} with options for this call only.
   *
   * @param id the agent's id
   * @param options the options, or null for none
   * @return the availability
   */
  default Availability availability(String id, RequestOptions options) {
    return RequestScope.call(options, () -> availability(id));
  }

  /**
   * {@link #setAvailability(String,Availability)} with options for this call only.
   *
   * @param id the agent's id
   * @param availability the new availability
   * @param options the options, or null for none
   */
  default void setAvailability(String id, Availability availability, RequestOptions options) {
    RequestScope.run(options, () -> setAvailability(id, availability));
  }

  /**
   * {@link #listAsync(AgentQuery)} with options for this call only.
   *
   * @param query the filters
   * @param options the options, or null for none
   * @return every matching agent
   */
  default CompletableFuture<List<Agent>> listAsync(AgentQuery query, RequestOptions options) {
    return RequestScope.call(options, () -> listAsync(query));
  }

  /**
   * {@link #getAsync(String)} with options for this call only.
   *
   * @param id the agent's id
   * @param options the options, or null for none
   * @return the agent
   */
  default CompletableFuture<Agent> getAsync(String id, RequestOptions options) {
    return RequestScope.call(options, () -> getAsync(id));
  }

  /**
   * {@link #createAsync(NewAgent)} with options for this call only.
   *
   * @param agent the agent to create
   * @param options the options, or null for none
   * @return the created agent
   */
  default CompletableFuture<Agent> createAsync(NewAgent agent, RequestOptions options) {
    return RequestScope.call(options, () -> createAsync(agent));
  }

  /**
   * {@link #updateAsync(String,AgentUpdate)} with options for this call only.
   *
   * @param id the agent's id
   * @param update what to change
   * @param options the options, or null for none
   * @return the agent after the change
   */
  default CompletableFuture<Agent> updateAsync(String id, AgentUpdate update, RequestOptions options) {
    return RequestScope.call(options, () -> updateAsync(id, update));
  }

  /**
   * {@link #deleteAsync(String)} with options for this call only.
   *
   * @param id the agent's id
   * @param options the options, or null for none
   * @return completes when deleted
   */
  default CompletableFuture<Void> deleteAsync(String id, RequestOptions options) {
    return RequestScope.call(options, () -> deleteAsync(id));
  }

  /**
   * {@link #availabilityAsync(String)} with options for this call only.
   *
   * @param id the agent's id
   * @param options the options, or null for none
   * @return the availability
   */
  default CompletableFuture<Availability> availabilityAsync(String id, RequestOptions options) {
    return RequestScope.call(options, () -> availabilityAsync(id));
  }

  /**
   * {@link #setAvailabilityAsync(String,Availability)} with options for this call only.
   *
   * @param id the agent's id
   * @param availability the new availability
   * @param options the options, or null for none
   * @return completes when set
   */
  default CompletableFuture<Void> setAvailabilityAsync(String id, Availability availability, RequestOptions options) {
    return RequestScope.call(options, () -> setAvailabilityAsync(id, availability));
  }

  /**
   * The generated client underneath, for what the facade does not model (Bird uploads and
   * workload, ChatCaptain notification settings, bcrumbs API keys).
   *
   * @return the provider client, e.g. a {@code BirdClient}
   */
  Object client();
}
