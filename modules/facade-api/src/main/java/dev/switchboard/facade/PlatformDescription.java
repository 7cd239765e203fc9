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
   * How fast the platform may be called, as its documentation or source says, or {@code "unknown"}.
   *
   * @param limit the documented limit in words, e.g. {@code "3000 requests per minute per IP"}, or
   *     {@code "unknown"}
   * @param source where that was read, or what was searched without finding a number
   * @param requests how many requests {@code period} allows, or 0 when no number is known
   * @param period the window {@code requests} applies to, or null when no number is known
   */
  public record RateLimit(String limit, String source, int requests, java.time.Duration period) {
    /**
     * @param limit the documented limit, or {@code "unknown"}
     * @param source where that was read
     * @param requests requests allowed per {@code period}, or 0
     * @param period the window, or null
     */
    public RateLimit {
      Objects.requireNonNull(limit, "limit");
      Objects.requireNonNull(source, "source");
      if (requests < 0 || (requests > 0) != (period != null && !period.isZero() && !period.isNegative())) {
        throw new IllegalArgumentException("a rate limit needs both a positive number of requests and a positive period");
      }
    }

    /**
     * A limit known only in words (no number a client could pace itself by).
     *
     * @param limit the documented limit, or {@code "unknown"}
     * @param source where that was read
     */
    public RateLimit(String limit, String source) {
      this(limit, source, 0, null);
    }

    /**
     * @param source what was searched without finding a number
     * @return a limit nobody documented
     */
    public static RateLimit unknown(String source) {
      return new RateLimit("unknown", source);
    }

    /**
     * @param requests requests allowed per {@code period}
     * @param period the window
     * @param scope what the limit counts by, e.g. {@code "per IP"}, or empty
     * @param source where the number was read
     * @return a limit a client can pace itself by
     */
    public static RateLimit of(int requests, java.time.Duration period, String scope, String source) {
      String words = requests + " requests per " + (period.equals(java.time.Duration.ofMinutes(1)) ? "minute"
          : period.equals(java.time.Duration.ofSeconds(1)) ? "second" : period.toString())
          + (scope == null || scope.isBlank() ? "" : " " + scope);
      return new RateLimit(words, source, requests, period);
    }

    /**
     * @return whether a limit is documented (in words or as a number)
     */
    public boolean known() {
      return !limit.equals("unknown");
    }

    /**
     * @return the limit as requests per second, or 0 when no number is known
     */
    public double perSecond() {
      return requests == 0 ? 0 : requests / (period.toNanos() / 1e9);
    }
  }

  /**
   * The largest page a list may ask for, and where that was read.
   *
   * @param max agents per request at most, or 0 when unknown or when the platform takes no page size
   * @param source where the number was read, or why there is none
   */
  public record PageSize(int max, String source) {
    /**
     * @param max agents per request at most, or 0
     * @param source where the number was read
     */
    public PageSize {
      Objects.requireNonNull(source, "source");
      if (max < 0) {
        throw new IllegalArgumentException("max must not be negative, was " + max);
      }
    }

    /**
     * @param source why no number is known
     * @return no known maximum: lists use the platform's default page
     */
    public static PageSize unknown(String source) {
      return new PageSize(0, source);
    }
  }

  private final MatchKey matchKey;
  private final List<String> requiredToCreate;
  private final Set<String> updatable;
  private final boolean createSetsAvailability;
  private final Rename rename;
  private final RateLimit rateLimit;
  private final PageSize pageSize;
  private final Set<String> roles;

  private PlatformDescription(Builder b) {
    this.matchKey = Objects.requireNonNull(b.matchKey, "matchKey");
    this.requiredToCreate = List.copyOf(b.requiredToCreate);
    this.updatable = Set.copyOf(b.updatable);
    this.createSetsAvailability = b.createSetsAvailability;
    this.rename = Objects.requireNonNull(b.rename, "rename");
    this.rateLimit = Objects.requireNonNull(b.rateLimit, "rateLimit");
    this.pageSize = Objects.requireNonNull(b.pageSize, "pageSize");
    this.roles = Set.copyOf(b.roles);
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

  /**
   * @return the largest page a list may ask for
   */
  public PageSize pageSize() {
    return pageSize;
  }

  /**
   * @return the values {@code role} may take where the platform keeps the roster's role, or empty
   *     when any value is accepted or the platform keeps no role
   */
  public Set<String> roles() {
    return roles;
  }

  /**
   * The fields the platform keeps from a roster: those a create needs and those an update may change
   * (what a create sends), and {@code availability} where a create or an update sets it. A roster
   * value for any other field is not stored there.
   *
   * @return the fields kept
   */
  public Set<String> keeps() {
    Set<String> kept = new LinkedHashSet<>(requiredToCreate);
    kept.addAll(updatable);
    if (createSetsAvailability) {
      kept.add("availability");
    }
    return kept;
  }

  @Override
  public String toString() {
    return "PlatformDescription[matchKey=" + matchKey + ", requiredToCreate=" + requiredToCreate + ", updatable="
        + new java.util.TreeSet<>(updatable) + ", createSetsAvailability=" + createSetsAvailability + ", rename="
        + rename + ", rateLimit=" + rateLimit.limit() + ", maxPageSize=" + pageSize.max() + ", roles="
        + new java.util.TreeSet<>(roles) + "]";
  }

  /** Builds a {@link PlatformDescription}. */
  public static final class Builder {
    private final MatchKey matchKey;
    private final List<String> requiredToCreate = new ArrayList<>();
    private final Set<String> updatable = new LinkedHashSet<>();
    private boolean createSetsAvailability;
    private Rename rename = Rename.UNSUPPORTED;
    private RateLimit rateLimit = RateLimit.unknown("not stated");
    private PageSize pageSize = PageSize.unknown("not stated");
    private final Set<String> roles = new LinkedHashSet<>();

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
     * @param value the largest page a list may ask for
     * @return this
     */
    public Builder pageSize(PageSize value) {
      this.pageSize = value;
      return this;
    }

    /**
     * @param values the values {@code role} may take
     * @return this
     */
    public Builder roles(String... values) {
      roles.addAll(List.of(values));
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
