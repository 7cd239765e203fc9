package dev.switchboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.switchboard.sandbox.spi.FakeProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installed platforms' fakes, in memory behind one HTTP server on 127.0.0.1. Each fake is
 * contributed by a {@link FakeProvider} found by {@link ServiceLoader}: the five platforms
 * Switchboard ships are built in, and another platform's module may add its own.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(0)) {
 *   sandbox.seedDemoData();
 *   String birdUrl = sandbox.baseUrl("bird"); // a Bird client pointed here works as against Bird
 * }
 * }</pre>
 *
 * <p>Each platform lives under its own base path ({@link #baseUrl(String)}) and accepts only its
 * sandbox credential ({@link #CHATWOOT_TOKEN} and friends, or {@link Keys}); a wrong one gets the
 * platform's 401. State is kept per platform, changes persist until {@link #reset()}, and requests
 * are served concurrently. A {@code Switchboard} over the sandbox comes from the
 * {@code switchboard-sandbox-junit} module, which knows the platforms' clients; this one does not.
 */
public final class Sandbox implements AutoCloseable {
  /** Chatwoot's sandbox {@code api_access_token}. */
  public static final String CHATWOOT_TOKEN = "sandbox-chatwoot-token";
  /** Bird's sandbox access key. */
  public static final String BIRD_ACCESS_KEY = "sandbox-bird-key";
  /** ChatCaptain's sandbox {@code x-chatcaptain-key}. */
  public static final String CHATCAPTAIN_KEY = "sandbox-chatcaptain-key";
  /** LiveChat's sandbox access token. */
  public static final String LIVECHAT_TOKEN = "fra:sandbox-livechat-token";
  /** bcrumbs' sandbox API key. */
  public static final String BCRUMBS_API_KEY = "sandbox-bcrumbs-key";
  /** The demo Chatwoot account. */
  public static final long CHATWOOT_ACCOUNT = 1;
  /** The demo Bird workspace. */
  public static final String BIRD_WORKSPACE = "demo-workspace";
  /** The demo ChatCaptain chatbot. */
  public static final String CHATCAPTAIN_CHATBOT = "demo-bot";
  /** The ChatCaptain agent the sandbox key belongs to. */
  public static final String CHATCAPTAIN_ME = "captain-me";
  /** The demo bcrumbs workspace. */
  public static final int BCRUMBS_WORKSPACE = 12;

  private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);
  /** The state file's format marker; a change of layout changes it. */
  static final String STATE_FORMAT = "switchboard-sandbox-state/1";

  /** JDK property that makes {@link HttpServer} set TCP_NODELAY on its connections. */
  static final String NODELAY = "sun.net.httpserver.nodelay";

  static {
    // The JDK's HttpServer sends a response's headers and body in separate small writes. With
    // Nagle's algorithm on (its default), the body waits for the ACK of the headers, which a
    // keep-alive client delays by ~40 ms: every call to the sandbox took ~45 ms instead of ~1 ms.
    // The server reads this property once, when the JVM makes its first HttpServer; setting it
    // here covers every way the sandbox starts (start, SandboxExtension, SandboxMain, the CLI)
    // unless the application set it itself or started a JDK HttpServer before.
    if (System.getProperty(NODELAY) == null) {
      System.setProperty(NODELAY, "true");
    }
  }

  private final HttpServer server;
  private final ExecutorService executor;
  /**
   * Holds delayed requests until their simulated latency has passed, then hands them to the
   * executor: a waiting request holds no worker thread, so latency does not cap concurrency.
   */
  private final ScheduledExecutorService delays;
  /** Requests that may have changed state (any method but GET and HEAD), for {@link #writes()}. */
  private final AtomicLong writes = new AtomicLong();
  /** Simulated latency by platform ({@link #simulate}); absent means none. */
  private final Map<String, Long> latencyNanos = new ConcurrentHashMap<>();
  private final Map<String, Fake> fakes = new LinkedHashMap<>();
  private final Map<String, FakeProvider> providers = new LinkedHashMap<>();
  private final Map<String, String> credentials = new LinkedHashMap<>();

  private Sandbox(HttpServer server, ExecutorService executor, ScheduledExecutorService delays) {
    this.server = server;
    this.executor = executor;
    this.delays = delays;
  }

  /**
   * The credential each platform's fake accepts, by platform id; a platform not named here
   * accepts its provider's default ({@link FakeProvider#defaultCredential()}). Never prints the keys.
   */
  public static final class Keys {
    /** The sandbox's own keys ({@link #CHATWOOT_TOKEN} and friends, and each other fake's default). */
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

  /**
   * @return every installed fake's provider, in classpath order (the built-in five first)
   */
  public static List<FakeProvider> installed() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    List<FakeProvider> found = load(context);
    if (found.isEmpty() && context != Sandbox.class.getClassLoader()) {
      found = load(Sandbox.class.getClassLoader());
    }
    return found;
  }

  private static List<FakeProvider> load(ClassLoader loader) {
    Map<String, FakeProvider> byId = new LinkedHashMap<>();
    for (FakeProvider p : ServiceLoader.load(FakeProvider.class, loader)) {
      FakeProvider other = byId.putIfAbsent(p.id(), p);
      if (other != null && other.getClass() != p.getClass()) {
        throw new IllegalStateException("two sandbox fakes for platform " + p.id() + ": " + other.getClass().getName()
            + " and " + p.getClass().getName());
      }
    }
    return Collections.unmodifiableList(new ArrayList<>(byId.values()));
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
    return start(InetAddress.getLoopbackAddress(), port, keys);
  }

  /**
   * Starts on another address than loopback: only for {@code SandboxMain --bind}, so that a
   * container's port can be published. The base URLs still name 127.0.0.1.
   */
  static Sandbox start(InetAddress bind, int port, Keys keys) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(bind, port), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + bind.getHostAddress() + ":" + port, e);
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "switchboard-sandbox-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "switchboard-sandbox-latency");
      t.setDaemon(true);
      return t;
    });
    Sandbox sandbox = new Sandbox(server, executor, delays);
    Clock clock = Clock.systemUTC();
    for (FakeProvider provider : installed()) {
      String credential = keys.get(provider.id()).orElse(provider.defaultCredential());
      sandbox.providers.put(provider.id(), provider);
      sandbox.credentials.put(provider.id(), credential);
      sandbox.fakes.put(provider.id(), provider.create(credential, clock));
    }
    sandbox.fakes.forEach((platform, fake) -> {
      String prefix = "/" + platform;
      server.createContext(prefix, http -> {
        if (!http.getRequestMethod().equals("GET") && !http.getRequestMethod().equals("HEAD")) {
          sandbox.writes.incrementAndGet();
        }
        Long delay = sandbox.latencyNanos.get(platform);
        if (delay == null) {
          serve(platform, prefix, fake, http);
          return;
        }
        // The JDK server keeps an exchange open after its handler returns, until the response is
        // sent: the request is answered later, from a worker, and this thread is free meanwhile.
        try {
          delays.schedule(() -> {
            try {
              executor.execute(() -> serveQuietly(platform, prefix, fake, http));
            } catch (RejectedExecutionException closed) {
              http.close();
            }
          }, delay, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
          http.close();
        }
      });
    });
    server.setExecutor(executor);
    server.start();
    sandbox.reset();
    return sandbox;
  }

  private static void serve(String platform, String prefix, Fake fake, HttpExchange http)
      throws IOException {
    try {
      fake.handle(new Exchange(http, prefix));
    } catch (RuntimeException e) {
      LOG.warn("sandbox {} failed on {} {}", platform, http.getRequestMethod(), http.getRequestURI(), e);
      http.sendResponseHeaders(500, -1);
      http.close();
    }
  }

  private static void serveQuietly(String platform, String prefix, Fake fake, HttpExchange http) {
    try {
      serve(platform, prefix, fake, http);
    } catch (IOException e) {
      // The client went away while the request waited: nothing is left to answer.
      http.close();
    }
  }

  /**
   * @return the port the sandbox listens on
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * @return the ids of the platforms this sandbox fakes, in classpath order
   */
  public List<String> platforms() {
    return List.copyOf(fakes.keySet());
  }

  /**
   * @param platform a platform id, e.g. {@code "bird"}
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
   * @param version a LiveChat API version number, {@code "3.4"} or {@code "3.1"}
   * @return the base URL a LiveChat client of that version must use (the v3.1 action endpoint, or
   *     the v3.4 version root)
   */
  public String liveChatBaseUrl(String version) {
    String base = "http://127.0.0.1:" + port() + "/livechat";
    return version.equals("3.1") ? base + "/v3.1/configuration/action" : base + "/v" + version;
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

  /**
   * Empties every platform, clears every fault and any {@link #simulate simulated} latency and rate
   * limit, then creates the demo workspace and chatbot (no agents).
   */
  public void reset() {
    latencyNanos.clear();
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
    checkSimulation(latency, requestsPerSecond);
    for (String platform : fakes.keySet()) {
      simulate(platform, latency, requestsPerSecond);
    }
  }

  /**
   * As {@link #simulate(Duration, double)}, for one platform only; the others keep theirs.
   *
   * @param platform a platform id, e.g. {@code "bird"}
   * @param latency the delay before each response; {@link Duration#ZERO} for none
   * @param requestsPerSecond the rate; {@link Double#POSITIVE_INFINITY} for no limit
   * @throws IllegalArgumentException if no fake of that platform is installed, the latency is
   *     negative or the rate not above 0
   */
  public void simulate(String platform, Duration latency, double requestsPerSecond) {
    checkSimulation(latency, requestsPerSecond);
    Fake fake = fake(platform);
    if (latency.isZero()) {
      latencyNanos.remove(platform);
    } else {
      latencyNanos.put(platform, latency.toNanos());
    }
    fake.rate(Double.isInfinite(requestsPerSecond) ? null : new SimulatedRate(requestsPerSecond));
  }

  private static void checkSimulation(Duration latency, double requestsPerSecond) {
    Objects.requireNonNull(latency, "latency");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency must not be negative: " + latency);
    }
    if (!(requestsPerSecond > 0)) {
      throw new IllegalArgumentException("requestsPerSecond must be above 0 (POSITIVE_INFINITY for no limit): "
          + requestsPerSecond);
    }
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
    ObjectNode root = Exchange.JSON.createObjectNode();
    root.put("format", STATE_FORMAT);
    ObjectNode platforms = root.putObject("platforms");
    fakes.forEach((platform, fake) -> {
      JsonNode state = fake.saveState();
      if (state != null) {
        platforms.set(platform, state);
      }
    });
    Path target = file.toAbsolutePath();
    try {
      Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
      try {
        Exchange.JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
        try {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the sandbox state to " + file + ": " + e.getMessage(), e);
    }
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
    JsonNode root;
    try {
      root = Exchange.JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file + " is not JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sandbox state from " + file + ": " + e.getMessage(), e);
    }
    if (root == null || !root.path("format").asText().equals(STATE_FORMAT) || !root.path("platforms").isObject()) {
      throw new IllegalArgumentException(file + " is not a sandbox state file (no \"format\": \"" + STATE_FORMAT + "\")");
    }
    root.get("platforms").fields().forEachRemaining(e -> {
      Fake fake = fakes.get(e.getKey());
      if (fake == null) {
        LOG.warn("sandbox state {} names platform {}, which is not installed; skipped", file, e.getKey());
        return;
      }
      try {
        fake.restoreState(e.getValue());
      } catch (IllegalArgumentException bad) {
        throw new IllegalArgumentException(file + ", platform " + e.getKey() + ": " + bad.getMessage(), bad);
      }
    });
  }

  /**
   * @return how many requests that may change state (any method but GET and HEAD) arrived so far;
   *     a caller saving the state saves only when this moved
   */
  public long writes() {
    return writes.get();
  }

  /**
   * @return the fixtures that put the platforms into a known state
   */
  public Fixtures fixtures() {
    return new Fixtures(this);
  }

  Fake fake(String platform) {
    provider(platform);
    return fakes.get(platform);
  }

  ChatwootFake chatwoot() {
    return (ChatwootFake) fake("chatwoot");
  }

  BirdFake bird() {
    return (BirdFake) fake("bird");
  }

  ChatCaptainFake captain() {
    return (ChatCaptainFake) fake("chatcaptain");
  }

  LiveChatFake livechat() {
    return (LiveChatFake) fake("livechat");
  }

  BcrumbsFake bcrumbs() {
    return (BcrumbsFake) fake("bcrumbs");
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.stop(0);
    delays.shutdownNow();
    executor.shutdownNow();
  }
}
