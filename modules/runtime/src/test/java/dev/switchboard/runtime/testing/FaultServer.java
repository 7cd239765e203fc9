package dev.switchboard.runtime.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server that misbehaves on purpose, written on plain sockets so it can do what
 * a well-behaved server library will not: reset a connection, close without a byte, declare more
 * body than it sends, stall, drip. Each test routes a path prefix ({@code /<route>/...}) to one
 * {@link Responder} and reads back every request that reached that prefix, so many tests can share
 * one server concurrently. Every answer closes its connection ({@code Connection: close}), so no
 * request ever rides on a connection a previous fault broke.
 */
public final class FaultServer implements AutoCloseable {
  private static final int MAX_HOLD_MILLIS = 15_000;

  private final ServerSocket socket;
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "fault-server");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, Responder> routes = new ConcurrentHashMap<>();
  private final Map<String, List<Request>> seen = new ConcurrentHashMap<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final AtomicInteger unrouted = new AtomicInteger();
  /** Connections accepted whose request has not been read and recorded yet. */
  private final AtomicInteger reading = new AtomicInteger();
  private volatile boolean closed;

  /** A request as received; the body as UTF-8 text; when it was recorded ({@link System#nanoTime()}). */
  public record Request(String method, String path, Map<String, String> headers, String body, long recordedNanos) {
    Request(String method, String path, Map<String, String> headers, String body) {
      this(method, path, headers, body, System.nanoTime());
    }
  }

  /** How a route answers one request. */
  @FunctionalInterface
  public interface Responder {
    /**
     * @param request the request, fully read
     * @param socket its connection, to reset or hold
     * @param out the connection's output
     */
    void respond(Request request, Socket socket, OutputStream out) throws IOException;
  }

  /** Starts on 127.0.0.1 at a free port. */
  public FaultServer() {
    try {
      socket = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new IllegalStateException("cannot bind loopback", e);
    }
    pool.execute(this::acceptLoop);
  }

  /** @return e.g. {@code http://127.0.0.1:40123} */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /**
   * Routes {@code /<route>/...} to the responder and clears what that route saw before.
   *
   * @return the route's base URL
   */
  public String route(String route, Responder responder) {
    routes.put(route, responder);
    seen.put(route, new CopyOnWriteArrayList<>());
    return baseUrl() + "/" + route;
  }

  /** Forgets what a route saw (between two calls through the same route). */
  public void clear(String route) {
    seen.put(route, new CopyOnWriteArrayList<>());
  }

  /** @return the requests that reached the route, the route prefix removed from their paths */
  public List<Request> requests(String route) {
    return List.copyOf(seen.getOrDefault(route, List.of()));
  }

  /** @return how many requests came for no route */
  public int unrouted() {
    return unrouted.get();
  }

  /** @return a loopback port where nothing listens: a connection there is refused */
  public static int closedPort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = socket.accept();
        open.add(s);
        reading.incrementAndGet();
        pool.execute(() -> serve(s));
      } catch (IOException e) {
        if (!closed) {
          unrouted.incrementAndGet();
        }
      }
    }
  }

  private void serve(Socket s) {
    boolean recorded = false;
    try (s) {
      s.setSoTimeout(MAX_HOLD_MILLIS);
      InputStream in = s.getInputStream();
      Request raw = read(in);
      if (raw == null) {
        return;
      }
      String path = raw.path();
      int slash = path.indexOf('/', 1);
      String route = slash < 0 ? path.substring(1) : path.substring(1, slash);
      Responder responder = routes.get(route);
      if (responder == null) {
        unrouted.incrementAndGet();
        write(s.getOutputStream(), 404, Map.of(), "{\"error\":\"no route\"}");
        return;
      }
      Request request = new Request(raw.method(), slash < 0 ? "/" : path.substring(slash), raw.headers(), raw.body());
      seen.computeIfAbsent(route, r -> new CopyOnWriteArrayList<>()).add(request);
      reading.decrementAndGet();
      recorded = true;
      responder.respond(request, s, s.getOutputStream());
    } catch (IOException e) {
      // the client went away, or the fault itself broke the connection: nothing to answer
    } finally {
      if (!recorded) {
        reading.decrementAndGet();
      }
      open.remove(s);
    }
  }

  /**
   * Waits until every connection accepted so far has had its request read and recorded, and no new
   * one has come for 200 ms: on a busy machine the server may read a request long after the client
   * gave up on it, and a count taken before then would miss it.
   *
   * @return whether the server went quiet within the limit
   */
  public boolean awaitQuiet(java.time.Duration limit) throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    int quietFor = 0;
    while (System.nanoTime() < end) {
      quietFor = reading.get() == 0 ? quietFor + 1 : 0;
      if (quietFor >= 20) {
        return true;
      }
      Thread.sleep(10);
    }
    return false;
  }

  private static Request read(InputStream in) throws IOException {
    RawRequest raw = readRaw(in);
    return raw == null ? null
        : new Request(raw.method(), raw.target(), raw.headers(), new String(raw.body(), StandardCharsets.UTF_8));
  }

  /** A request's parts as read off the socket: header names lower-cased, the body as bytes. */
  record RawRequest(String method, String target, Map<String, String> headers, byte[] body) {}

  /**
   * Reads one HTTP/1.1 request (head, then a Content-Length body), for the loopback servers here.
   *
   * @return the request, or null when the connection ended first or the head is over 64 KiB
   */
  static RawRequest readRaw(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while (matched < 4 && (b = in.read()) >= 0) {
      head.write(b);
      matched = (b == '\r' || b == '\n') ? (matched + 1) : 0;
      if (head.size() > 64 * 1024) {
        return null;
      }
    }
    String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    if (matched < 4 || lines.length == 0 || lines[0].isBlank()) {
      return null;
    }
    String[] start = lines[0].split(" ");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
      }
    }
    byte[] body = in.readNBytes(Integer.parseInt(headers.getOrDefault("content-length", "0")));
    return new RawRequest(start[0], start.length > 1 ? start[1] : "/", headers, body);
  }

  /** Writes a complete response and leaves the connection to be closed. */
  public static void write(OutputStream out, int status, Map<String, String> headers, String body) throws IOException {
    write(out, status, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a complete response with a raw body (which need not be valid UTF-8). */
  public static void write(OutputStream out, int status, Map<String, String> headers, byte[] body) throws IOException {
    StringBuilder h = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
    h.append("Content-Type: application/json\r\nConnection: close\r\nContent-Length: ").append(body.length).append("\r\n");
    headers.forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
    h.append("\r\n");
    out.write(h.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
  }

  private static String reason(int status) {
    return status < 300 ? "OK" : status < 500 ? "Client Error" : "Server Error";
  }

  // The faults.

  /** @return a complete answer with this status, headers and body */
  public static Responder status(int status, Map<String, String> headers, String body) {
    return (req, s, out) -> write(out, status, headers, body);
  }

  /** @return a 200 with this raw body */
  public static Responder body(byte[] body) {
    return (req, s, out) -> write(out, 200, Map.of(), body);
  }

  /** @return a TCP reset once the request has arrived, before any byte of a response */
  public static Responder reset() {
    return (req, s, out) -> {
      s.setSoLinger(true, 0);
      s.close();
    };
  }

  /** @return the connection closed cleanly without a byte of a response */
  public static Responder emptyReply() {
    return (req, s, out) -> s.shutdownOutput();
  }

  /** @return a 200 that declares a longer body than it sends, then closes */
  public static Responder truncated(String partial) {
    return (req, s, out) -> {
      byte[] bytes = partial.getBytes(StandardCharsets.UTF_8);
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
          + (bytes.length + 500) + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.write(bytes);
      out.flush();
    };
  }

  /** @return no answer at all: the request is read and the connection held open until the client leaves */
  public static Responder stall() {
    return (req, s, out) -> hold(s);
  }

  /** @return a 200 whose body arrives one space every {@code intervalMillis}, never ending */
  public static Responder drip(long intervalMillis) {
    return (req, s, out) -> {
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: 1000000\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      long end = System.currentTimeMillis() + MAX_HOLD_MILLIS;
      while (System.currentTimeMillis() < end) {
        out.write(' ');
        out.flush();
        sleep(intervalMillis);
      }
    };
  }

  private static void hold(Socket s) throws IOException {
    try {
      while (s.getInputStream().read() >= 0) {
        // the client sends nothing more; read returns -1 when it closes
      }
    } catch (SocketException | java.net.SocketTimeoutException gone) {
      // closed by the client, or held for the maximum
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** @return every route's requests, for a report */
  public Map<String, List<Request>> all() {
    Map<String, List<Request>> out = new LinkedHashMap<>();
    seen.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
    return out;
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket s : open) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
    pool.shutdownNow();
  }
}
