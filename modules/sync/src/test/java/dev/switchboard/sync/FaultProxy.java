package dev.switchboard.sync;

import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.Platforms;
import dev.switchboard.facade.spi.Settings;
import dev.switchboard.runtime.http.ClientBuilder;
import dev.switchboard.runtime.testing.FaultServer;
import dev.switchboard.sandbox.Sandbox;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The runtime's loopback {@link FaultServer} put in front of a {@link Sandbox} as a proxy: every
 * request is passed on to the sandbox and its answer passed back, except the writes a test picks,
 * which get a fault instead (or after the sandbox applied them). A write is numbered the first time
 * it arrives; the client's own resends of it (same method, path and body) keep that number and get
 * the same fault, so a fault is persistent for one request and nothing else.
 */
public final class FaultProxy implements AutoCloseable {
  /** What a faulted write gets. */
  public enum Fault {
    /** A TCP reset before any byte of an answer; the sandbox never saw it. */
    RESET_BEFORE_ANSWER,
    /** Passed to the sandbox (which applied it), then a TCP reset instead of its answer. */
    ANSWER_LOST,
    /** 500, not passed on. */
    STATUS_500,
    /** 429 with Retry-After 0, not passed on. */
    STATUS_429,
    /** Held without an answer, not passed on, until the client gives up. */
    STALL
  }

  private static final Set<String> HOP = Set.of("host", "content-length", "connection", "expect", "upgrade",
      "transfer-encoding", "keep-alive");
  private final FaultServer server = new FaultServer();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Sandbox sandbox;
  private final Map<String, Integer> writeNumbers = new ConcurrentHashMap<>();
  private final AtomicInteger writes = new AtomicInteger();
  private final AtomicInteger fired = new AtomicInteger();
  private volatile Map<Integer, Fault> faults = Map.of();
  private volatile Fault every;
  private volatile boolean readsFailAfterFault;

  public FaultProxy(Sandbox sandbox) {
    this.sandbox = sandbox;
  }

  /**
   * Sets which writes (numbered from 0 in arrival order) get which fault, and starts counting anew.
   */
  public void faults(Map<Integer, Fault> byWrite) {
    writeNumbers.clear();
    writes.set(0);
    fired.set(0);
    faults = Map.copyOf(byWrite);
    every = null;
    readsFailAfterFault = false;
  }

  /** From the first fault on, every read answers 500 (so a re-read after the fault cannot settle anything). */
  public void readsFailAfterFault() {
    readsFailAfterFault = true;
  }

  /**
   * @param platform a platform the sandbox fakes
   * @return this proxy's URL for it, passing on to the sandbox's (for a client or the CLI's
   *     {@code SWITCHBOARD_<ID>_URL})
   */
  public String url(String platform) {
    String target = sandbox.clientSettings(platform).get("URL");
    return server.route(platform, (req, s, out) -> serve(target, req, s, out));
  }

  /** Every write gets this fault from now on (null: none), and counting starts anew. */
  public void faultEveryWrite(Fault fault) {
    faults(Map.of());
    every = fault;
  }

  /** @return distinct writes that arrived since {@link #faults} */
  public int writes() {
    return writes.get();
  }

  /** @return requests that got a fault (resends included) since {@link #faults} */
  public int fired() {
    return fired.get();
  }

  /**
   * A switchboard of every installed platform the sandbox fakes, each client pointed at this proxy.
   *
   * @param extra settings by name below each platform's prefix (e.g. {@code READ_TIMEOUT})
   * @param customizer applied to every client builder last (e.g. {@code b -> b.addPolicy(step)})
   */
  public Switchboard switchboard(Map<String, String> extra, Consumer<ClientBuilder<?>> customizer) {
    Switchboard.Builder b = Switchboard.builder();
    for (PlatformProvider provider : Platforms.installed()) {
      Platform platform = provider.platform();
      if (!sandbox.platforms().contains(platform.id())) {
        continue;
      }
      Map<String, String> settings = new HashMap<>();
      sandbox.clientSettings(platform.id()).forEach((name, value) -> settings.put(Settings.key(platform, name), value));
      settings.put(Settings.key(platform, "URL"), url(platform.id()));
      extra.forEach((name, value) -> settings.put(Settings.key(platform, name), value));
      b.add(provider.directory(Settings.of(settings).withClientCustomizer(customizer).forPlatform(platform)));
    }
    return b.build();
  }

  private void serve(String target, FaultServer.Request req, Socket s, OutputStream out) throws IOException {
    Fault fault = null;
    if (isWrite(req)) {
      int n = writeNumbers.computeIfAbsent(req.method() + " " + req.path() + "\n" + req.body(), k -> writes.getAndIncrement());
      fault = faults.getOrDefault(n, every);
    }
    if (fault == null && readsFailAfterFault && fired.get() > 0 && !isWrite(req)) {
      FaultServer.write(out, 500, Map.of(), "{\"error\":\"reads fail now\"}");
      return;
    }
    if (fault != null) {
      fired.incrementAndGet();
      switch (fault) {
        case RESET_BEFORE_ANSWER:
          FaultServer.reset().respond(req, s, out);
          return;
        case STATUS_500:
          FaultServer.write(out, 500, Map.of(), "{\"error\":\"boom\"}");
          return;
        case STATUS_429:
          FaultServer.write(out, 429, Map.of("Retry-After", "0"), "{\"error\":\"slow down\"}");
          return;
        case STALL:
          FaultServer.stall().respond(req, s, out);
          return;
        case ANSWER_LOST:
          forward(target, req);
          FaultServer.reset().respond(req, s, out);
          return;
        default:
          throw new IllegalStateException(String.valueOf(fault));
      }
    }
    HttpResponse<byte[]> answer = forward(target, req);
    Map<String, String> headers = new LinkedHashMap<>();
    answer.headers().map().forEach((k, v) -> {
      String name = k.toLowerCase(Locale.ROOT);
      if (!HOP.contains(name) && !name.equals("content-type") && !name.startsWith(":")) {
        headers.put(k, String.join(", ", v));
      }
    });
    FaultServer.write(out, answer.statusCode(), headers, answer.body());
  }

  private HttpResponse<byte[]> forward(String target, FaultServer.Request req) throws IOException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target + req.path())).timeout(Duration.ofSeconds(10))
        .method(req.method(), req.body().isEmpty() ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(req.body()));
    req.headers().forEach((k, v) -> {
      if (!HOP.contains(k)) {
        b.header(k, v);
      }
    });
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** Reads are passed on untouched: GETs, LiveChat's list_/get_ actions, GraphQL queries. */
  static boolean isWrite(FaultServer.Request req) {
    return isWrite(req.method(), req.path(), req.body());
  }

  static boolean isWrite(String method, String path, String body) {
    if (method.equals("GET")) {
      return false;
    }
    String last = path.replaceAll("\\?.*", "");
    last = last.substring(last.lastIndexOf('/') + 1);
    if (last.startsWith("list_") || last.startsWith("get_")) {
      return false;
    }
    boolean graphQl = body.contains("\"query\"");
    return !graphQl || body.contains("mutation");
  }

  /** @return the platforms this proxy serves */
  List<String> platforms() {
    return sandbox.platforms();
  }

  @Override
  public void close() {
    server.close();
  }
}
