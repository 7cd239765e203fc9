package dev.switchboard.runtime.testing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A loopback HTTP/1.1 server on plain sockets that keeps connections alive, as real servers do, and
 * closes any connection idle for longer than a set time (Node's HTTP server does so after 5 s,
 * many proxies sooner), the way a client's pooled connection goes stale. It records every request
 * that reached it, so a test can prove nothing was received twice. It answers with a handler, or
 * forwards every request to another server ({@link #proxyTo}), e.g. the sandbox.
 */
public final class IdleClosingServer implements AutoCloseable {
  /** A request as received. */
  public record Request(String method, String target, Map<String, String> headers, byte[] body) {
    /** @return the body as UTF-8 text */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** An answer: status, content type and body. */
  public record Response(int status, String contentType, byte[] body) {
    /** @return a 200 with a JSON body */
    public static Response json(String json) {
      return new Response(200, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }
  }

  private final ServerSocket socket;
  private final Duration idle;
  private final Function<Request, Response> handler;
  private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "idle-closing-server");
    t.setDaemon(true);
    return t;
  });
  private final List<Request> received = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger closedIdle = new AtomicInteger();
  private final AtomicInteger closedByClient = new AtomicInteger();
  private volatile boolean closed;

  /**
   * @param idle how long a connection may sit between requests before the server closes it
   * @param handler the answer to each request
   */
  public IdleClosingServer(Duration idle, Function<Request, Response> handler) {
    this.idle = idle;
    this.handler = handler;
    try {
      socket = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new IllegalStateException("cannot bind loopback", e);
    }
    pool.execute(this::acceptLoop);
  }

  /**
   * @param upstream the server every request is forwarded to, e.g. {@code http://127.0.0.1:8080}
   * @return a handler that forwards method, path, headers and body and answers with what came back
   */
  public static Function<Request, Response> proxyTo(String upstream) {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    Set<String> restricted = Set.of("connection", "content-length", "host", "expect", "upgrade", "keep-alive");
    return request -> {
      java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(URI.create(upstream + request.target()))
          .timeout(Duration.ofSeconds(10))
          .method(request.method(), request.body().length == 0 && !request.method().matches("POST|PUT|PATCH")
              ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(request.body()));
      request.headers().forEach((name, value) -> {
        if (!restricted.contains(name)) {
          b.header(name, value);
        }
      });
      try {
        java.net.http.HttpResponse<byte[]> r = http.send(b.build(), BodyHandlers.ofByteArray());
        return new Response(r.statusCode(), r.headers().firstValue("content-type").orElse("application/json"), r.body());
      } catch (IOException e) {
        return new Response(502, "text/plain", ("upstream: " + e).getBytes(StandardCharsets.UTF_8));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Response(503, "text/plain", new byte[0]);
      }
    };
  }

  /** @return e.g. {@code http://127.0.0.1:40123} */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** @return every request received, in order */
  public List<Request> received() {
    return List.copyOf(received);
  }

  /** @return how many connections were accepted */
  public int connections() {
    return connections.get();
  }

  /**
   * @return how many connections the client closed between requests, before the server's idle
   *     limit (the JDK's client may drop a pooled connection of its own accord)
   */
  public int closedByClient() {
    return closedByClient.get();
  }

  /** @return how many connections the server closed for being idle */
  public int closedIdle() {
    return closedIdle.get();
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = socket.accept();
        connections.incrementAndGet();
        pool.execute(() -> serve(s));
      } catch (IOException e) {
        // closed
      }
    }
  }

  private void serve(Socket s) {
    try (s) {
      InputStream in = new BufferedInputStream(s.getInputStream());
      OutputStream out = s.getOutputStream();
      while (!closed) {
        // Between requests: wait at most the idle time for the next one, then close (a FIN).
        s.setSoTimeout((int) idle.toMillis());
        in.mark(1);
        int first;
        try {
          first = in.read();
        } catch (SocketTimeoutException e) {
          closedIdle.incrementAndGet();
          return;
        }
        if (first < 0) {
          closedByClient.incrementAndGet();
          return;
        }
        in.reset();
        s.setSoTimeout(10_000);
        Request request = read(in);
        if (request == null) {
          return;
        }
        received.add(request);
        Response response = handler.apply(request);
        byte[] body = request.method().equals("HEAD") ? new byte[0] : response.body();
        String head = "HTTP/1.1 " + response.status() + " X\r\nContent-Type: " + response.contentType()
            + "\r\nContent-Length: " + response.body().length + "\r\nConnection: keep-alive\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private static Request read(InputStream in) throws IOException {
    FaultServer.RawRequest raw = FaultServer.readRaw(in);
    return raw == null ? null : new Request(raw.method(), raw.target(), raw.headers(), raw.body());
  }

  @Override
  public void close() {
    closed = true;
    try {
      socket.close();
    } catch (IOException e) {
      // already closed
    }
    pool.shutdownNow();
  }
}
