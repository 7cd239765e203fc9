package dev.switchboard.sandbox;

import dev.switchboard.bird.sandbox.BirdSandbox;
import dev.switchboard.chatcaptain.sandbox.ChatCaptainSandbox;
import dev.switchboard.chatwoot.sandbox.ChatwootSandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The standalone jar at {@code -Xmx256m}, over raw sockets: every protocol edge gets its status in
 * the platform's shape, and while slow, huge and bursting clients hammer it, a steady stream of
 * good requests is answered within a second each. Afterwards the sandbox is alive and holds exactly
 * what the good requests made. Timeouts are shortened ({@code --header-timeout 2s --body-timeout 3s})
 * so the suite runs in seconds; the defaults are longer.
 */
class BadInputIT {
  private static final String CHATWOOT_KEY = "api_access_token: " + ChatwootSandbox.TOKEN + "\r\n";
  private static final String BIRD_KEY = "Authorization: AccessKey " + BirdSandbox.ACCESS_KEY + "\r\n";
  private static final String AGENTS = "/chatwoot/api/v1/accounts/1/agents";
  private static final String BIRD_AGENTS = "/bird/workspaces/demo-workspace/agents";
  private static final long HUGE = 50L << 20;

  @TempDir Path dir;

  /** Good requests, one after another for as long as the test runs: creates, then lists. */
  static final class GoodStream extends Thread {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    final AtomicBoolean stop = new AtomicBoolean();
    final Set<String> created = ConcurrentHashMap.newKeySet();
    final List<String> failures = new CopyOnWriteArrayList<>();
    final AtomicLong slowestMillis = new AtomicLong();
    final AtomicLong answered = new AtomicLong();

    GoodStream(int port) {
      super("good-requests");
      this.port = port;
      setDaemon(true);
    }

    /** Where the timed requests start numbering, after the warm-up's. */
    private int next;

    /**
     * Sends {@code n} requests before any hostile client and does not time them: the sandbox's JVM
     * is still compiling its code (the first request took 1.1-1.8 s with both cores busy).
     */
    void warmUp(int n) {
      send(0, n, false);
      next = n;
    }

    @Override
    public void run() {
      send(next, Integer.MAX_VALUE, true);
    }

    private void send(int from, int to, boolean timed) {
      for (int i = from; i < to && !stop.get(); i++) {
        String email = "good" + i + "@example.com";
        boolean create = i % 2 == 0;
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + AGENTS))
            .timeout(Duration.ofSeconds(10)).header("api_access_token", ChatwootSandbox.TOKEN)
            .header("Content-Type", "application/json");
        r = create ? r.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Good " + i + "\",\"email\":\"" + email
            + "\",\"role\":\"agent\"}")) : r.GET();
        long t0 = System.nanoTime();
        try {
          HttpResponse<String> res = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
          long ms = (System.nanoTime() - t0) / 1_000_000;
          if (timed) {
            slowestMillis.accumulateAndGet(ms, Math::max);
          }
          if (timed) {
            answered.incrementAndGet();
          }
          if (res.statusCode() != 200) {
            failures.add("request " + i + ": " + res.statusCode() + " " + res.body());
          } else if (create) {
            created.add(email);
          }
          if (ms > 1000 && timed) {
            failures.add("request " + i + " took " + ms + " ms");
          }
          Thread.sleep(20);
        } catch (IOException e) {
          failures.add("request " + i + ": " + e);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  private static String get(String path, String headers) {
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "\r\n";
  }

  @Test
  void hostileClientsCostGoodRequestsNothing() throws Exception {
    Path state = dir.resolve("sandbox.json");
    try (JarProcess sb = JarProcess.start(dir, List.of("-Xmx256m"), "--empty", "--state", state.toString(),
        "--header-timeout", "2s", "--body-timeout", "3s")) {
      int port = sb.port;
      GoodStream good = new GoodStream(port);
      good.warmUp(40);
      good.start();
      SoftAssertions soft = new SoftAssertions();
      edges(port, soft);
      hostile(port, soft);
      good.stop.set(true);
      good.join(15_000);

      soft.assertThat(sb.process.isAlive()).as("the sandbox is still running").isTrue();
      soft.assertThat(good.answered.get()).as("good requests answered").isGreaterThan(20);
      soft.assertThat(good.failures).as("good requests that failed or took over 1 s (slowest %d ms)", good.slowestMillis.get())
          .isEmpty();
      // The state is what the good requests made: exactly their agents (the sandbox started empty).
      RawHttp.Response list = RawHttp.send(port, get(AGENTS, CHATWOOT_KEY), 10_000);
      List<String> emails = new ArrayList<>();
      if (list.status() == 200) {
        Exchange.JSON.readTree(list.body()).forEach(a -> emails.add(a.path("email").asText()));
      }
      soft.assertThat(emails).containsExactlyInAnyOrderElementsOf(good.created);
      String err = sb.stderrText();
      soft.assertThat(err).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
      soft.assertAll();
      System.out.printf("BadInputIT: %d good requests answered meanwhile, slowest %d ms, %d agents created%n",
          good.answered.get(), good.slowestMillis.get(), good.created.size());
    }
  }

  /** Each protocol edge, one at a time: its status, in the platform's shape. */
  private static void edges(int port, SoftAssertions soft) {
    RawHttp.Response r = RawHttp.send(port, "FOO " + BIRD_AGENTS + " HTTP/1.1\r\nHost: x\r\n" + BIRD_KEY + "\r\n", 5000);
    soft.assertThat(r.status()).as("unknown method: %s", r).isEqualTo(405);
    soft.assertThat(r.header("Allow")).as("Allow").contains("GET").contains("POST");
    soft.assertThat(r.body()).as("405 in Bird's shape").contains("\"code\":\"MethodNotAllowed\"");

    // Bird's list: the good requests change Chatwoot's meanwhile, so its length would move.
    RawHttp.Response getList = RawHttp.send(port, get(BIRD_AGENTS, BIRD_KEY), 5000);
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(5000);
      s.getOutputStream().write(("HEAD " + BIRD_AGENTS + " HTTP/1.1\r\nHost: x\r\n" + BIRD_KEY + "\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      RawHttp.Response head = RawHttp.read(s.getInputStream(), true);
      soft.assertThat(head.status()).as("HEAD: %s", head).isEqualTo(200);
      soft.assertThat(head.header("Content-Length")).as("HEAD's length is GET's")
          .isEqualTo(String.valueOf(getList.body().getBytes(StandardCharsets.UTF_8).length));
      // No body follows: the same connection answers the next request at once.
      s.getOutputStream().write(get(AGENTS, CHATWOOT_KEY).getBytes(StandardCharsets.ISO_8859_1));
      soft.assertThat(RawHttp.read(s.getInputStream(), false).status()).as("request after HEAD").isEqualTo(200);
    } catch (IOException e) {
      soft.fail("HEAD: " + e);
    }

    r = RawHttp.send(port, "POST " + BIRD_AGENTS + " HTTP/1.1\r\nHost: x\r\n" + BIRD_KEY
        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n", 5000);
    soft.assertThat(r.status()).as("malformed chunking: %s", r).isEqualTo(400);
    soft.assertThat(r.body()).as("400 in Bird's shape").contains("\"code\":\"BadRequest\"");

    r = RawHttp.send(port, get(BIRD_AGENTS, BIRD_KEY + "X-Big: " + "a".repeat(1 << 20) + "\r\n"), 5000);
    soft.assertThat(r.status()).as("a 1 MB header: %s", r).isEqualTo(431);
    StringBuilder many = new StringBuilder(BIRD_KEY);
    for (int i = 0; i < 10_000; i++) {
      many.append("X-H").append(i).append(": v\r\n");
    }
    r = RawHttp.send(port, get(BIRD_AGENTS, many.toString()), 5000);
    soft.assertThat(r.status()).as("10,000 headers: %s", r).isEqualTo(431);

    r = RawHttp.send(port, get(AGENTS, CHATWOOT_KEY).replace("\r\n", "\n"), 5000);
    soft.assertThat(r.status()).as("bare LF line ends: %s", r).isEqualTo(200);

    r = RawHttp.send(port, "GARBAGE\r\n\r\n", 5000);
    soft.assertThat(r.status()).as("a malformed request line: %s", r).isEqualTo(400);

    for (String path : List.of("/bird/workspaces/..%2F..%2Fetc/agents", "/bird/workspaces/demo-workspace/agents/..%2F..%2Fx",
        BIRD_AGENTS + "/../../../../etc/passwd")) {
      r = RawHttp.send(port, get(path, BIRD_KEY), 5000);
      soft.assertThat(r.status()).as("path traversal %s: %s", path, r).isEqualTo(404);
      soft.assertThat(r.body()).as("404 in Bird's shape").contains("\"code\":\"NotFound\"");
    }
    r = RawHttp.send(port, get("/chatcaptain/v1/inbox/..%2F..%2Fx/agents/online",
        "x-chatcaptain-key: " + ChatCaptainSandbox.KEY + "\r\n"), 5000);
    soft.assertThat(r.status()).as("chatbot id with traversal: %s", r).isEqualTo(404);

    r = RawHttp.send(port, get("/chatwoot/api/v1/accounts/77/agents", CHATWOOT_KEY), 5000);
    soft.assertThat(r.status()).as("an account that is not the sandbox's: %s", r).isEqualTo(404);
    soft.assertThat(r.body()).as("Chatwoot's 404 shape").contains("\"error\"");
  }

  /** Slow headers, slow bodies, huge bodies and a burst, all at once, each checked for its answer. */
  private static void hostile(int port, SoftAssertions soft) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(64 + 16 + 20 + 8);
    List<Future<String>> checks = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      checks.add(pool.submit(() -> slowHeaders(port)));
    }
    for (int i = 0; i < 16; i++) {
      checks.add(pool.submit(() -> slowBody(port)));
    }
    for (int i = 0; i < 16; i++) {
      boolean chunked = i % 2 == 1;
      String key = i % 4 < 2 ? "api_access_token: wrong\r\n" : "Authorization: AccessKey wrong\r\n";
      String path = i % 4 < 2 ? AGENTS : BIRD_AGENTS;
      checks.add(pool.submit(() -> huge(port, path, key, chunked, Set.of(401, 413))));
    }
    for (int i = 0; i < 4; i++) {
      boolean chunked = i % 2 == 1;
      checks.add(pool.submit(() -> huge(port, BIRD_AGENTS, BIRD_KEY, chunked, Set.of(413))));
    }
    checks.add(pool.submit(() -> burst(port, 300)));
    for (Future<String> check : checks) {
      String problem = check.get(60, TimeUnit.SECONDS);
      if (problem != null) {
        soft.fail(problem);
      }
    }
    pool.shutdownNow();
  }

  /** Sends a request line one byte every 200 ms; the server must close the connection within 6 s. */
  private static String slowHeaders(int port) {
    byte[] line = ("GET " + AGENTS + " HTTP/1.1\r\nHost: x\r\n" + CHATWOOT_KEY).getBytes(StandardCharsets.ISO_8859_1);
    long t0 = System.nanoTime();
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(200);
      OutputStream out = s.getOutputStream();
      InputStream in = s.getInputStream();
      for (int i = 0; System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(8); i = (i + 1) % line.length) {
        out.write(line[i]);
        out.flush();
        try {
          if (in.read() < 0) {
            return closedIn(t0, 6000, "slow headers");
          }
        } catch (java.net.SocketTimeoutException e) {
          // still open: go on trickling
        }
      }
      return "a slow-header connection was still open after 8 s";
    } catch (IOException e) {
      return closedIn(t0, 6000, "slow headers");
    }
  }

  private static String closedIn(long t0, long maxMillis, String what) {
    long ms = (System.nanoTime() - t0) / 1_000_000;
    return ms <= maxMillis ? null : what + ": closed only after " + ms + " ms";
  }

  /** Sends 100 declared body bytes one every 200 ms; the answer must be 408 within 6 s. */
  private static String slowBody(int port) {
    long t0 = System.nanoTime();
    try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(200);
      OutputStream out = s.getOutputStream();
      out.write(("POST " + AGENTS + " HTTP/1.1\r\nHost: x\r\n" + CHATWOOT_KEY
          + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      for (int i = 0; i < 100; i++) {
        out.write(' ');
        out.flush();
        if (s.getInputStream().available() > 0 || i == 99) {
          break;
        }
        Thread.sleep(200);
      }
      s.setSoTimeout(8000);
      RawHttp.Response r = RawHttp.read(s.getInputStream(), false);
      if (r.status() != 408 || !r.body().contains("\"error\"")) {
        return "slow body: expected Chatwoot's 408, got " + r;
      }
      return closedIn(t0, 6000, "slow body");
    } catch (IOException e) {
      return "slow body: " + e;
    } catch (InterruptedException e) {
      return "interrupted";
    }
  }

  private static String huge(int port, String path, String key, boolean chunked, Set<Integer> expected) {
    String head = "POST " + path + " HTTP/1.1\r\nHost: x\r\n" + key + "Content-Type: application/json\r\n"
        + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + HUGE + "\r\n") + "\r\n";
    RawHttp.Response r = RawHttp.sendHuge(port, head, HUGE, chunked, 20_000);
    return expected.contains(r.status()) ? null
        : "50 MB body to " + path + (chunked ? " (chunked)" : "") + ": expected " + expected + ", got " + r;
  }

  /** Opens {@code n} connections at once, then sends a good request on each: all answered 200. */
  private static String burst(int port, int n) {
    List<Socket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
        s.setSoTimeout(15_000);
        sockets.add(s);
      }
      for (Socket s : sockets) {
        s.getOutputStream().write(get(AGENTS, CHATWOOT_KEY).getBytes(StandardCharsets.ISO_8859_1));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Socket s : sockets) {
        statuses.add(RawHttp.read(s.getInputStream(), false).status());
      }
      long ok = statuses.stream().filter(st -> st == 200).count();
      return ok == n ? null : "burst: " + ok + " of " + n + " answered 200: " + Collections.frequency(statuses, -1)
          + " got no answer";
    } catch (IOException e) {
      return "burst: " + e;
    } finally {
      for (Socket s : sockets) {
        try {
          s.close();
        } catch (IOException e) {
          // closing a test socket
        }
      }
    }
  }
}
