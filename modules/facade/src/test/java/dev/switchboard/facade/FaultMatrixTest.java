package dev.switchboard.facade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.facade.Harness.Variant;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.SwitchboardException;
import dev.switchboard.runtime.error.TransportException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.WireLog;
import dev.switchboard.runtime.testing.FaultServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fault matrix: every facade operation of every platform (LiveChat at API v3.1 and v3.4), and one
 * generated-client write per platform and version, sync and async, against every fault of a loopback {@link FaultServer}. Per cell: the
 * outcome is a typed {@link SwitchboardException} of the kind the fault calls for (or a normal
 * return where the operation ignores the body), no write reached the server twice (and each write
 * the operation sends reached it once), no request went out more often than the retry policy
 * allows, and the call ended within {@link #BOUND}. The totals are printed.
 */
class FaultMatrixTest {
  /** What a fault must end in. */
  enum Expect { TRANSPORT, TRANSPORT_OR_RETURN, UNEXPECTED_OR_RETURN, TRANSPORT_UNEXPECTED_OR_RETURN, STATUS }

  /** One fault: its name, how the server answers, and the outcome it must give. */
  record Fault(String name, Function<Variant, FaultServer.Responder> responder, Expect expect, int status) {
    boolean answered() {
      return responder != null;
    }
  }

  private static final String HUGE = "99999999999";
  private static final String DATE = "Fri, 31 Dec 9999 23:59:59 GMT";

  static final List<Fault> FAULTS = List.of(
      new Fault("reset before response", p -> FaultServer.reset(), Expect.TRANSPORT, 0),
      new Fault("empty reply", p -> FaultServer.emptyReply(), Expect.TRANSPORT, 0),
      new Fault("malformed 200", p -> FaultServer.status(200, Map.of(), "{\"id\": oops <html>"), Expect.UNEXPECTED_OR_RETURN, 0),
      new Fault("truncated body", p -> FaultServer.truncated(p == Variant.BCRUMBS ? "{\"data\":{\"agents\":{\"nodes\":[{\"id\":\"a"
          : "{\"id\":\"7\",\"name\":\"Ann"), Expect.TRANSPORT_UNEXPECTED_OR_RETURN, 0),
      new Fault("stall past read timeout", p -> FaultServer.stall(), Expect.TRANSPORT, 0),
      // A delete does not read the body: its headers arrived, so it returns.
      new Fault("slow drip", p -> FaultServer.drip(50), Expect.TRANSPORT_OR_RETURN, 0),
      retry(429, "0"), retry(429, "1"), retry(429, HUGE), retry(429, DATE),
      retry(503, "0"), retry(503, "1"), retry(503, HUGE), retry(503, DATE),
      new Fault("500", p -> FaultServer.status(500, Map.of(), "{\"error\":\"boom\"}"), Expect.STATUS, 500),
      new Fault("502", p -> FaultServer.status(502, Map.of(), "<html>bad gateway</html>"), Expect.STATUS, 502),
      new Fault("no answer (refused)", null, Expect.TRANSPORT, 0));

  private static Fault retry(int status, String retryAfter) {
    String label = retryAfter.equals(HUGE) ? "huge" : retryAfter.equals(DATE) ? "HTTP date" : retryAfter;
    return new Fault(status + " Retry-After " + label,
        p -> FaultServer.status(status, Map.of("Retry-After", retryAfter), "{\"error\":\"slow down\"}"), Expect.STATUS, status);
  }

  static final RetryPolicy POLICY = RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(5))
      .maxDelay(Duration.ofMillis(20)).maxRetryAfter(Duration.ofSeconds(1)).build();
  /** Per call: 3 attempts, a 300 ms read timeout, 1 s per attempt, 2.5 s per call including waits. */
  static final Duration CALL = Duration.ofMillis(2500);
  /** The longest a cell may take: an operation may make two calls (LiveChat update reads back). */
  static final Duration BOUND = CALL.multipliedBy(2).plusSeconds(2);

  private static FaultServer server;
  private static OkHttpClient http;

  @BeforeAll
  static void start() {
    server = new FaultServer();
    // Its own dispatcher: OkHttp's default of 5 calls per host would queue the concurrent cells.
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(512);
    dispatcher.setMaxRequestsPerHost(512);
    http = new OkHttpClient.Builder().dispatcher(dispatcher).build();
  }

  @AfterAll
  static void stop() {
    server.close();
    http.dispatcher().executorService().shutdown();
  }

  /** One cell's result. */
  record Cell(Fault fault, Variant platform, Mode mode, String op, String outcome, boolean typed, boolean returned,
              boolean unsupported, boolean wrongKind, int writesTwice, boolean writeNotOnce, boolean tooMany,
              boolean pastBound, long millis, int late) {
    boolean bad() {
      return !typed && !returned || wrongKind || writesTwice > 0 || writeNotOnce || tooMany || pastBound;
    }
  }

  @Test
  void everyOperationOfEveryPlatformSyncAndAsyncAgainstEveryFault() throws Exception {
    Harness.Settings settings = new Harness.Settings(POLICY, Duration.ofMillis(500), Duration.ofMillis(300),
        Duration.ofSeconds(1), CALL, http, WireLog.NONE);
    ExecutorService pool = Executors.newFixedThreadPool(48);
    List<Future<List<Pending>>> tasks = new ArrayList<>();
    int n = 0;
    long start = System.nanoTime();
    for (Fault fault : FAULTS) {
      for (Variant p : Variant.values()) {
        for (Mode mode : Mode.values()) {
          String route = "t" + n++;
          tasks.add(pool.submit(() -> runTask(fault, p, mode, route, settings)));
        }
      }
    }
    List<Pending> pending = new ArrayList<>();
    for (Future<List<Pending>> t : tasks) {
      pending.addAll(t.get(5, TimeUnit.MINUTES));
    }
    pool.shutdownNow();
    // Requests are counted once every one has reached the server: on a busy machine the server may
    // read an attempt after its client timed out and moved on, and it must still count for that call.
    assertThat(server.awaitQuiet(Duration.ofSeconds(30))).as("the server read every request").isTrue();
    List<Cell> cells = pending.stream().map(FaultMatrixTest::counted).toList();
    long took = Duration.ofNanos(System.nanoTime() - start).toMillis();

    System.out.println(table(cells, took));
    List<String> bad = cells.stream().filter(Cell::bad).map(c -> c.platform().id() + " " + c.op() + " " + c.mode()
        + " / " + c.fault().name() + " -> " + c.outcome() + (c.writesTwice() > 0 ? " [write received twice]" : "")
        + (c.writeNotOnce() ? " [write not received once]" : "") + (c.tooMany() ? " [too many requests]" : "")
        + (c.wrongKind() ? " [wrong kind]" : "") + (c.pastBound() ? " [past bound: " + c.millis() + " ms]" : "")).toList();
    assertThat(bad).as("cells that failed").isEmpty();
    assertThat(cells).hasSize(FAULTS.size() * Variant.values().length * Mode.values().length * 8);
    assertThat(server.unrouted()).isZero();
  }

  /** A cell's outcome, before its requests are counted. */
  record Pending(Fault fault, Variant platform, Mode mode, Harness.Op op, String route, Object outcome,
                 boolean pastBound, long millis, long endNanos) {}

  /**
   * Each operation on a route of its own, so a request that reaches the server late is counted for
   * the call that sent it, never for the next one.
   */
  private static List<Pending> runTask(Fault fault, Variant p, Mode mode, String route, Harness.Settings settings) {
    List<Pending> out = new ArrayList<>();
    int i = 0;
    for (Harness.Op op : Harness.ops(p)) {
      String opRoute = route + "o" + i++;
      String root = fault.answered() ? server.route(opRoute, fault.responder().apply(p))
          : "http://127.0.0.1:" + FaultServer.closedPort() + "/" + opRoute;
      out.add(run(fault, p, mode, op, Harness.directory(p, root, settings), opRoute));
    }
    return out;
  }

  private static Pending run(Fault fault, Variant p, Mode mode, Harness.Op op, AgentDirectory d, String route) {
    long start = System.nanoTime();
    Object outcome;
    boolean pastBound = false;
    try {
      Object r = op.run(d, mode);
      outcome = r instanceof CompletableFuture<?> ? ((CompletableFuture<?>) r).get(BOUND.toMillis(), TimeUnit.MILLISECONDS) : r;
    } catch (ExecutionException e) {
      outcome = e.getCause();
    } catch (TimeoutException e) {
      outcome = e;
      pastBound = true;
    } catch (Throwable t) {
      outcome = t;
    }
    long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
    pastBound |= millis > BOUND.toMillis();
    return new Pending(fault, p, mode, op, route, outcome, pastBound, millis, System.nanoTime());
  }

  private static Cell counted(Pending c) {
    Fault fault = c.fault();
    Harness.Op op = c.op();
    Object outcome = c.outcome();

    boolean typed = outcome instanceof SwitchboardException;
    boolean returned = !(outcome instanceof Throwable);
    boolean unsupported = outcome instanceof UnsupportedCapabilityException;
    List<FaultServer.Request> requests = server.requests(c.route());

    Map<String, Integer> writes = new HashMap<>();
    Map<String, Integer> all = new HashMap<>();
    boolean httpDelete = false;
    for (FaultServer.Request r : requests) {
      String key = key(r);
      all.merge(key, 1, Integer::sum);
      if (nonIdempotentWrite(r)) {
        writes.merge(key, 1, Integer::sum);
      }
      httpDelete |= r.method().equals("DELETE");
    }
    // A write answered 429 each time was refused each time, never applied: the retry step resends it
    // (at most maxAttempts times in all, which tooMany checks). Any other repeat could duplicate it.
    int writesTwice = fault.status() == 429 ? 0 : (int) writes.values().stream().filter(n -> n > 1).count();
    boolean tooMany = all.values().stream().anyMatch(n -> n > POLICY.maxAttempts());
    boolean writeNotOnce = op.write() && fault.answered() && !unsupported && !httpDelete
        && writes.values().stream().mapToInt(Integer::intValue).sum() < 1;
    boolean wrongKind = unsupported ? !requests.isEmpty() : !expected(fault, outcome);
    String name = outcome instanceof Throwable ? outcome.getClass().getSimpleName()
        + (outcome instanceof ApiException ? " " + ((ApiException) outcome).status() : "") : "returned";
    return new Cell(fault, c.platform(), c.mode(), op.name(), name, typed, returned, unsupported, wrongKind, writesTwice,
        writeNotOnce, tooMany, c.pastBound(), c.millis(),
        (int) requests.stream().filter(r -> r.recordedNanos() > c.endNanos()).count());
  }

  private static boolean expected(Fault fault, Object outcome) {
    switch (fault.expect()) {
      case TRANSPORT:
        return outcome instanceof TransportException;
      case TRANSPORT_OR_RETURN:
        return outcome instanceof TransportException || !(outcome instanceof Throwable);
      case UNEXPECTED_OR_RETURN:
        return outcome instanceof UnexpectedResponseException || !(outcome instanceof Throwable);
      case TRANSPORT_UNEXPECTED_OR_RETURN:
        return outcome instanceof TransportException || outcome instanceof UnexpectedResponseException
            || !(outcome instanceof Throwable);
      default:
        return outcome instanceof ApiException && ((ApiException) outcome).status() == fault.status();
    }
  }

  private static final Pattern OPERATION_NAME = Pattern.compile("\"operationName\"\\s*:\\s*\"([^\"]+)\"");

  private static String key(FaultServer.Request r) {
    String path = r.path().contains("?") ? r.path().substring(0, r.path().indexOf('?')) : r.path();
    Matcher m = OPERATION_NAME.matcher(r.body());
    return r.method() + " " + path + (m.find() ? " " + m.group(1) : "");
  }

  /** LiveChat's read actions (v3.1 and v3.4), which are POSTs that are safe to repeat. */
  private static final List<String> LIVECHAT_READS = List.of("/get_bot_agents", "/get_bot_agent_details", "/list_bots",
      "/get_bot", "/list_routing_statuses");

  /** POST and PATCH, except LiveChat's read actions and GraphQL queries, which are safe to repeat. */
  private static boolean nonIdempotentWrite(FaultServer.Request r) {
    if (r.method().equals("PATCH")) {
      return true;
    }
    if (!r.method().equals("POST")) {
      return false;
    }
    return !(LIVECHAT_READS.stream().anyMatch(r.path()::endsWith) || r.body().contains("\"query\":\"query "));
  }

  private static String table(List<Cell> cells, long tookMillis) {
    Map<String, int[]> rows = new LinkedHashMap<>();
    Map<String, Long> slowest = new HashMap<>();
    for (Fault f : FAULTS) {
      rows.put(f.name(), new int[9]);
    }
    rows.put("TOTAL", new int[9]);
    for (Cell c : cells) {
      for (String row : List.of(c.fault().name(), "TOTAL")) {
        int[] r = rows.get(row);
        r[0]++;
        r[1] += c.typed() && !c.unsupported() ? 1 : 0;
        r[2] += c.returned() ? 1 : 0;
        r[3] += c.unsupported() ? 1 : 0;
        r[4] += !c.typed() && !c.returned() ? 1 : 0;
        r[5] += c.writesTwice() > 0 ? 1 : 0;
        r[6] += c.writeNotOnce() || c.tooMany() ? 1 : 0;
        r[7] += c.pastBound() ? 1 : 0;
        r[8] += c.wrongKind() ? 1 : 0;
        slowest.merge(row, c.millis(), Math::max);
      }
    }
    StringBuilder t = new StringBuilder("\nFault matrix: " + cells.size() + " cells (" + Variant.values().length
        + " platforms and versions: " + (Variant.values().length - 1) + " platforms, LiveChat at v3.1 and v3.4;"
        + " x 8 operations x sync/async x "
        + FAULTS.size() + " faults) in " + tookMillis + " ms; bound per cell " + BOUND.toMillis() + " ms; "
        + cells.stream().mapToInt(Cell::late).sum() + " requests reached the server after their call had ended "
        + "(counted for their own call)\n");
    String fmt = "%-26s %6s %7s %8s %11s %8s %12s %15s %11s %10s %8s%n";
    t.append(String.format(fmt, "fault", "cells", "typed", "returned", "unsupported", "UNTYPED", "WRITES TWICE",
        "COUNT NOT OK", "PAST BOUND", "WRONG KIND", "max ms"));
    rows.forEach((name, r) -> t.append(String.format(fmt, name, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8],
        slowest.getOrDefault(name, 0L))));
    return t.toString();
  }
}
