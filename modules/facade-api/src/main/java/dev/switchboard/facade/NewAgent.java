package dev.switchboard.facade;

import java.util.Objects;
/**
 * An agent to create. Platforms need different fields (Chatwoot an email and a role, bcrumbs a
 * user id); a directory rejects a missing one with an
 * {@link dev.switchboard.runtime.error.InvalidInputException} naming it, before sending. A
 * platform stores the fields it has a place for (LiveChat bots and Bird agents take no email);
 * the returned {@link Agent} shows what was stored.
 *
 * <p>A class with a builder ({@link #named}), not a record: a new field is a new builder method.
 */
public final class NewAgent {
  private final String name;
  private final String surname;
  private final String email;
  private final String role;
  private final String userId;
  private final Availability availability;

  private NewAgent(String name, String surname, String email, String role, String userId, Availability availability) {
    // Blank stays "none": the directory of a platform that needs an email refuses it naming the field.
    if (email != null && !email.isBlank()) {
      Emails.check(email);
    }
    this.name = name;
    this.surname = surname;
    this.email = email;
    this.role = role;
    this.userId = userId;
    this.availability = availability;
  }

  /** @return the display name (required everywhere) */
  public String name() {
    return name;
  }

  /** @return the surname (bcrumbs), or null */
  public String surname() {
    return surname;
  }

  /** @return the email, or null */
  public String email() {
    return email;
  }

  /** @return the role or type as the platform names it, or null for the platform's default */
  public String role() {
    return role;
  }

  /** @return the platform's user the agent belongs to (bcrumbs, Bird), or null */
  public String userId() {
    return userId;
  }

  /** @return the initial availability, or null for the platform's default */
  public Availability availability() {
    return availability;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NewAgent o
        && Objects.equals(name, o.name)
        && Objects.equals(surname, o.surname)
        && Objects.equals(email, o.email)
        && Objects.equals(role, o.role)
        && Objects.equals(userId, o.userId)
        && Objects.equals(availability, o.availability);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, surname, email, role, userId, availability);
  }

  @Override
  public String toString() {
    return "NewAgent[name=" + name + ", surname=" + surname + ", email=" + email
        + ", role=" + role + ", userId=" + userId + ", availability=" + availability + "]";
  }

  /**
   * @param name the display name
   * @return a builder
   */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** Builds a {@link NewAgent}. */
  public static final class Builder {
    private final String name;
    private String surname;
    private String email;
    private String role;
    private String userId;
    private Availability availability;

    /** A null or blank name is allowed here: the directory rejects it on create, naming the field. */
    private Builder(String name) {
      this.name = name;
    }

    /**
     * @param surname the surname
     * @return this
     */
    public Builder surname(String surname) {
      this.surname = surname;
      return this;
    }

    /**
     * @param email the email
     * @return this
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * @param role the role or type
     * @return this
     */
    public Builder role(String role) {
      this.role = role;
      return this;
    }

    /**
     * @param userId the platform user id
     * @return this
     */
    public Builder userId(String userId) {
      this.userId = userId;
      return this;
    }

    /**
     * @param availability the initial availability
     * @return this
     */
    public Builder availability(Availability availability) {
      this.availability = availability;
      return this;
    }

    /**
     * @return the agent to create
     * @throws IllegalArgumentException if the email is not an address, naming the field
     */
    public NewAgent build() {
      return new NewAgent(name, surname, email, role, userId, availability);
    }
  }
}
