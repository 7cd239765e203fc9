package dev.switchboard.facade;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Changes to an agent, each field {@link Change unchanged, set or cleared}. A directory rejects a
 * change its platform cannot make with an {@link UnsupportedCapabilityException} naming the field,
 * before sending; it never drops one silently.
 *
 * <p>A class with a builder ({@link #builder()}), not a record: a new field is a new builder method.
 */
public final class AgentUpdate {
  private final Change<String> name;
  private final Change<String> surname;
  private final Change<String> email;
  private final Change<String> role;
  private final Change<String> avatarUrl;
  private final Change<Availability> availability;

  private AgentUpdate(Change<String> name, Change<String> surname, Change<String> email, Change<String> role,
      Change<String> avatarUrl, Change<Availability> availability) {
    if (email != null && email.isChanged() && !email.isClear()) {
      Emails.check(email.value());
    }
    this.name = name;
    this.surname = surname;
    this.email = email;
    this.role = role;
    this.avatarUrl = avatarUrl;
    this.availability = availability;
  }

  /** @return the display name */
  public Change<String> name() {
    return name;
  }

  /** @return the surname (bcrumbs) */
  public Change<String> surname() {
    return surname;
  }

  /** @return the email */
  public Change<String> email() {
    return email;
  }

  /** @return the role or type */
  public Change<String> role() {
    return role;
  }

  /** @return the avatar URL */
  public Change<String> avatarUrl() {
    return avatarUrl;
  }

  /** @return the availability */
  public Change<Availability> availability() {
    return availability;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AgentUpdate o
        && Objects.equals(name, o.name)
        && Objects.equals(surname, o.surname)
        && Objects.equals(email, o.email)
        && Objects.equals(role, o.role)
        && Objects.equals(avatarUrl, o.avatarUrl)
        && Objects.equals(availability, o.availability);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, surname, email, role, avatarUrl, availability);
  }

  @Override
  public String toString() {
    return "AgentUpdate[name=" + name + ", surname=" + surname + ", email=" + email
        + ", role=" + role + ", avatarUrl=" + avatarUrl + ", availability=" + availability + "]";
  }

  /**
   * @return a builder where every field starts unchanged
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the changed fields by name, in declaration order
   */
  public Map<String, Change<?>> changes() {
    Map<String, Change<?>> all = new LinkedHashMap<>();
    all.put("name", name);
    all.put("surname", surname);
    all.put("email", email);
    all.put("role", role);
    all.put("avatarUrl", avatarUrl);
    all.put("availability", availability);
    all.values().removeIf(c -> !c.isChanged());
    return all;
  }

  /** Builds an {@link AgentUpdate}. */
  public static final class Builder {
    private Change<String> name = Change.unchanged();
    private Change<String> surname = Change.unchanged();
    private Change<String> email = Change.unchanged();
    private Change<String> role = Change.unchanged();
    private Change<String> avatarUrl = Change.unchanged();
    private Change<Availability> availability = Change.unchanged();

    private Builder() {}

    /**
     * @param name the new name
     * @return this
     */
    public Builder name(String name) {
      this.name = Change.set(name);
      return this;
    }

    /**
     * @param surname the new surname
     * @return this
     */
    public Builder surname(String surname) {
      this.surname = Change.set(surname);
      return this;
    }

    /**
     * @return this, with the surname removed
     */
    public Builder clearSurname() {
      this.surname = Change.clear();
      return this;
    }

    /**
     * @param email the new email
     * @return this
     */
    public Builder email(String email) {
      this.email = Change.set(email);
      return this;
    }

    /**
     * @param role the new role or type
     * @return this
     */
    public Builder role(String role) {
      this.role = Change.set(role);
      return this;
    }

    /**
     * @param avatarUrl the new avatar URL
     * @return this
     */
    public Builder avatarUrl(String avatarUrl) {
      this.avatarUrl = Change.set(avatarUrl);
      return this;
    }

    /**
     * @return this, with the avatar removed
     */
    public Builder clearAvatarUrl() {
      this.avatarUrl = Change.clear();
      return this;
    }

    /**
     * @param availability the new availability
     * @return this
     */
    public Builder availability(Availability availability) {
      this.availability = Change.set(availability);
      return this;
    }

    /**
     * @return the update
     * @throws IllegalArgumentException if the email is set to something that is not an address, naming the field
     */
    public AgentUpdate build() {
      return new AgentUpdate(name, surname, email, role, avatarUrl, availability);
    }
  }
}
