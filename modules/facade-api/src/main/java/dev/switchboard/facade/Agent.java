package dev.switchboard.facade;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;
import java.util.Optional;

/**
 * An agent (a person or a bot) as every platform can describe it. Fields a platform does not
 * report are null; the platform's own object is kept in {@link #raw()}.
 *
 * <p>In JSON (Jackson, e.g. returned from a Spring controller) an agent is its six fields, the
 * platform as its id: {@code {"platform":"bird","id":"a1","name":"Ann",...,"availability":"ONLINE"}}.
 * The raw object is left out: it is the platform's whole answer, its shape differs per platform, and
 * it may hold more than a caller means to publish.
 *
 * @param platform where the agent lives
 * @param id the platform's id for the agent
 * @param name the display name, or null
 * @param email the email, or null
 * @param role the role or type as the platform names it (e.g. {@code administrator}, {@code user},
 *     {@code bot}), or null
 * @param availability the availability, {@link Availability#UNKNOWN} if not reported
 * @param raw the generated model the platform returned
 */
public record Agent(
    Platform platform, String id, String name, String email, String role, Availability availability,
    @JsonIgnore Object raw) {
  /**
   * Validates the required parts.
   *
   * @param platform where the agent lives
   * @param id the platform's id for the agent
   * @param name the display name, or null
   * @param email the email, or null
   * @param role the role or type as the platform names it (e.g. {@code administrator}, {@code user},
   *     {@code bot}), or null
   * @param availability the availability, {@link Availability#UNKNOWN} if not reported
   * @param raw the generated model the platform returned
   */
  public Agent {
    Objects.requireNonNull(platform, "platform");
    Objects.requireNonNull(id, "id");
    availability = availability == null ? Availability.UNKNOWN : availability;
  }

  /**
   * The platform's own object, typed.
   *
   * @param type the generated model class, e.g. {@code dev.switchboard.bird.model.Agent}
   * @param <T> that type
   * @return the raw object, if it is of that type
   */
  public <T> Optional<T> raw(Class<T> type) {
    return type.isInstance(raw) ? Optional.of(type.cast(raw)) : Optional.empty();
  }

  /** Short: the raw object can be large. */
  @Override
  public String toString() {
    return "Agent[" + platform.id() + ":" + id + ", name=" + name + ", email=" + email + ", role=" + role
        + ", availability=" + availability + "]";
  }
}
