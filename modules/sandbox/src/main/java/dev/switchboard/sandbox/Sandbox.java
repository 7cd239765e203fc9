package dev.switchboard.sandbox;

import dev.switchboard.sandbox.spi.FakeProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The installed platforms' fakes, in memory behind one HTTP server on 127.0.0.1. Each fake is
 * contributed by a {@link FakeProvider} found by {@link ServiceLoader}: each platform's fake lives
 * in a module of its own ({@code switchboard-sandbox-fakes} brings the ones Switchboard ships), and
 * this class names none of them.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(0)) {
 *   sandbox.seedDemoData();
 *   String url = sandbox.baseUrl("acme"); // an Acme client pointed here works as against Acme
 * }
 * }</pre>
 *
 * <p>Each platform lives under its own base path ({@link #baseUrl(String)}) and accepts only its
 * sandbox credential ({@link #credential(String)}: its provider's default, or one set through
 * {@link Keys}); a wrong one gets the platform's 401. State is kept per platform, changes persist until {@link #reset()}, and requests
 * are served concurrently, by an embedded Jetty that bounds what one client may take ({@link Limits}).
 * This module knows no client: a {@code Switchboard} over it comes from {@code switchboard-sandbox-junit}.
 */
public final class Sandbox implements AutoCloseable {
  /** The state file's format marker; a change of layout changes it. */
  static final String STATE_FORMAT = "switchboard-sandbox-state/1";

  /**
   * JDK property that makes the JDK's {@code HttpServer} set TCP_NODELAY. The sandbox served on
   * that server until it moved to Jetty (which sets TCP_NODELAY on every accepted connection
   * itself); the property is still set, as before, because {@code switchboard-sandbox-junit}'s
   * tests check it and an application's own JDK server may rely on it having been set.
   */
  static final String NODELAY = "sun.net.httpserver.nodelay";

  static {
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
    // Jetty logs its version and every start at INFO; through slf4j-simple (the standalone jar, the
    // CLI) that would be three lines on stderr per start. Its warnings still show.
    if (System.getProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty") == null) {
      System.setProperty("org.slf4j.simpleLogger.log.org.eclipse.jetty", "warn");
    }
  }

  private HttpFront front;
  /** Latency, body deadlines and the slow-header check: one timer thread that holds no request. */
  private final ScheduledExecutorService timers;
  /** Latency, journal and the count of writes: what happens to a request between its body and its fake. */
  private final Requests requests = new Requests();
  private final Map<String, Fake> fakes = new LinkedHashMap<>();
  private final Map<String, FakeProvider> providers = new LinkedHashMap<>();
  private final Map<String, String> credentials = new LinkedHashMap<>();

  private Sandbox(ScheduledExecutorService timers) {
    this.timers = timers;
  }

  /**
   * The credential each platform's fake accepts, by platform id; a platform not named here
   * accepts its provider's default ({@link FakeProvider#defaultCredential()}). Never prints the keys.
   */
  public static final class Keys {
    /** Every fake's default credential ({@link FakeProvider#defaultCredential()}). */
    public static final Keys DEFAULT = new Keys(Map.of());

    private final Map<String, String> overrides;

    private Keys(Map<String, String> overrides) {
      this.overrides = Map.copyOf(overrides);
    }

    /**
     * @param keys credentials by platform id
     * @return keys that override the defaults for those platforms
     */
    public static Keys of(Map<String, String> keys) {
      return new Keys(keys);
    }

    /**
     * @param platform a platform id
     * @param key the credential its fake should accept
     * @return new keys with that one changed
     */
    public Keys with(String platform, String key) {
      Map<String, String> m = new HashMap<>(overrides);
      m.put(Objects.requireNonNull(platform, "platform"), Objects.requireNonNull(key, "key"));
      return new Keys(m);
    }

    /**
     * @param platform a platform id
     * @return the credential set for it here, if any (else its fake's default applies)
     */
    public Optional<String> get(String platform) {
      return Optional.ofNullable(overrides.get(platform));
    }

    /** Never prints the keys. */
    @Override
    public String toString() {
      return "Keys[****]";
    }
  }

  /** @return every installed fake's provider, in classpath order */
  public static List<FakeProvider> installed() {
    return InstalledFakes.find();
  }

  /**
   * Starts an empty sandbox accepting the default keys.
   *
   * @param port the port on 127.0.0.1, or 0 for a free one
   * @return the running sandbox
   */
  public static Sandbox start(int port) {
    return start(port, Keys.DEFAULT);
  }

  /**
   * Starts an empty sandbox accepting the given keys.
   *
   * @param port the port on 127.0.0.1, or 0 for a free one
   * @param keys the credential each platform accepts
   * @return the running sandbox
   */
  public static Sandbox start(int port, Keys keys) {
    return start(InetAddress.getLoopbackAddress(), port, keys, Limits.DEFAULT);
  }

  /**
   * Starts with the server's limits ({@code SandboxMain}'s options), and on another address than
   * loopback only for {@code SandboxMain --bind}, so that a container's port can be published. The
   * base URLs still name 127.0.0.1.
   */
  static Sandbox start(InetAddress bind, int port, Keys keys, Limits limits) {
    ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "switchboard-sandbox-timer");
      t.setDaemon(true);
      return t;
    });
    Sandbox sandbox = new Sandbox(timers);
    Clock clock = Clock.systemUTC();
    for (FakeProvider provider : installed()) {
      String credential = keys.get(provider.id()).orElse(provider.defaultCredential());
      sandbox.providers.put(provider.id(), provider);
      sandbox.credentials.put(provider.id(), credential);
      sandbox.fakes.put(provider.id(), provider.create(credential, clock));
    }
    sandbox.reset();
    sandbox.front = new HttpFront(sandbox, bind, port, limits, timers);
    try {
      sandbox.front.start();
    } catch (Exception e) {
      sandbox.close();
      IOException io = e instanceof IOException ? (IOException) e : new IOException(e.getMessage(), e);
      throw new UncheckedIOException("cannot listen on " + bind.getHostAddress() + ":" + port, io);
    }
    return sandbox;
  }

  Requests requests() {
    return requests;
  }

  /** @return the port the sandbox listens on */
  public int port() {
    return front.port();
  }

  /** @return the ids of the platforms this sandbox fakes, in classpath order */
  public List<String> platforms() {
    return List.copyOf(fakes.keySet());
  }

  /**
   * @param platform a platform id, e.g. {@code "acme"}
   * @return the base URL its client must use
   * @throws IllegalArgumentException if no fake of that platform is installed
   */
  public String baseUrl(String platform) {
    return baseUrl(port(), provider(platform));
  }

  /** A fake's base URL on a port, running or not. */
  static String baseUrl(int port, FakeProvider provider) {
    return "http://127.0.0.1:" + port + "/" + provider.id() + provider.basePath();
  }

  /**
   * @param platform a platform id
   * @return the credential its fake accepts
   */
  public String credential(String platform) {
    provider(platform);
    return credentials.get(platform);
  }

  /**
   * @param platform a platform id
   * @return its fake's provider
   * @throws IllegalArgumentException if no fake of that platform is installed
   */
  public FakeProvider provider(String platform) {
    FakeProvider p = providers.get(platform);
    if (p == null) {
      throw new IllegalArgumentException("the sandbox has no fake of " + platform + "; installed: " + fakes.keySet());
    }
    return p;
  }

  /**
   * The settings a platform's client needs to use its fake here (see {@link FakeProvider#clientSettings}).
   *
   * @param platform a platform id
   * @return settings by name below the platform's prefix
   */
  public Map<String, String> clientSettings(String platform) {
    return provider(platform).clientSettings(baseUrl(platform), credential(platform));
  }

  /** @return each faked platform's client settings by full key ({@code SWITCHBOARD_<ID>_<NAME>}), sorted: the one sandbox-to-configuration mapping */
  public Map<String, String> settings() {
    Map<String, String> all = new java.util.TreeMap<>();
    platforms().forEach(p -> all.putAll(SettingsKeys.of(p, clientSettings(p))));
    return all;
  }


  /**
   * Empties every platform, clears every fault and any {@link #simulate simulated} latency and rate
   * limit, then creates the demo workspace and chatbot (no agents).
   */
  public void reset() {
    requests.clearLatency();
    fakes.values().forEach(Fake::reset);
    fakes.values().forEach(Fake::clearFaults);
    fakes.values().forEach(Fake::baseline);
  }

  /** Adds a few agents on every platform, as the CLI's demo starts from. */
  public void seedDemoData() {
    fakes.values().forEach(Fake::demo);
  }

  /**
   * Makes a platform answer its next requests with 429 and {@code Retry-After: 1}.
   *
   * @param platform the platform id
   * @param requests how many requests
   */
  public void throttle(String platform, int requests) {
    fake(platform).throttle(requests, 1);
  }

  /**
   * Makes every platform behave as if it were far away and rate limited: each response is sent
   * {@code latency} after its request arrived, and each platform serves at most
   * {@code requestsPerSecond} requests a second (a bucket of one second's worth, refilled
   * continuously; each platform has its own). A request beyond the rate gets the platform's own
   * 429 with a {@code Retry-After} of the whole seconds until it could be served, as
   * {@link #throttle(String, int)} answers. Waiting requests hold no thread: the sandbox still
   * serves many connections at once. {@link #reset()} turns the simulation off.
   *
   * @param latency the delay before each response; {@link Duration#ZERO} for none
   * @param requestsPerSecond the rate per platform; {@link Double#POSITIVE_INFINITY} for no limit
   * @throws IllegalArgumentException if the latency is negative or the rate not above 0
   */
  public void simulate(Duration latency, double requestsPerSecond) {
    Requests.check(latency, requestsPerSecond);
    for (String platform : fakes.keySet()) {
      simulate(platform, latency, requestsPerSecond);
    }
  }

  /**
   * As {@link #simulate(Duration, double)}, for one platform only; the others keep theirs.
   *
   * @param platform a platform id, e.g. {@code "acme"}
   * @param latency the delay before each response; {@link Duration#ZERO} for none
   * @param requestsPerSecond the rate; {@link Double#POSITIVE_INFINITY} for no limit
   * @throws IllegalArgumentException if no fake of that platform is installed, the latency is
   *     negative or the rate not above 0
   */
  public void simulate(String platform, Duration latency, double requestsPerSecond) {
    Requests.check(latency, requestsPerSecond);
    Fake fake = fake(platform);
    requests.latency(platform, latency);
    fake.rate(Double.isInfinite(requestsPerSecond) ? null : new SimulatedRate(requestsPerSecond));
  }

  /**
   * Writes every platform's state (agents, bots, workspaces; not faults or simulations) to a JSON
   * file, replacing it whole: the file is written beside and then moved, so a reader or a crash
   * never sees half of it.
   *
   * @param file where to write
   * @throws UncheckedIOException naming the file if it cannot be written
   */
  public void saveState(Path file) {
    StateFiles.save(this, file);
  }

  /**
   * Replaces the state of every platform named in a file {@link #saveState} wrote; platforms the
   * file does not name keep theirs, and a platform no longer installed is skipped.
   *
   * @param file the file
   * @throws UncheckedIOException naming the file if it cannot be read
   * @throws IllegalArgumentException naming the file (and platform) if it is not a saved sandbox state
   */
  public void loadState(Path file) {
    StateFiles.load(this, file);
  }

  /** The fakes by platform id, in classpath order. */
  Map<String, Fake> fakesByPlatform() {
    return fakes;
  }

  /**
   * @return how many requests that may change state (any method but GET and HEAD) were served so
   *     far (counted when served, after any simulated latency, not when they arrived);
   *     a caller saving the state saves only when this moved
   */
  public long writes() {
    return requests.writes();
  }

  /** @return the fixtures that put the platforms into a known state */
  public Fixtures fixtures() {
    return new Fixtures(this);
  }

  Fake fake(String platform) {
    provider(platform);
    return fakes.get(platform);
  }

  /**
   * A platform's fake, for its own module's fixtures: the seeding its API cannot do (an agent with a
   * given id, a licence limit) is a method of the fake, reached through here.
   *
   * @param <F> the fake's type
   * @param platform a platform id
   * @param type the class of its fake
   * @return the running fake
   * @throws IllegalArgumentException if no fake of that platform is installed, or its fake is not a {@code type}
   */
  public <F extends Fake> F fake(String platform, Class<F> type) {
    Fake f = fake(platform);
    if (!type.isInstance(f)) {
      throw new IllegalArgumentException("the sandbox's fake of " + platform + " is a " + f.getClass().getName()
          + ", not a " + type.getName());
    }
    return type.cast(f);
  }

  /** Stops the server. */
  @Override
  public void close() {
    if (front != null) {
      front.stop();
    }
    timers.shutdownNow();
  }
}
