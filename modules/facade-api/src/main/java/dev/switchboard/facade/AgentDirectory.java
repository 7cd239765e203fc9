package dev.switchboard.facade;

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

  /**
   * The generated client underneath, for what the facade does not model (Bird uploads and
   * workload, ChatCaptain notification settings, bcrumbs API keys).
   *
   * @return the provider client, e.g. a {@code BirdClient}
   */
  Object client();
}
