package dev.switchboard.facade;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A platform Switchboard manages agents on, by its id: a value, not a closed list. Any installed
 * platform (see {@link dev.switchboard.facade.spi.PlatformProvider}) is {@code Platform.of(id)};
 * the constants below only name the platforms Switchboard ships, as {@code Region.US_EAST_1} does
 * in the AWS SDK. Two platforms are equal when their ids are. In JSON (Jackson) a platform is its
 * id, {@code "bird"}, as a Spring controller returning an {@link Agent} shows it.
 */
public final class Platform implements Comparable<Platform> {
  /** Ids are what configuration keys, URLs and messages use, so they stay plain. */
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*");

  /** Chatwoot: account agents (REST). */
  public static final Platform CHATWOOT = new Platform("chatwoot");
  /** Bird: workspace agents (REST). */
  public static final Platform BIRD = new Platform("bird");
  /** ChatCaptain: inbox agents' online status (REST). */
  public static final Platform CHATCAPTAIN = new Platform("chatcaptain");
  /** LiveChat: bot agents (RPC-style REST). */
  public static final Platform LIVECHAT = new Platform("livechat");
  /** bcrumbs: workspace agents (GraphQL). */
  public static final Platform BCRUMBS = new Platform("bcrumbs");

  private final String id;

  private Platform(String id) {
    this.id = id;
  }

  /**
   * @param id a platform id: lower-case letters and digits, starting with a letter, e.g. {@code "bird"}
   * @return the platform with that id
   * @throws IllegalArgumentException if the id is not of that form
   */
  @JsonCreator
  public static Platform of(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("platform id must be lower-case letters and digits, starting with a letter; was '"
          + id + "'");
    }
    return new Platform(id);
  }

  /**
   * @return the lower-case id used in errors, logs and configuration, e.g. {@code "bird"}
   */
  @JsonValue
  public String id() {
    return id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Platform && ((Platform) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }

  /** By id, so that sorted output is stable. */
  @Override
  public int compareTo(Platform o) {
    return id.compareTo(o.id);
  }

  /** The id, as configuration and messages spell it. */
  @Override
  public String toString() {
    return id;
  }
}
