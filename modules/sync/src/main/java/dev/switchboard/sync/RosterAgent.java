package dev.switchboard.sync;

import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One agent of a {@link Roster}: who should exist, with which values, on which platforms.
 *
 * <p>A class with a builder ({@link #named}), not a record: a new field is a new builder method.
 */
public final class RosterAgent {
  /** The fields a roster may set on an agent, as {@link PlatformDescription} names them. */
  static final List<String> FIELDS = List.of("name", "surname", "email", "role", "userId", "availability");

  private final String name;
  private final String surname;
  private final String email;
  private final String role;
  private final String userId;
  private final Availability availability;
  private final Set<Platform> platforms;
  private final String renamedFrom;
  private final SourceLocation location;

  RosterAgent(String name, String surname, String email, String role, String userId,
      Availability availability, Set<Platform> platforms, String renamedFrom, SourceLocation location) {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    if (availability == Availability.UNKNOWN) {
      throw new IllegalArgumentException("availability must be online, away or offline (or null), was unknown");
    }
    platforms = Set.copyOf(Objects.requireNonNull(platforms, "platforms"));
    Objects.requireNonNull(location, "location");
    this.name = name;
    this.surname = surname;
    this.email = email;
    this.role = role;
    this.userId = userId;
    this.availability = availability;
    this.platforms = platforms;
    this.renamedFrom = renamedFrom;
    this.location = location;
  }

  /** @return the display name (required) */
  public String name() {
    return name;
  }

  /** @return the surname, or null */
  public String surname() {
    return surname;
  }

  /** @return the email, or null */
  public String email() {
    return email;
  }

  /** @return the role, or null */
  public String role() {
    return role;
  }

  /** @return the platform's user behind the agent, or null */
  public String userId() {
    return userId;
  }

  /** @return the availability to set, or null to leave it alone */
  public Availability availability() {
    return availability;
  }

  /** @return where this agent should be (never empty in a built roster) */
  public Set<Platform> platforms() {
    return platforms;
  }

  /** @return the previous name, so name-matched platforms rename instead of remove + create; or null */
  public String renamedFrom() {
    return renamedFrom;
  }

  /** @return where the agent was written */
  public SourceLocation location() {
    return location;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RosterAgent o && Objects.equals(name, o.name)
        && Objects.equals(surname, o.surname)
        && Objects.equals(email, o.email)
        && Objects.equals(role, o.role)
        && Objects.equals(userId, o.userId)
        && Objects.equals(availability, o.availability)
        && Objects.equals(platforms, o.platforms)
        && Objects.equals(renamedFrom, o.renamedFrom)
        && Objects.equals(location, o.location);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, surname, email, role, userId, availability, platforms, renamedFrom, location);
  }

  @Override
  public String toString() {
    return "RosterAgent[name=" + name + ", surname=" + surname + ", email=" + email + ", role=" + role
        + ", userId=" + userId + ", availability=" + availability + ", platforms=" + platforms
        + ", renamedFrom=" + renamedFrom + ", location=" + location + "]";
  }

  /**
   * @param name the display name
   * @return a builder for an agent built in code
   */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /**
   * The value of one roster field, by its {@link PlatformDescription} name.
   *
   * @param field {@code name}, {@code surname}, {@code email}, {@code role}, {@code userId} or {@code availability}
   * @return the value as text, or null when the roster does not set it
   */
  public String value(String field) {
    switch (field) {
      case "name":
        return name;
      case "surname":
        return surname;
      case "email":
        return email;
      case "role":
        return role;
      case "userId":
        return userId;
      case "availability":
        return availability == null ? null : availability.name().toLowerCase(Locale.ROOT);
      default:
        return null;
    }
  }

  /**
   * The inverse of {@code value("availability")}: the roster's and a plan's text form, read back.
   *
   * @param text {@code online}, {@code away} or {@code offline}, or null
   * @return the availability, or null for null
   */
  static Availability availability(String text) {
    return text == null ? null : Availability.valueOf(text.toUpperCase(Locale.ROOT));
  }

  /**
   * How this agent is recognised on a platform: its email (lower case) where the platform matches by
   * email, otherwise its name.
   *
   * @param description the platform's rules
   * @return the key, or null when the roster lacks it
   */
  public String key(PlatformDescription description) {
    return key(description.matchKey(), name, email);
  }

  static String key(PlatformDescription.MatchKey matchKey, String name, String email) {
    if (matchKey == PlatformDescription.MatchKey.EMAIL) {
      return email == null ? null : email.toLowerCase(Locale.ROOT);
    }
    return name;
  }

  /** Builds a {@link RosterAgent} in code (a roster file builds them itself). */
  public static final class Builder {
    private final String name;
    private String surname;
    private String email;
    private String role;
    private String userId;
    private Availability availability;
    private final Set<Platform> platforms = new LinkedHashSet<>();
    private String renamedFrom;
    private SourceLocation location = new SourceLocation("code", 0);

    private Builder(String name) {
      this.name = name;
    }

    /**
     * @param value the surname
     * @return this
     */
    public Builder surname(String value) {
      this.surname = value;
      return this;
    }

    /**
     * @param value the email
     * @return this
     */
    public Builder email(String value) {
      this.email = value;
      return this;
    }

    /**
     * @param value the role
     * @return this
     */
    public Builder role(String value) {
      this.role = value;
      return this;
    }

    /**
     * @param value the platform's user
     * @return this
     */
    public Builder userId(String value) {
      this.userId = value;
      return this;
    }

    /**
     * @param value the availability
     * @return this
     */
    public Builder availability(Availability value) {
      this.availability = value;
      return this;
    }

    /**
     * @param values where this agent should be; none means all of the roster's platforms
     * @return this
     */
    public Builder platforms(Platform... values) {
      platforms.addAll(List.of(values));
      return this;
    }

    /**
     * @param previousName the agent's previous name
     * @return this
     */
    public Builder renamedFrom(String previousName) {
      this.renamedFrom = previousName;
      return this;
    }

    /**
     * @param value where the agent was written (for messages)
     * @return this
     */
    public Builder location(SourceLocation value) {
      this.location = Objects.requireNonNull(value, "location");
      return this;
    }

    Set<Platform> platforms() {
      return platforms;
    }

    /**
     * @return the agent
     */
    public RosterAgent build() {
      return new RosterAgent(name, surname, email, role, userId, availability, platforms, renamedFrom, location);
    }
  }
}
