package dev.switchboard.facade;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an application must know about a platform to manage its agents without naming it: how an
 * agent is recognised, what a create needs, what an update may change, how a rename happens and
 * how fast the platform may be called. Each directory publishes its own
 * ({@link AgentDirectory#description()}), and so does its
 * {@link dev.switchboard.facade.spi.PlatformProvider} before any credential is known.
 *
 * <p>Field names are those of {@link NewAgent} and {@link AgentUpdate}: {@code name},
 * {@code surname}, {@code email}, {@code role}, {@code userId}, {@code avatarUrl},
 * {@code availability}.
 */
public final class PlatformDescription {
  /** How the same agent is recognised across runs (e.g. by a roster sync). */
  public enum MatchKey {
    /** By email, compared ignoring case: the platform keeps one per agent. */
    EMAIL,
    /** By display name: the platform keeps no email for its agents. */
    NAME
  }

  /** How an agent's name changes. */
  public enum Rename {
    /** An update changes the name; the agent keeps its id. */
    IN_PLACE,
    /** The name cannot be updated: a new agent must be created and the old one removed. */
    RECREATE,
    /** The platform can neither update nor create agents, so no rename is possible. */
    UNSUPPORTED
  }

  /**
   * How fast the platform may be called, as its documentation says, or {@code "unknown"}.
   *
   * @param limit the documented limit, e.g. {@code "60 requests per minute"}, or {@code "unknown"}
   * @param source where that was read, or what was searched without finding a number
   */
  public record RateLimit(String limit, String source) {
    /**
     * @param limit the documented limit, or {@code "unknown"}
     * @param source where that was read
     */
    public RateLimit {
      Objects.requireNonNull(limit, "limit");
      Objects.requireNonNull(source, "source");
    }

    /**
     * @param source what was searched without finding a number
     * @return a limit nobody documented
     */
    public static RateLimit unknown(String source) {
      return new RateLimit("unknown", source);
    }

    /**
     * @return whether a number is known
     */
    public boolean known() {
      return !limit.equals("unknown");
    }
  }

  private final MatchKey matchKey;
  private final List<String> requiredToCreate;
  private final Set<String> updatable;
  private final boolean createSetsAvailability;
  private final Rename rename;
  private final RateLimit rateLimit;

  private PlatformDescription(Builder b) {
    this.matchKey = Objects.requireNonNull(b.matchKey, "matchKey");
    this.requiredToCreate = List.copyOf(b.requiredToCreate);
    this.updatable = Set.copyOf(b.updatable);
    this.createSetsAvailability = b.createSetsAvailability;
    this.rename = Objects.requireNonNull(b.rename, "rename");
    this.rateLimit = Objects.requireNonNull(b.rateLimit, "rateLimit");
  }

  /**
   * @param matchKey how an agent is recognised
   * @return a builder; nothing is required to create and nothing can be updated until said
   */
  public static Builder builder(MatchKey matchKey) {
    return new Builder(matchKey);
  }

  /**
   * @return how the same agent is recognised
   */
  public MatchKey matchKey() {
    return matchKey;
  }

  /**
   * @return the fields a create must carry, in the order errors name them (always {@code name}
   *     first where the platform can create)
   */
  public List<String> requiredToCreate() {
    return requiredToCreate;
  }

  /**
   * @return the fields {@link AgentDirectory#update(String, AgentUpdate)} may change
   */
  public Set<String> updatable() {
    return updatable;
  }

  /**
   * @return whether {@link NewAgent#availability()} is applied by the create itself (otherwise a
   *     separate {@link AgentDirectory#setAvailability(String, Availability)} is needed)
   */
  public boolean createSetsAvailability() {
    return createSetsAvailability;
  }

  /**
   * @return how a name changes
   */
  public Rename rename() {
    return rename;
  }

  /**
   * @return how fast the platform may be called
   */
  public RateLimit rateLimit() {
    return rateLimit;
  }

  @Override
  public String toString() {
    return "PlatformDescription[matchKey=" + matchKey + ", requiredToCreate=" + requiredToCreate + ", updatable="
        + new java.util.TreeSet<>(updatable) + ", createSetsAvailability=" + createSetsAvailability + ", rename="
        + rename + ", rateLimit=" + rateLimit.limit() + "]";
  }

  /** Builds a {@link PlatformDescription}. */
  public static final class Builder {
    private final MatchKey matchKey;
    private final List<String> requiredToCreate = new ArrayList<>();
    private final Set<String> updatable = new LinkedHashSet<>();
    private boolean createSetsAvailability;
    private Rename rename = Rename.UNSUPPORTED;
    private RateLimit rateLimit = RateLimit.unknown("not stated");

    private Builder(MatchKey matchKey) {
      this.matchKey = matchKey;
    }

    /**
     * @param fields the fields a create must carry, in order
     * @return this
     */
    public Builder requiredToCreate(String... fields) {
      requiredToCreate.addAll(List.of(fields));
      return this;
    }

    /**
     * @param fields the fields an update may change
     * @return this
     */
    public Builder updatable(Set<String> fields) {
      updatable.addAll(fields);
      return this;
    }

    /**
     * @param value whether the create itself applies the availability
     * @return this
     */
    public Builder createSetsAvailability(boolean value) {
      this.createSetsAvailability = value;
      return this;
    }

    /**
     * @param value how a name changes
     * @return this
     */
    public Builder rename(Rename value) {
      this.rename = value;
      return this;
    }

    /**
     * @param value how fast the platform may be called
     * @return this
     */
    public Builder rateLimit(RateLimit value) {
      this.rateLimit = value;
      return this;
    }

    /**
     * @return the description
     */
    public PlatformDescription build() {
      return new PlatformDescription(this);
    }
  }
}
