package dev.switchboard.sync;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.runtime.error.SwitchboardException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans and applies roster syncs over a {@link Switchboard}. Build one with {@link #builder()}; it is
 * thread-safe and meant to be kept (its rate limiters are per engine and platform).
 *
 * <pre>{@code
 * SyncEngine engine = SyncEngine.builder().switchboard(switchboard).build();
 * Plan plan = engine.plan(Roster.read(Path.of("roster.yaml")));
 * ApplyResult result = engine.apply(plan, ApplyOptions.builder().confirmRemovals(true).build());
 * }</pre>
 *
 * <p><b>Planning</b> reads every platform of the roster at once, asking for the platform's largest
 * page ({@link PlatformDescription#pageSize()}), and compares by each platform's match key. What a
 * platform can do comes only from its {@link PlatformDescription} and capabilities: a rename it does
 * in place is an {@link ActionType#UPDATE}, one it cannot is a {@link ActionType#RECREATE}; roster
 * values it cannot store are notes; differences it cannot fix are {@link Drift}.
 *
 * <p><b>Applying</b> refuses destructive plans unless confirmed ({@link ApplyOptions}), before any
 * request. Each platform then runs on its own, holding the {@link SyncLock} of its account (by
 * default {@link SyncLock#inProcess()}; {@link #sync} holds it from the planning read on): its
 * agents are read again and the plan is refused there if they changed ({@link StalePlanException});
 * its actions run with at most {@code maxInFlight} at a time, paced by a client-side rate limiter
 * (the description's rate limit, or an override) that learns from the 429s that reach it: their
 * Retry-After holds the platform's next requests. The engine never sends a request twice itself:
 * resending is the client's retry step's (its {@code RetryPolicy}), so a request is attempted at
 * most the policy's {@code maxAttempts} times. Just before each create, the platform is asked again
 * whether an agent with that key exists.
 *
 * <p><b>Results tell what is on the platform.</b> Each action ends {@link ActionStatus#APPLIED},
 * {@link ActionStatus#FAILED} or {@link ActionStatus#UNKNOWN} (sent, answer lost); a remove answered
 * 404 is applied. After the first action that does not end applied no new one starts there, and
 * the platform is read once more to settle what is unclear ({@link ActionOutcome#settled()}): an
 * unknown outcome, or an action of several requests that stopped halfway (created, availability
 * not set). Every such action is in {@link PlatformResult#failures()}; the other platforms go on.
 *
 * <p>Actions and limiter waits are logged under {@code dev.switchboard.sync} (INFO and DEBUG), with
 * platform, action and agent names; never credentials.
 */
public final class SyncEngine {
  private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

  private final Switchboard switchboard;
  private final int maxInFlight;
  private final Map<Platform, Double> rateOverrides;
  private final double massDeleteShare;
  private final Duration maxRetryAfter;
  private final SyncListener listener;
  private final Map<Platform, RateLimiter> limiters = new ConcurrentHashMap<>();
  private final AccountLocks locks;

  private SyncEngine(Builder b) {
    this.switchboard = Objects.requireNonNull(b.switchboard, "switchboard");
    this.maxInFlight = b.maxInFlight;
    this.rateOverrides = Map.copyOf(b.rateOverrides);
    this.massDeleteShare = b.massDeleteShare;
    this.maxRetryAfter = b.maxRetryAfter;
    this.listener = b.listener;
    this.locks = new AccountLocks(b.lock, b.lockWait, b.accounts);
  }

  /**
   * @return a builder; only the switchboard is required
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param platform a platform
   * @return the requests per second this engine allows there (0: no client-side limit)
   */
  public double rateLimit(Platform platform) {
    Double override = rateOverrides.get(platform);
    if (override != null) {
      return override;
    }
    return switchboard.find(platform).map(d -> d.description().rateLimit().perSecond()).orElse(0.0);
  }

  /**
   * @param roster the roster
   * @return the plan for all of the roster's platforms, removing agents missing from the roster
   * @throws RosterException if the roster asks a platform for something its description rules out
   *     (nothing is read or sent then)
   */
  public Plan plan(Roster roster) {
    return plan(roster, PlanOptions.DEFAULTS);
  }

  /**
   * Reads each platform (at the same time) and works out what makes it match the roster. A platform
   * that is not configured or cannot be read gets a {@link PlatformPlan#error()}; the others are planned.
   *
   * @param roster the roster
   * @param options which platforms, and whether to keep extra agents
   * @return the plan
   * @throws RosterException as {@link #plan(Roster)}
   */
  public Plan plan(Roster roster, PlanOptions options) {
    List<String> problems = roster.check(p -> switchboard.find(p).map(AgentDirectory::description).orElse(null));
    if (!problems.isEmpty()) {
      throw new RosterException(problems);
    }
    List<Platform> platforms = roster.platforms().stream()
        .filter(p -> options.platforms().isEmpty() || options.platforms().contains(p)).collect(Collectors.toList());
    List<PlatformPlan> plans = Parallel.forEach(platforms, p -> planPlatform(p, roster.agentsOn(p), options.keepExtra()));
    return new Plan(Plan.FORMAT_VERSION, Instant.now().toString(), roster.source(), plans);
  }

  /**
   * Applies a plan (see the class description for the rules).
   *
   * @param plan a plan from {@link #plan(Roster)}, possibly read back with {@link Plan#fromJson(String)}
   * @param options what may be done
   * @return one result per platform of the plan
   * @throws ConfirmationRequiredException if the plan removes or recreates agents and that was not
   *     confirmed, or deletes more than the mass-delete share of a platform's agents without
   *     {@link ApplyOptions#allowMassDelete()}; nothing is sent then
   */
  public ApplyResult apply(Plan plan, ApplyOptions options) {
    return apply(plan, options, Set.of());
  }

  private ApplyResult apply(Plan plan, ApplyOptions options, Set<SyncLock.Key> held) {
    ApplyGuard.check(plan, options, massDeleteShare);
    tell(() -> listener.started(plan, plan.actionCount()));
    PlatformApplier applier = new PlatformApplier(switchboard, locks, this::pacing, listener, maxInFlight);
    List<PlatformResult> results = Parallel.forEach(plan.platforms(), pp -> applier.apply(pp, held));
    return new ApplyResult(results);
  }

  /** What {@link #sync} did: the plan, and the result of applying it (null when it was not applied). */
  public record SyncRun(Plan plan, ApplyResult result) {}

  /**
   * Plans, has the plan reviewed, and applies it, holding the {@link SyncLock} of every platform
   * account of the roster from before the planning read until the last action: so two syncs of one
   * roster that start together do not both plan the same creates. The locks are taken in platform
   * order, each waiting at most the engine's {@link Builder#lockWait}; when one is not had, those
   * taken are let go and nothing is read or sent.
   *
   * @param roster the roster
   * @param options which platforms, and whether to keep extra agents
   * @param review sees the plan (to show it, or ask for confirmation) and returns the options to
   *     apply it with, or null to apply nothing
   * @return the plan and the result
   * @throws SyncLockedException when another sync held a platform account's lock for all of the lock wait
   * @throws RosterException as {@link #plan(Roster)}
   * @throws ConfirmationRequiredException as {@link #apply(Plan, ApplyOptions)}
   */
  public SyncRun sync(Roster roster, PlanOptions options, java.util.function.Function<Plan, ApplyOptions> review) {
    Objects.requireNonNull(review, "review");
    List<String> problems = roster.check(p -> switchboard.find(p).map(AgentDirectory::description).orElse(null));
    if (!problems.isEmpty()) {
      throw new RosterException(problems);
    }
    List<SyncLock.Key> keys = roster.platforms().stream()
        .filter(p -> options.platforms().isEmpty() || options.platforms().contains(p))
        .filter(p -> switchboard.find(p).isPresent())
        .sorted(Comparator.comparing(Platform::id)).map(locks::key).collect(Collectors.toList());
    List<SyncLock.Held> taken = new ArrayList<>();
    try {
      for (SyncLock.Key key : keys) {
        taken.add(locks.take(key)); // in platform order, so two syncs never wait for each other crosswise
      }
      Plan plan = plan(roster, options);
      ApplyOptions apply = review.apply(plan);
      if (apply == null) {
        return new SyncRun(plan, null);
      }
      return new SyncRun(plan, apply(plan, apply, Set.copyOf(keys)));
    } finally {
      for (int i = taken.size() - 1; i >= 0; i--) {
        taken.get(i).close();
      }
    }
  }

  // ---------------------------------------------------------------- planning

  private PlatformPlan planPlatform(Platform p, List<RosterAgent> desired, boolean keepExtra) {
    AgentDirectory d = switchboard.find(p).orElse(null);
    if (d == null) {
      return new PlatformPlan(p, 0, null, List.of(), List.of(), List.of(), p.id() + " is not configured");
    }
    try {
      return new PlatformPlanner(this::readAll).plan(d, desired, keepExtra);
    } catch (RuntimeException e) {
      // Any failure, typed or not, stays with its platform: the others are still planned.
      return new PlatformPlan(p, 0, null, List.of(), List.of(), List.of(), "could not read " + p.id() + ": " + describe(e));
    }
  }

  /** Every agent, a page per request at the platform's largest page size, each page paced by the limiter. */
  private List<Agent> readAll(AgentDirectory d) {
    return pacing(d.platform()).readAll(d);
  }

  // ---------------------------------------------------------------- applying

  /** A listener that throws is the application's bug: it is logged, and never ends or fails a sync. */
  static void tell(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("the sync listener failed: {}", describe(e));
    }
  }

  private Pacing pacing(Platform p) {
    return new Pacing(limiter(p), maxRetryAfter, listener);
  }


  private RateLimiter limiter(Platform p) {
    return limiters.computeIfAbsent(p, k -> new RateLimiter(rateLimit(k)));
  }

  /**
   * A failure in words: a SwitchboardException's own message (provider, operation, status; redacted
   * by the runtime; its type stays on the exception, the cause), anything else with its type, since
   * its message alone may not say what it is.
   */
  static String describe(Throwable e) {
    if (e instanceof SwitchboardException || e instanceof SyncException) {
      return e.getMessage(); // names provider, operation and status already
    }
    return "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage();
  }

  /** Builds a {@link SyncEngine}. */
  public static final class Builder {
    private Switchboard switchboard;
    private int maxInFlight = 8;
    private final Map<Platform, Double> rateOverrides = new HashMap<>();
    private double massDeleteShare = 0.5;
    private Duration maxRetryAfter = Duration.ofMinutes(1);
    private SyncListener listener = SyncListener.NONE;
    private SyncLock lock = SyncLock.inProcess();
    private Duration lockWait = Duration.ofMinutes(10);
    private final Map<Platform, String> accounts = new HashMap<>();

    private Builder() {}

    /**
     * @param value the lock that keeps syncs of one platform account apart (default
     *     {@link SyncLock#inProcess()}, which covers this JVM only)
     * @return this
     */
    public Builder lock(SyncLock value) {
      this.lock = Objects.requireNonNull(value, "lock");
      return this;
    }

    /**
     * @param value how long to wait for another sync of the same platform account to finish
     *     (default ten minutes); {@link Duration#ZERO} to give up at once ({@link SyncLockedException})
     * @return this
     */
    public Builder lockWait(Duration value) {
      if (value == null || value.isNegative()) {
        throw new IllegalArgumentException("lockWait must be zero or more, was " + value);
      }
      this.lockWait = value;
      return this;
    }

    /**
     * Names the account a platform's directory works on, for the {@link SyncLock}: syncs of
     * different accounts of one platform need not wait for each other. Never a credential (the
     * name reaches lock files, lock tables and messages): a URL and an account or workspace id.
     * Unnamed, every account of the platform shares one lock.
     *
     * @param platform a platform
     * @param account its account in words without secrets
     * @return this
     */
    public Builder account(Platform platform, String account) {
      accounts.put(Objects.requireNonNull(platform, "platform"), Objects.requireNonNull(account, "account"));
      return this;
    }

    /**
     * @param value the platforms to sync (required)
     * @return this
     */
    public Builder switchboard(Switchboard value) {
      this.switchboard = Objects.requireNonNull(value, "switchboard");
      return this;
    }

    /**
     * @param value how many actions may run at once on one platform (default 8)
     * @return this
     */
    public Builder maxInFlight(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxInFlight must be at least 1, was " + value);
      }
      this.maxInFlight = value;
      return this;
    }

    /**
     * Overrides the platform description's rate limit.
     *
     * @param platform a platform
     * @param requestsPerSecond requests per second, or 0 for no client-side limit
     * @return this
     */
    public Builder rateLimit(Platform platform, double requestsPerSecond) {
      if (requestsPerSecond < 0 || Double.isNaN(requestsPerSecond)) {
        throw new IllegalArgumentException("requestsPerSecond must not be negative, was " + requestsPerSecond);
      }
      rateOverrides.put(Objects.requireNonNull(platform, "platform"), requestsPerSecond);
      return this;
    }

    /**
     * @param share the share of a platform's agents (0 to 1) a plan may delete without
     *     {@link ApplyOptions#allowMassDelete()} (default 0.5)
     * @return this
     */
    public Builder massDeleteShare(double share) {
      if (!(share >= 0 && share <= 1)) {
        throw new IllegalArgumentException("share must be between 0 and 1, was " + share);
      }
      this.massDeleteShare = share;
      return this;
    }

    /**
     * @param value the longest Retry-After a 429 that reaches the engine may hold the platform's
     *     next requests (default one minute); a longer one is not waited for (the action that got it
     *     has failed, and no new action starts on that platform)
     * @return this
     */
    public Builder maxRetryAfter(Duration value) {
      if (value == null || value.isNegative()) {
        throw new IllegalArgumentException("maxRetryAfter must be zero or more, was " + value);
      }
      this.maxRetryAfter = value;
      return this;
    }

    /**
     * @param value who hears about progress (default: nobody)
     * @return this
     */
    public Builder listener(SyncListener value) {
      this.listener = Objects.requireNonNull(value, "listener");
      return this;
    }

    /**
     * @return the engine
     */
    public SyncEngine build() {
      return new SyncEngine(this);
    }
  }
}
