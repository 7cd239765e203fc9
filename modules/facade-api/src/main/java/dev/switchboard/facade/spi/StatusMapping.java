package dev.switchboard.facade.spi;

import dev.switchboard.facade.Availability;
import dev.switchboard.runtime.error.InvalidInputException;
import java.util.EnumMap;
import java.util.Map;

/**
 * A platform's status values for {@link Availability#ONLINE}, {@code AWAY} and {@code OFFLINE}, both ways.
 *
 * @param <E> the platform's generated status enum
 */
public final class StatusMapping<E extends Enum<E>> {
  private final String provider;
  private final Map<Availability, E> toPlatform = new EnumMap<>(Availability.class);

  /**
   * @param provider the platform id, for errors
   * @param online the status meaning online
   * @param away the status meaning away
   * @param offline the status meaning offline
   */
  public StatusMapping(String provider, E online, E away, E offline) {
    this.provider = provider;
    toPlatform.put(Availability.ONLINE, online);
    toPlatform.put(Availability.AWAY, away);
    toPlatform.put(Availability.OFFLINE, offline);
  }

  /**
   * @param availability the availability to send
   * @param operation the operation, for errors
   * @return the platform's status
   * @throws InvalidInputException for UNKNOWN or null, naming the field, before anything is sent
   */
  public E toPlatform(Availability availability, String operation) {
    E value = availability == null ? null : toPlatform.get(availability);
    if (value == null) {
      throw new InvalidInputException(provider, operation, "availability",
          "must be online, away or offline, was " + String.valueOf(availability).toLowerCase(java.util.Locale.ROOT));
    }
    return value;
  }

  /**
   * A status this SDK does not know (the generated placeholder) or none reads as UNKNOWN.
   *
   * @param status the platform's status
   * @return the availability
   */
  public Availability toAvailability(E status) {
    for (Map.Entry<Availability, E> e : toPlatform.entrySet()) {
      if (e.getValue() == status) {
        return e.getKey();
      }
    }
    return Availability.UNKNOWN;
  }
}
