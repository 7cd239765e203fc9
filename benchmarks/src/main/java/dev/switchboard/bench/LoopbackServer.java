package dev.switchboard.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one server every contender talks to: the JDK's {@link HttpServer} on 127.0.0.1 with a fixed
 * thread pool, answering from response bytes computed once at start, so a request costs the server
 * the same whoever sends it. Run as its own process ({@link #main}) so its threads and allocations
 * are not counted in the client's JVM (JMH's {@code -prof gc} sees only the client).
 *
 * <ul>
 *   <li>{@code GET /workspaces/{ws}/agents/{id}}: one full Bird agent;
 *   <li>{@code GET /workspaces/{ws}/agents?...}: a page of 100 full Bird agents with
 *       {@code nextPageToken ""}; for a workspace named {@code paged-N} the page tokens run
 *       {@code p1}..{@code p(N-1)} and then {@code ""}, so a list is N pages of 100;
 *   <li>{@code POST /gq}: a bcrumbs GraphQL {@code agents} page of 100 nodes, last page.
 * </ul>
 *
 * Bird calls without an {@code Authorization} header get 401, anything else 404. {@code GET /stats}
 * tells how many requests were served and over how many distinct client connections (by client
 * port), which shows whether a client reuses its connections.
 */
public final class LoopbackServer {
  /** The Bird workspace of the single-page list and the single agent. */
  public static final String WORKSPACE = "w1";
  /** The agent {@code GET .../agents/{id}} is asked for. */
  public static final String AGENT_ID = "a1";
  /** Agents per list page. */
  public static final int PAGE_SIZE = 100;
  /** The bcrumbs workspace. */
  public static final int BCRUMBS_WORKSPACE = 12;
  /** The bcrumbs GraphQL endpoint's path. */
  public static final String GRAPHQL_PATH = "/gq";
  /** The credential every contender sends (never checked beyond being present). */
  public static final String ACCESS_KEY = "bench-access-key";

  private static final String PAGED = "paged-";

  private final HttpServer server;
  /** Requests served and distinct client connections (by client port) seen, for GET /stats. */
  private final java.util.concurrent.atomic.LongAdder requests = new java.util.concurrent.atomic.LongAdder();
  private final java.util.Set<Integer> connections = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final ExecutorService pool;
  private final byte[] agent;
  private final byte[] listPage;
  private final byte[] pagedPrefix;
  private final byte[] bcrumbsPage;

  private LoopbackServer(int threads) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode template;
    try (InputStream in = LoopbackServer.class.getResourceAsStream("/bench/bird-agent.json")) {
      template = (ObjectNode) mapper.readTree(in);
    }
    ArrayNode results = mapper.createArrayNode();
    for (int i = 1; i <= PAGE_SIZE; i++) {
      results.add(agentNode(template, i));
    }
    this.agent = mapper.writeValueAsBytes(agentNode(template, 1));
    ObjectNode list = mapper.createObjectNode();
    list.set("results", results);
    list.put("total", PAGE_SIZE);
    list.put("nextPageToken", "");
    this.listPage = mapper.writeValueAsBytes(list);
    String paged = mapper.writeValueAsString(results);
    this.pagedPrefix = ("{\"results\":" + paged + ",\"nextPageToken\":\"").getBytes(StandardCharsets.UTF_8);

    ArrayNode nodes = mapper.createArrayNode();
    for (int i = 1; i <= PAGE_SIZE; i++) {
      nodes.addObject().put("id", "ag_" + i).put("userId", "user_" + i).put("name", "Agent")
          .put("surname", "Number " + i).put("email", "agent" + i + "@example.com");
    }
    ObjectNode agents = mapper.createObjectNode();
    agents.set("nodes", nodes);
    agents.putObject("pageInfo").put("hasNextPage", false).put("endCursor", "c" + PAGE_SIZE).put("count", PAGE_SIZE);
    ObjectNode gq = mapper.createObjectNode();
    gq.putObject("data").set("agents", agents);
    this.bcrumbsPage = mapper.writeValueAsBytes(gq);

    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "loopback-server");
      t.setDaemon(true);
      return t;
    });
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  private static ObjectNode agentNode(ObjectNode template, int i) {
    ObjectNode a = template.deepCopy();
    a.put("id", "a" + i);
    a.put("name", "Agent " + i);
    a.putArray("userEmails").add("agent" + i + "@example.com");
    return a;
  }

  /**
   * Starts a server on an ephemeral loopback port.
   *
   * @param threads the size of the server's fixed thread pool
   * @return the running server
   * @throws IOException if it cannot bind
   */
  public static LoopbackServer start(int threads) throws IOException {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
    // delayed ACK and every response can wait ~40 ms.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    return new LoopbackServer(threads);
  }

  /**
   * @return the bound port on 127.0.0.1
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * @return the size in bytes of one list page of 100 agents
   */
  public int listPageBytes() {
    return listPage.length;
  }

  /**
   * @return the size in bytes of the single agent
   */
  public int agentBytes() {
    return agent.length;
  }

  /**
   * @return the size in bytes of the bcrumbs page
   */
  public int bcrumbsPageBytes() {
    return bcrumbsPage.length;
  }

  /** Stops accepting and ends the pool. */
  public void stop() {
    server.stop(0);
    pool.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      drain(exchange.getRequestBody());
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      if (path.equals("/stats")) {
        respond(exchange, 200, String.format("{\"requests\":%d,\"connections\":%d}", requests.sum(),
            connections.size()).getBytes(StandardCharsets.US_ASCII));
        return;
      }
      requests.increment();
      connections.add(exchange.getRemoteAddress().getPort());
      if (method.equals("POST") && path.equals(GRAPHQL_PATH)) {
        if (exchange.getRequestHeaders().getFirst("authorization") == null) {
          respond(exchange, 401, new byte[0]);
          return;
        }
        respond(exchange, 200, bcrumbsPage);
        return;
      }
      if (!method.equals("GET") || !path.startsWith("/workspaces/")) {
        respond(exchange, 404, new byte[0]);
        return;
      }
      if (exchange.getRequestHeaders().getFirst("Authorization") == null) {
        respond(exchange, 401, new byte[0]);
        return;
      }
      String[] parts = path.split("/"); // "", workspaces, {ws}, agents[, {id}]
      if (parts.length == 5 && parts[3].equals("agents")) {
        respond(exchange, 200, agent);
      } else if (parts.length == 4 && parts[3].equals("agents")) {
        if (parts[2].startsWith(PAGED)) {
          paged(exchange, Integer.parseInt(parts[2].substring(PAGED.length())));
        } else {
          respond(exchange, 200, listPage);
        }
      } else {
        respond(exchange, 404, new byte[0]);
      }
    }
  }

  /** Page k of n: token "pk" (none for the first page) answers "p(k+1)", the last answers "". */
  private void paged(HttpExchange exchange, int pages) throws IOException {
    String token = queryParam(exchange.getRequestURI().getRawQuery(), "pageToken");
    int index = token == null ? 0 : Integer.parseInt(token.substring(1));
    String next = index + 1 < pages ? "p" + (index + 1) : "";
    byte[] suffix = (next + "\"}").getBytes(StandardCharsets.US_ASCII);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, pagedPrefix.length + suffix.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(pagedPrefix);
      out.write(suffix);
    }
  }

  private static String queryParam(String query, String name) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return null;
  }

  private static void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
    if (body.length > 0) {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static void drain(InputStream in) throws IOException {
    byte[] buffer = new byte[8192];
    while (in.read(buffer) >= 0) {
      // discard
    }
  }

  /**
   * Sends every kind of request to the server from two threads for a while, so the server's own
   * JIT has settled before the first measured benchmark and does not favour later ones.
   */
  private long warmUp(int seconds) throws InterruptedException {
    java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder()
        .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
    String base = "http://127.0.0.1:" + port();
    java.util.List<java.net.http.HttpRequest> requests = java.util.List.of(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/workspaces/" + WORKSPACE + "/agents/" + AGENT_ID))
            .header("Authorization", "AccessKey " + ACCESS_KEY).build(),
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/workspaces/" + WORKSPACE + "/agents?limit=100"))
            .header("Authorization", "AccessKey " + ACCESS_KEY).build(),
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/workspaces/paged-3/agents?limit=100&pageToken=p1"))
            .header("Authorization", "AccessKey " + ACCESS_KEY).build(),
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + GRAPHQL_PATH))
            .header("authorization", ACCESS_KEY).header("Content-Type", "application/json")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"query\":\"{}\"}")).build());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    java.util.concurrent.atomic.AtomicLong calls = new java.util.concurrent.atomic.AtomicLong();
    Thread[] threads = new Thread[2];
    for (int t = 0; t < threads.length; t++) {
      threads[t] = new Thread(() -> {
        int i = 0;
        while (System.nanoTime() < deadline) {
          try {
            java.net.http.HttpResponse<byte[]> r = client.send(requests.get(i++ % requests.size()),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
              throw new IllegalStateException("warm-up got HTTP " + r.statusCode() + " for " + r.uri());
            }
            calls.incrementAndGet();
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          } catch (InterruptedException e) {
            return;
          }
        }
      });
      threads[t].start();
    }
    for (Thread t : threads) {
      t.join();
    }
    return calls.get();
  }

  /**
   * Runs the server as its own process until killed or until {@code --max-seconds} (default 1500)
   * have passed; it stops by itself either way.
   *
   * @param args {@code [--port-file FILE] [--threads N] [--max-seconds S] [--warmup-seconds S]}
   * @throws Exception if it cannot start
   */
  public static void main(String[] args) throws Exception {
    Path portFile = null;
    int threads = 8;
    long maxSeconds = 1500;
    int warmupSeconds = 0;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port-file" -> portFile = Path.of(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--max-seconds" -> maxSeconds = Long.parseLong(args[++i]);
        case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(args[++i]);
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    LoopbackServer s = start(threads);
    System.out.printf("loopback server on 127.0.0.1:%d (%d threads); agent %d B, list page %d B, bcrumbs page %d B%n",
        s.port(), threads, s.agentBytes(), s.listPageBytes(), s.bcrumbsPageBytes());
    if (warmupSeconds > 0) {
      long calls = s.warmUp(warmupSeconds);
      System.out.printf("warmed up with %d loopback calls in %d s%n", calls, warmupSeconds);
    }
    if (portFile != null) {
      Path tmp = portFile.resolveSibling(portFile.getFileName() + ".tmp");
      Files.writeString(tmp, Integer.toString(s.port()));
      Files.move(tmp, portFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Thread.sleep(TimeUnit.SECONDS.toMillis(maxSeconds));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    s.stop();
  }

}
