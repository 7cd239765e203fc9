package dev.switchboard.facade;

/**
 * An agent to create. Platforms need different fields (Chatwoot an email and a role, bcrumbs a
 * user id); a directory rejects a missing one with an
 * {@link dev.switchboard.runtime.error.InvalidInputException} naming it, before sending. A
 * platform stores the fields it has a place for (LiveChat bots and Bird agents take no email);
 * the returned {@link Agent} shows what was stored.
 *
 * @param name the display name (required everywhere)
 * @param surname the surname (bcrumbs), or null
 * @param email the email, or null
 * @param role the role or type as the platform names it (Chatwoot {@code agent|administrator},
 *     Bird {@code user}), or null for the platform's default
 * @param userId the platform's user the agent belongs to (bcrumbs, Bird), or null
 * @param availability the initial availability, or null for the platform's default
 */
public record NewAgent(String name, String surname, String email, String role, String userId, Availability availability) {
  /**
   * @param name the display name
   * @param surname the surname
   * @param email the email: an address (one {@code @}, something on either side, no spaces), or
   *     null or blank for none
   * @param role the role or type
   * @param userId the platform's user
   * @param availability the initial availability
   * @throws IllegalArgumentException if the email is not an address, naming the field, before any request
   */
  public NewAgent {
    // Blank stays "none": the directory of a platform that needs an email refuses it naming the field.
    if (email != null && !email.isBlank()) {
      Emails.check(email);
    }
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
