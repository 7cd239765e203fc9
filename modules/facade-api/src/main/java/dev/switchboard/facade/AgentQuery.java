package dev.switchboard.facade;

/**
 * Filters for {@link AgentDirectory#list(AgentQuery)}. A platform applies the filters it has on the
 * server and the rest locally, so results are the same everywhere.
 *
 * @param name keep agents whose name contains this (case-insensitive), or null
 * @param email keep agents with exactly this email (case-insensitive), or null
 * @param pageSize agents per request, or 0 for the platform's default
 */
public record AgentQuery(String name, String email, int pageSize) {
  /** Every agent, default page size. */
  public static final AgentQuery ALL = new AgentQuery(null, null, 0);

  /**
   * Validates the page size.
   *
   * @param name keep agents whose name contains this (case-insensitive), or null
   * @param email keep agents with exactly this email (case-insensitive), or null
   * @param pageSize agents per request, or 0 for the platform's default
   */
  public AgentQuery {
    if (pageSize < 0) {
      throw new IllegalArgumentException("pageSize must not be negative, was " + pageSize);
    }
  }

  /**
   * @param name the name fragment
   * @return a query by name
   */
  public static AgentQuery byName(String name) {
    return new AgentQuery(name, null, 0);
  }

  /**
   * @param email the email
   * @return a query by email
   */
  public static AgentQuery byEmail(String email) {
    return new AgentQuery(null, email, 0);
  }

  /**
   * @param size agents per request
   * @return a copy with that page size
   */
  public AgentQuery withPageSize(int size) {
    return new AgentQuery(name, email, size);
  }

  /**
   * @param agent an agent
   * @return whether it passes these filters
   */
  public boolean matches(Agent agent) {
    if (name != null && (agent.name() == null
        || !agent.name().toLowerCase(java.util.Locale.ROOT).contains(name.toLowerCase(java.util.Locale.ROOT)))) {
      return false;
    }
    return email == null || email.equalsIgnoreCase(agent.email());
  }
}
