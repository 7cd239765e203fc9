package dev.switchboard.facade;

import java.util.Locale;
import java.util.Objects;

/**
 * Filters for {@link AgentDirectory#list(AgentQuery)}. A platform applies the filters it has on the
 * server and the rest locally, so results are the same everywhere. Made by {@link #builder()} (or
 * {@link #ALL}, {@link #byName}, {@link #byEmail}): a new filter is a new builder method, never a
 * new constructor argument.
 */
public final class AgentQuery {
  /** Every agent, default page size. */
  public static final AgentQuery ALL = builder().build();

  private final String name;
  private final String email;
  private final int pageSize;

  private AgentQuery(Builder b) {
    this.name = b.name;
    this.email = b.email;
    this.pageSize = b.pageSize;
  }

  /** @return a builder with no filter and the platform's default page size */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param name the name fragment
   * @return a query by name
   */
  public static AgentQuery byName(String name) {
    return builder().name(name).build();
  }

  /**
   * @param email the email
   * @return a query by email
   */
  public static AgentQuery byEmail(String email) {
    return builder().email(email).build();
  }

  /**
   * @param size agents per request
   * @return a copy with that page size
   * @throws IllegalArgumentException if negative
   */
  public AgentQuery withPageSize(int size) {
    return toBuilder().pageSize(size).build();
  }

  /** @return a builder holding these filters */
  public Builder toBuilder() {
    return builder().name(name).email(email).pageSize(pageSize);
  }

  /** @return keep agents whose name contains this (case-insensitive), or null */
  public String name() {
    return name;
  }

  /** @return keep agents with exactly this email (case-insensitive), or null */
  public String email() {
    return email;
  }

  /** @return agents per request, or 0 for the platform's default */
  public int pageSize() {
    return pageSize;
  }

  /**
   * @param agent an agent
   * @return whether it passes these filters
   */
  public boolean matches(Agent agent) {
    if (name != null && (agent.name() == null
        || !agent.name().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)))) {
      return false;
    }
    return email == null || email.equalsIgnoreCase(agent.email());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgentQuery q && Objects.equals(name, q.name) && Objects.equals(email, q.email)
        && pageSize == q.pageSize;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, email, pageSize);
  }

  @Override
  public String toString() {
    return "AgentQuery[name=" + name + ", email=" + email + ", pageSize=" + pageSize + "]";
  }

  /** Builds an {@link AgentQuery}. */
  public static final class Builder {
    private String name;
    private String email;
    private int pageSize;

    private Builder() {}

    /**
     * @param value keep agents whose name contains this (case-insensitive), or null for any
     * @return this
     */
    public Builder name(String value) {
      name = value;
      return this;
    }

    /**
     * @param value keep agents with exactly this email (case-insensitive), or null for any
     * @return this
     */
    public Builder email(String value) {
      email = value;
      return this;
    }

    /**
     * @param value agents per request, or 0 for the platform's default
     * @return this
     * @throws IllegalArgumentException if negative
     */
    public Builder pageSize(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("pageSize must not be negative, was " + value);
      }
      pageSize = value;
      return this;
    }

    /** @return the query */
    public AgentQuery build() {
      return new AgentQuery(this);
    }
  }
}
