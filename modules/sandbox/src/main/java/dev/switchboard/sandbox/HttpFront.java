package dev.switchboard.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox's HTTP server: Jetty 12 (see docs/sandbox.md, "Why Jetty"), set up so that one client's
 * slow, huge or malformed request never keeps another's from being answered. The order per request:
 * the platform (first path segment), the method, the key (before one byte of body is read: a wrong
 * key is answered without reading it), the declared size, then the body, read without holding a
 * thread and within {@link Limits#bodyTimeout()} and {@link Limits#maxBody()}; then the simulated
 * latency, then the fake. Every refusal is in the platform's own error shape, logged in one line.
 */
final class HttpFront {
  private static final Logger LOG = LoggerFactory.getLogger(HttpFront.class);
  /** The methods a fake serves; any other gets 405 naming these. */
  static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
  static final String ALLOW = "GET, HEAD, POST, PUT, PATCH, DELETE";

  private final Server server;
  private final ServerConnector connector;
  private final Sandbox sandbox;
  private final Limits limits;
  private final ScheduledExecutorService timers;
  /** When each connection was first seen in the middle of a request's headers, by endpoint. */
  private final Map<EndPoint, Long> headersSince = new java.util.concurrent.ConcurrentHashMap<>();

  HttpFront(Sandbox sandbox, InetAddress bind, int port, Limits limits, ScheduledExecutorService timers) {
    this.sandbox = sandbox;
    this.limits = limits;
    this.timers = timers;
    QueuedThreadPool pool = new QueuedThreadPool(32, 4);
    pool.setName("switchboard-sandbox");
    pool.setDaemon(true); // as the JDK server's workers were: an embedded sandbox never keeps a JVM alive
    server = new Server(pool);
    HttpConfiguration config = new HttpConfiguration();
    config.setSendServerVersion(false);
    config.setSendXPoweredBy(false);
    config.setRequestHeaderSize(limits.maxHeader());
    // A bare LF line end (RFC 9112 2.2 allows it) is served at Jetty 12.0's default compliance.
    // Ids with an encoded '/' or '..' reach the fakes, which answer their own 404 (a fake looks ids
    // up in its maps and never touches files, so there is nothing to traverse).
    config.setUriCompliance(UriCompliance.UNSAFE);
    connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(config));
    connector.setHost(bind.getHostAddress());
    connector.setPort(port);
    connector.setIdleTimeout(limits.idleTimeout().toMillis());
    connector.setAcceptQueueSize(256);
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(limits.maxConnections(), connector));
    server.setErrorHandler(new PlatformErrors());
    // A stop lets the requests in progress finish (1 s at most) before closing connections: closing
    // under a response being completed logged Jetty's warning with a stack trace in the tests.
    GracefulHandler graceful = new GracefulHandler();
    graceful.setHandler(new Front());
    server.setHandler(graceful);
    server.setStopTimeout(1000);
  }

  void start() throws Exception {
    server.start();
    long every = Math.max(50, Math.min(1000, limits.headerTimeout().toMillis() / 4));
    timers.scheduleWithFixedDelay(this::closeSlowHeaders, every, every, TimeUnit.MILLISECONDS);
  }

  int port() {
    return connector.getLocalPort();
  }

  void stop() {
    try {
      server.stop();
    } catch (Exception e) {
      LOG.debug("stopping the sandbox's server", e);
    }
  }

  /**
   * Closes every connection that has been sending one request's line and headers for longer than
   * {@link Limits#headerTimeout()}. Jetty's idle timeout cannot catch a client that sends one byte
   * a second; this does, so such clients cannot fill the connection limit for good.
   */
  private void closeSlowHeaders() {
    try {
      long now = System.nanoTime();
      long limit = limits.headerTimeout().toNanos();
      List<EndPoint> open = new ArrayList<>(connector.getConnectedEndPoints());
      headersSince.keySet().retainAll(open);
      for (EndPoint e : open) {
        if (!(e.getConnection() instanceof org.eclipse.jetty.server.internal.HttpConnection c)) {
          continue;
        }
        var parser = c.getParser();
        if (parser.inHeaderState() && !parser.isStart()) {
          long since = headersSince.computeIfAbsent(e, k -> now);
          if (now - since > limit) {
            LOG.info("sandbox: closed a connection from {} still sending its headers after {} ms",
                e.getRemoteSocketAddress(), limits.headerTimeout().toMillis());
            headersSince.remove(e);
            e.close();
          }
        } else {
          headersSince.remove(e);
        }
      }
    } catch (RuntimeException e) {
      LOG.warn("sandbox: header timeout check failed: {}", e.toString());
    }
  }

  static Map<String, List<String>> headers(Request request) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (HttpField f : request.getHeaders()) {
      headers.computeIfAbsent(f.getName(), k -> new ArrayList<>()).add(f.getValue());
    }
    return headers;
  }

  /** The platform a raw path names (its first segment), or {@code null}. */
  static String platformOf(String rawPath) {
    if (rawPath == null || !rawPath.startsWith("/")) {
      return null;
    }
    int end = rawPath.indexOf('/', 1);
    return rawPath.substring(1, end < 0 ? rawPath.length() : end);
  }

  /** Answers one request; see the class comment for the order. */
  private final class Front extends Handler.Abstract {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      String rawPath = request.getHttpURI().getPath();
      String platform = platformOf(rawPath);
      Fake fake = platform == null ? null : sandbox.fakesByPlatform().get(platform);
      String method = request.getMethod();
      if (fake == null) {
        LOG.info("sandbox: 404 {} {}: no platform '{}' here", method, rawPath, platform);
        send(request, response, callback, 404, Map.of("error", "no platform '" + platform + "' in this sandbox; installed: "
            + sandbox.platforms()));
        return true;
      }
      String prefix = "/" + platform;
      Exchange x;
      try {
        x = new Exchange(method.equals("HEAD") ? "GET" : method, rawPath.substring(prefix.length()),
            request.getHttpURI().getQuery(), headers(request));
      } catch (Exchange.BadRequest e) {
        Exchange bad = new Exchange("GET", "/", null, Map.of());
        fake.error(bad, 400, e.getMessage());
        log(platform, method, rawPath, 400, e.getMessage());
        send(request, response, callback, bad);
        return true;
      }
      if (!METHODS.contains(method)) {
        fake.error(x, 405, "method " + method + " is not allowed; allowed: " + ALLOW);
        x.responseHeaders().put("Allow", ALLOW);
        log(platform, method, rawPath, 405, "method not allowed");
        send(request, response, callback, x);
        return true;
      }
      if (fake.refusesKey(x) && !fake.needsBodyToRefuseKey()) {
        fake.unauthorized(x);
        // DEBUG, not INFO: a wrong key is an answer tests ask for on purpose, not a broken client.
        LOG.debug("sandbox {}: {} {} {}: wrong key; body not read", platform, x.status(), method, rawPath);
        send(request, response, callback, x);
        return true;
      }
      long declared = request.getLength();
      if (declared > limits.maxBody()) {
        tooLarge(request, response, callback, platform, fake, x, rawPath);
        return true;
      }
      new BodyReader(request, response, callback, platform, fake, x, rawPath).start();
      return true;
    }
  }

  private void tooLarge(Request request, Response response, Callback callback, String platform, Fake fake, Exchange x,
      String rawPath) {
    fake.error(x, 413, "the request body is larger than this sandbox's limit of " + limits.maxBody() + " bytes");
    log(platform, request.getMethod(), rawPath, 413, "body above " + limits.maxBody() + " bytes");
    send(request, response, callback, x);
  }

  private static void log(String platform, String method, String rawPath, int status, String why) {
    LOG.info("sandbox {}: {} {} {}: {}", platform, status, method, rawPath, why);
  }

  /**
   * Reads a body chunk by chunk as it arrives (no thread waits for a slow client), stops at the size
   * limit (413) or the deadline (408), then hands the request to the fake after its latency.
   */
  private final class BodyReader implements Runnable {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final String platform;
    private final Fake fake;
    private final Exchange x;
    private final String rawPath;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    /** Set once: by the end of the body, the size limit or the deadline, whichever comes first. */
    private final AtomicBoolean finished = new AtomicBoolean();
    private ScheduledFuture<?> deadline;

    BodyReader(Request request, Response response, Callback callback, String platform, Fake fake, Exchange x,
        String rawPath) {
      this.request = request;
      this.response = response;
      this.callback = callback;
      this.platform = platform;
      this.fake = fake;
      this.x = x;
      this.rawPath = rawPath;
    }

    void start() {
      deadline = timers.schedule(this::timedOut, limits.bodyTimeout().toMillis(), TimeUnit.MILLISECONDS);
      run();
    }

    private void timedOut() {
      if (finished.compareAndSet(false, true)) {
        fake.error(x, 408, "the request body did not arrive within " + limits.bodyTimeout().toMillis() + " ms");
        log(platform, request.getMethod(), rawPath, 408, "body not complete after " + limits.bodyTimeout().toMillis() + " ms");
        send(request, response, callback, x);
      }
    }

    @Override
    public void run() {
      while (!finished.get()) {
        Content.Chunk chunk = request.read();
        if (chunk == null) {
          request.demand(this);
          return;
        }
        if (Content.Chunk.isFailure(chunk)) {
          if (finished.compareAndSet(false, true)) {
            deadline.cancel(false);
            String why = chunk.getFailure() == null ? "unreadable body" : String.valueOf(chunk.getFailure().getMessage());
            fake.error(x, 400, "malformed request body: " + why);
            log(platform, request.getMethod(), rawPath, 400, "malformed body: " + why);
            send(request, response, callback, x);
          }
          chunk.release();
          return;
        }
        ByteBuffer buffer = chunk.getByteBuffer();
        if (body.size() + buffer.remaining() > limits.maxBody()) {
          chunk.release();
          if (finished.compareAndSet(false, true)) {
            deadline.cancel(false);
            tooLarge(request, response, callback, platform, fake, x, rawPath);
          }
          return;
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        body.write(bytes, 0, bytes.length);
        boolean last = chunk.isLast();
        chunk.release();
        if (last) {
          if (finished.compareAndSet(false, true)) {
            deadline.cancel(false);
            x.body(body.toString(StandardCharsets.UTF_8));
            afterLatency();
          }
          return;
        }
      }
    }

    private void afterLatency() {
      Long delay = sandbox.requests().latencyNanos(platform);
      if (delay == null) {
        process();
        return;
      }
      // Nothing waits meanwhile: the timer hands the request to a worker when its latency is over,
      // and the change is made (and journalled) then, not when the request arrived.
      timers.schedule(() -> server.getThreadPool().execute(this::process), delay, TimeUnit.NANOSECONDS);
    }

    private void process() {
      try {
        sandbox.requests().process(platform, fake, x);
      } catch (RuntimeException e) {
        LOG.warn("sandbox {} failed on {} {}: {}", platform, request.getMethod(), rawPath, e.toString());
        LOG.debug("sandbox failure", e);
        x.clearAnswer();
        fake.error(x, 500, "the sandbox failed on this request: " + e);
      }
      send(request, response, callback, x);
    }
  }

  private static void send(Request request, Response response, Callback callback, int status, Object json) {
    Exchange x = new Exchange("GET", "/", null, Map.of());
    x.respond(status, json);
    send(request, response, callback, x);
  }

  /** Sends what the fake recorded; a {@code HEAD} gets the headers a {@code GET} would, without the body. */
  static void send(Request request, Response response, Callback callback, Exchange x) {
    if (!x.answered()) {
      x.respond(500, Map.of("error", "the sandbox's fake gave no answer"));
    }
    response.setStatus(x.status());
    HttpFields.Mutable headers = response.getHeaders();
    x.responseHeaders().forEach(headers::put);
    byte[] bytes = x.responseBody();
    boolean noBody = x.status() == 204 || x.status() == 304 || x.status() < 200;
    if (!noBody) {
      headers.put(HttpHeader.CONTENT_LENGTH, bytes.length);
    }
    if (request.getMethod().equals("HEAD") || bytes.length == 0 || noBody) {
      response.write(true, null, callback);
    } else {
      response.write(true, ByteBuffer.wrap(bytes), callback);
    }
  }

  /**
   * Errors Jetty answers itself, before a request reaches the fakes (a header block above the
   * limit, broken chunking, a malformed request line): JSON in the platform's shape when the path
   * names one, else {@code {"error": ...}}; never an HTML page or a stack trace.
   */
  private final class PlatformErrors extends ErrorHandler {
    @Override
    public boolean handle(Request request, Response response, Callback callback) {
      int status = response.getStatus() > 0 ? response.getStatus() : 500;
      Object code = request.getAttribute(ERROR_STATUS);
      if (code instanceof Integer c) {
        status = c;
      }
      Object message = request.getAttribute(ERROR_MESSAGE);
      String why = message == null ? "malformed request" : message.toString();
      String rawPath = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
      String platform = platformOf(rawPath);
      Fake fake = platform == null ? null : sandbox.fakesByPlatform().get(platform);
      Exchange x = new Exchange("GET", "/", null, Map.of());
      if (fake != null) {
        fake.error(x, status, why);
      } else {
        x.respond(status, Map.of("error", why));
      }
      LOG.info("sandbox{}: {} {} {}: {}", fake == null ? "" : " " + platform, status, request.getMethod(), rawPath, why);
      // The connection may be in any state after a protocol error: close it once answered.
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      send(request, response, callback, x);
      return true;
    }
  }
}
