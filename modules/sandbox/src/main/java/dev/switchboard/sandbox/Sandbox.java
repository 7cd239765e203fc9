package dev.switchboard.sandbox;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.bcrumbs.BcrumbsClient;
import dev.switchboard.bird.BirdClient;
import dev.switchboard.chatcaptain.ChatCaptainClient;
import dev.switchboard.chatwoot.ChatwootClient;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.bcrumbs.BcrumbsDirectory;
import dev.switchboard.bird.BirdDirectory;
import dev.switchboard.chatcaptain.ChatCaptainDirectory;
import dev.switchboard.chatwoot.ChatwootDirectory;
import dev.switchboard.livechat.LiveChatDirectory;
import dev.switchboard.livechat.LiveChatApiVersion;
import dev.switchboard.livechat.LiveChatClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The five platforms, faked in memory behind one HTTP server on 127.0.0.1.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start(0)) {
 *   sandbox.seedDemoData();
 *   Switchboard switchboard = sandbox.switchboard();
 *   switchboard.directory(Platform.BIRD).list().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Each platform lives under its own base path ({@link #baseUrl(Platform)}) and accepts only its
 * sandbox credential ({@link #CHATWOOT_TOKEN} and friends); a wrong one gets the platform's 401.
 * State is kept per platform, changes persist until {@link #reset()}, and requests are served
 * concurrently.
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
  private final Map<Platform, Fake> fakes = new java.util.LinkedHashMap<>();

  private Sandbox(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * The credential each platform accepts.
   *
   * @param chatwoot Chatwoot's {@code api_access_token}
   * @param bird Bird's access key (also accepted as a bearer token)
   * @param chatcaptain ChatCaptain's {@code x-chatcaptain-key}
   * @param livechat LiveChat's access token (bearer, or basic with account {@code sandbox-account})
   * @param bcrumbs bcrumbs' API key
   */
  public record Keys(String chatwoot, String bird, String chatcaptain, String livechat, String bcrumbs) {
    /** The sandbox's own keys ({@link #CHATWOOT_TOKEN} and friends). */
    public static final Keys DEFAULT =
        new Keys(CHATWOOT_TOKEN, BIRD_ACCESS_KEY, CHATCAPTAIN_KEY, LIVECHAT_TOKEN, BCRUMBS_API_KEY);

    /** Never prints the keys. */
    @Override
    public String toString() {
      return "Keys[****]";
    }
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
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on 127.0.0.1:" + port, e);
    }
    AtomicInteger n = new AtomicInteger();
    ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "switchboard-sandbox-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    Sandbox sandbox = new Sandbox(server, executor);
    Clock clock = Clock.systemUTC();
    sandbox.fakes.put(Platform.CHATWOOT, new ChatwootFake(keys.chatwoot(), clock));
    sandbox.fakes.put(Platform.BIRD, new BirdFake(keys.bird(), clock));
    sandbox.fakes.put(Platform.CHATCAPTAIN, new ChatCaptainFake(keys.chatcaptain(), CHATCAPTAIN_ME, clock));
    sandbox.fakes.put(Platform.LIVECHAT, new LiveChatFake(keys.livechat(), "sandbox-account", clock));
    sandbox.fakes.put(Platform.BCRUMBS, new BcrumbsFake(keys.bcrumbs(), clock));
    sandbox.fakes.forEach((platform, fake) -> {
      String prefix = "/" + platform.id();
      server.createContext(prefix, http -> {
        try {
          fake.handle(new Exchange(http, prefix));
        } catch (RuntimeException e) {
          LOG.warn("sandbox {} failed on {} {}", platform.id(), http.getRequestMethod(), http.getRequestURI(), e);
          http.sendResponseHeaders(500, -1);
          http.close();
        }
      });
    });
    server.setExecutor(executor);
    server.start();
    sandbox.reset();
    return sandbox;
  }

  /**
   * @return the port the sandbox listens on
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * @param platform a platform
   * @return the base URL its client must use
   */
  public String baseUrl(Platform platform) {
    String base = "http://127.0.0.1:" + port() + "/" + platform.id();
    if (platform.equals(Platform.LIVECHAT)) {
      return liveChatBaseUrl(LiveChatClient.DEFAULT_API_VERSION);
    }
    return platform.equals(Platform.BCRUMBS) ? base + "/core/gq" : base;
  }

  /**
   * @param version a LiveChat API version
   * @return the base URL a LiveChat client of that version must use (the v3.1 action endpoint, or
   *     the v3.4 version root)
   */
  public String liveChatBaseUrl(LiveChatApiVersion version) {
    String base = "http://127.0.0.1:" + port() + "/" + Platform.LIVECHAT.id();
    return version == LiveChatApiVersion.V3_1 ? base + "/v3.1/configuration/action" : base + "/v" + version.number();
  }

  /**
   * A {@link Switchboard} with all five platforms pointed at this sandbox, using the demo
   * account, workspaces and chatbot.
   *
   * @return the switchboard
   */
  public Switchboard switchboard() {
    return Switchboard.builder()
        .add(ChatwootDirectory.of(ChatwootClient.builder().baseUrl(baseUrl(Platform.CHATWOOT))
            .apiAccessToken(CHATWOOT_TOKEN).build(), CHATWOOT_ACCOUNT))
        .add(BirdDirectory.of(BirdClient.builder().baseUrl(baseUrl(Platform.BIRD)).accessKey(BIRD_ACCESS_KEY).build(),
            BIRD_WORKSPACE))
        .add(ChatCaptainDirectory.of(ChatCaptainClient.builder().baseUrl(baseUrl(Platform.CHATCAPTAIN))
            .apiKey(CHATCAPTAIN_KEY).build(), CHATCAPTAIN_CHATBOT))
        .add(LiveChatDirectory.of(LiveChatClient.builder().baseUrl(baseUrl(Platform.LIVECHAT))
            .accessToken(LIVECHAT_TOKEN).build()))
        .add(BcrumbsDirectory.of(BcrumbsClient.builder().baseUrl(baseUrl(Platform.BCRUMBS))
            .apiKey(BCRUMBS_API_KEY).build(), BCRUMBS_WORKSPACE))
        .build();
  }

  /** Empties every platform, clears every fault, then creates the demo workspace and chatbot (no agents). */
  public void reset() {
    fakes.values().forEach(Fake::reset);
    fakes.values().forEach(Fake::clearFaults);
    bird().seedWorkspace(BIRD_WORKSPACE);
    captain().seedChatbot(CHATCAPTAIN_CHATBOT);
  }

  /** Adds a few agents on every platform, as the CLI's demo starts from. */
  public void seedDemoData() {
    chatwoot().seed(CHATWOOT_ACCOUNT, 1, "Ada Admin", "ada@example.com", "administrator", "online");
    chatwoot().seed(CHATWOOT_ACCOUNT, 2, "Old Timer", "old@example.com", "agent", "offline");
    bird().seed(BIRD_WORKSPACE, "bird-ada", "Ada Admin", "active", "ada@example.com", true);
    bird().seed(BIRD_WORKSPACE, "bird-old", "Old Timer", "offline", "old@example.com", false);
    captain().seed(CHATCAPTAIN_CHATBOT, CHATCAPTAIN_ME, true);
    captain().seed(CHATCAPTAIN_CHATBOT, "captain-2", false);
    livechat().seed("bot-greeter", "Greeter Bot", "accepting chats");
    bcrumbs().seed(BCRUMBS_WORKSPACE, "bc-ada", "user-ada", "Ada", "Admin", "ada@example.com");
  }

  /**
   * Makes a platform answer its next requests with 429 and {@code Retry-After: 1}.
   *
   * @param platform the platform
   * @param requests how many requests
   */
  public void throttle(Platform platform, int requests) {
    fakes.get(platform).throttle(requests, 1);
  }

  /**
   * @return the fixtures that put the platforms into a known state
   */
  public Fixtures fixtures() {
    return new Fixtures(this);
  }

  Fake fake(Platform platform) {
    return fakes.get(platform);
  }

  ChatwootFake chatwoot() {
    return (ChatwootFake) fakes.get(Platform.CHATWOOT);
  }

  BirdFake bird() {
    return (BirdFake) fakes.get(Platform.BIRD);
  }

  ChatCaptainFake captain() {
    return (ChatCaptainFake) fakes.get(Platform.CHATCAPTAIN);
  }

  LiveChatFake livechat() {
    return (LiveChatFake) fakes.get(Platform.LIVECHAT);
  }

  BcrumbsFake bcrumbs() {
    return (BcrumbsFake) fakes.get(Platform.BCRUMBS);
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
