package dev.switchboard.twilio;

import dev.switchboard.facade.Availability;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which TaskRouter activity stands for each {@link Availability}. A worker's availability is its
 * activity's: TaskRouter has no status of its own, and each activity carries an {@code available}
 * flag that cannot change after it is created (Twilio's OpenAPI document, activity {@code available}).
 *
 * <p>Each of online, away and offline is an activity's SID ({@code WA} and 32 hex digits, used as is)
 * or its friendly name (looked up once among the workspace's activities). The defaults are the names
 * TaskRouter gives every new workspace ("TaskRouter pre-populates new Workspaces with Offline,
 * Unavailable, and Available Activities": Twilio docs, Activity resource): online {@code Available},
 * away {@code Unavailable}, offline {@code Offline}. The online activity must be an available one, the
 * other two unavailable ones.
 *
 * <p>Reading a worker: {@code available: true} is {@link Availability#ONLINE} whatever the activity;
 * an unavailable worker is {@link Availability#OFFLINE} when its activity is the offline one, else
 * {@link Availability#AWAY} (TaskRouter's own {@code Unavailable}, {@code Break} or any other
 * unavailable activity); no flag is {@link Availability#UNKNOWN}. No call is made to read it.
 */
public final class TwilioActivities {
  /** An activity SID as the document's pattern has it ({@code ^WA[0-9a-fA-F]{32}$}). */
  private static final Pattern SID = Pattern.compile("WA[0-9a-fA-F]{32}");

  private static final TwilioActivities DEFAULTS = builder().build();

  private final Map<Availability, String> chosen;

  private TwilioActivities(Builder b) {
    this.chosen = new EnumMap<>(b.chosen);
  }

  /**
   * @return online {@code Available}, away {@code Unavailable}, offline {@code Offline}
   */
  public static TwilioActivities defaults() {
    return DEFAULTS;
  }

  /**
   * @return a builder starting from the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param availability online, away or offline
   * @return the activity's SID or name chosen for it
   */
  public String of(Availability availability) {
    return chosen.get(availability);
  }

  /**
   * @param value an activity SID or name
   * @return whether it is a SID (used as is, no lookup)
   */
  static boolean isSid(String value) {
    return SID.matcher(value).matches();
  }

  /**
   * @param activitySid the worker's activity SID, or null
   * @param activityName the worker's activity name, or null
   * @param available the worker's {@code available} flag, or null
   * @return the worker's availability
   */
  Availability read(String activitySid, String activityName, Boolean available) {
    if (available == null) {
      return Availability.UNKNOWN;
    }
    if (available) {
      return Availability.ONLINE;
    }
    String offline = chosen.get(Availability.OFFLINE);
    boolean isOffline = isSid(offline) ? offline.equals(activitySid)
        : activityName != null && activityName.toLowerCase(Locale.ROOT).equals(offline.toLowerCase(Locale.ROOT));
    return isOffline ? Availability.OFFLINE : Availability.AWAY;
  }

  @Override
  public String toString() {
    return "TwilioActivities" + chosen;
  }

  /** Builds a {@link TwilioActivities}; what is not set keeps its default. */
  public static final class Builder {
    private final Map<Availability, String> chosen = new EnumMap<>(Availability.class);

    private Builder() {
      chosen.put(Availability.ONLINE, "Available");
      chosen.put(Availability.AWAY, "Unavailable");
      chosen.put(Availability.OFFLINE, "Offline");
    }

    /**
     * @param sidOrName the available activity for {@link Availability#ONLINE}
     * @return this
     */
    public Builder online(String sidOrName) {
      return set(Availability.ONLINE, sidOrName);
    }

    /**
     * @param sidOrName the unavailable activity for {@link Availability#AWAY}
     * @return this
     */
    public Builder away(String sidOrName) {
      return set(Availability.AWAY, sidOrName);
    }

    /**
     * @param sidOrName the unavailable activity for {@link Availability#OFFLINE}
     * @return this
     */
    public Builder offline(String sidOrName) {
      return set(Availability.OFFLINE, sidOrName);
    }

    private Builder set(Availability availability, String sidOrName) {
      Objects.requireNonNull(sidOrName, availability.name().toLowerCase(Locale.ROOT));
      if (sidOrName.isBlank()) {
        throw new IllegalArgumentException(availability.name().toLowerCase(Locale.ROOT) + " activity must not be blank");
      }
      chosen.put(availability, sidOrName.strip());
      return this;
    }

    /**
     * @return the choice
     */
    public TwilioActivities build() {
      return new TwilioActivities(this);
    }
  }
}
