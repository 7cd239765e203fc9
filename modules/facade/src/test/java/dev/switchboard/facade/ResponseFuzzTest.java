package dev.switchboard.facade;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.facade.Harness.Variant;
import dev.switchboard.runtime.error.SwitchboardException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.WireLog;
import dev.switchboard.runtime.testing.FaultServer;
import dev.switchboard.runtime.testing.ProviderChecks;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Response fuzzing: the success responses recorded in the Pact contract tests (a copy in
 * {@code fuzz/recorded-responses.json}), mutated by jqwik (fields removed or nulled, wrong types,
 * null elements, huge numbers, deep nesting, invalid UTF-8, unknown enum values, secrets in
 * values, truncation), served from loopback to the facade operation that reads them, sync or
 * async; LiveChat at both API versions. Where an operation calls more than one action (LiveChat
 * v3.4), the recorded action answers mutated and the others answer as recorded. Every try must end, within a bound, in a decoded model or a typed exception, and no
 * secret may appear in an exception's message, {@code toString()} or stack trace.
 */
class ResponseFuzzTest {
  /** Writes nesting deeper than Jackson's default limit of 1,000, which the decoder must refuse. */
  private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
      .streamWriteConstraints(com.fasterxml.jackson.core.StreamWriteConstraints.builder().maxNestingDepth(10_000).build())
      .build());
  private static final String TOKEN = "tok_live_fuzz_0b7e4d";
  private static final Duration BOUND = Duration.ofSeconds(6);

  /**
   * One recorded response and the facade operation that reads it; for LiveChat v3.4, the action
   * (the last path segment) that answers it, else null (every request gets it).
   */
  record Recorded(Variant platform, String operation, String action, JsonNode body) {}

  /** What a variant's route answers: the body, and the action it is for (null: every request). */
  private record Served(String action, byte[] body) {}

  /** How a response is spoiled. */
  enum Mutation { REMOVE, NULL, WRONG_TYPE, NULL_ELEMENT, HUGE_NUMBER, DEEP_NESTING, UNKNOWN_ENUM, SECRET,
    INVALID_UTF8, TRUNCATE, EMPTY }

  /** One try: which recording, which mutations where, and how the operation is called. */
  record Case(int recording, List<Mutation> mutations, List<Integer> targets, boolean async) {}

  private static final List<Recorded> RECORDED = load();
  private static FaultServer server;
  private static final Map<Variant, AgentDirectory> DIRECTORIES = new EnumMap<>(Variant.class);
  private static final Map<Variant, AtomicReference<Served>> BODIES = new EnumMap<>(Variant.class);
  private static final AtomicInteger TRIES = new AtomicInteger();
  private static final AtomicInteger TYPED = new AtomicInteger();
  private static final AtomicInteger DECODED = new AtomicInteger();

  private static List<Recorded> load() {
    try {
      List<Recorded> out = new ArrayList<>();
      for (JsonNode n : JSON.readTree(ProviderChecks.resource("fuzz/recorded-responses.json"))) {
        out.add(new Recorded(Variant.valueOf(n.get("variant").asText()), n.get("operation").asText(),
            n.hasNonNull("action") ? n.get("action").asText() : null, n.get("body")));
      }
      return out;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @BeforeContainer
  static void start() {
    server = new FaultServer();
    Harness.Settings settings = new Harness.Settings(RetryPolicy.none(), Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(4), Duration.ofSeconds(5), null, WireLog.FULL);
    for (Variant p : Variant.values()) {
      AtomicReference<Served> served = new AtomicReference<>(new Served(null, new byte[0]));
      BODIES.put(p, served);
      String root = server.route("fz-" + p.id(), (req, s, out) -> FaultServer.write(out, 200, Map.of(), answer(p, served.get(), req)));
      DIRECTORIES.put(p, Harness.directory(p, root, settings));
    }
  }

  @AfterContainer
  static void stop() {
    System.out.println("Response fuzzing: " + TRIES.get() + " tries over " + RECORDED.size() + " recorded responses: "
        + DECODED.get() + " decoded, " + TYPED.get() + " typed exceptions, " + (TRIES.get() - DECODED.get() - TYPED.get())
        + " other");
    server.close();
  }

  /** The served body if the request is for its action (or it has none), else the action's recorded body. */
  private static byte[] answer(Variant p, Served served, FaultServer.Request req) throws java.io.IOException {
    String path = req.path().contains("?") ? req.path().substring(0, req.path().indexOf('?')) : req.path();
    String action = path.substring(path.lastIndexOf('/') + 1);
    if (served.action() == null || served.action().equals(action)) {
      return served.body();
    }
    for (Recorded r : RECORDED) {
      if (r.platform() == p && action.equals(r.action())) {
        return JSON.writeValueAsBytes(r.body());
      }
    }
    throw new IllegalStateException("no recorded response for " + p.id() + " " + action);
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Integer> recording = Arbitraries.integers().between(0, RECORDED.size() - 1);
    Arbitrary<List<Mutation>> mutations = Arbitraries.of(Mutation.class).list().ofMinSize(1).ofMaxSize(3);
    Arbitrary<List<Integer>> targets = Arbitraries.integers().between(0, 10_000).list().ofSize(3);
    return Combinators.combine(recording, mutations, targets, Arbitraries.of(true, false)).as(Case::new);
  }

  @Property(tries = 2000, shrinking = ShrinkingMode.OFF)
  void everyMutatedResponseIsDecodedOrTypedInTimeAndQuotesNoSecret(@ForAll("cases") Case c) throws Exception {
    Recorded r = RECORDED.get(c.recording());
    byte[] body = mutate(r, c);
    BODIES.get(r.platform()).set(new Served(r.action(), body));
    Harness.Op op = Harness.ops(r.platform()).stream().filter(o -> o.name().equals(r.operation())).findFirst().orElseThrow();

    long start = System.nanoTime();
    Object outcome;
    try {
      Object result = op.run(DIRECTORIES.get(r.platform()), c.async() ? Mode.ASYNC : Mode.SYNC);
      outcome = result instanceof CompletableFuture<?>
          ? ((CompletableFuture<?>) result).get(BOUND.toMillis(), TimeUnit.MILLISECONDS) : result;
    } catch (ExecutionException e) {
      outcome = e.getCause();
    } catch (TimeoutException e) {
      outcome = e;
    } catch (Throwable t) {
      outcome = t;
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    TRIES.incrementAndGet();
    String kind = outcome instanceof Throwable ? outcome.getClass().getSimpleName() : "decoded";
    Statistics.collect(r.platform().id(), kind);

    String what = r.platform().id() + " " + r.operation() + (r.action() == null ? "" : " (" + r.action() + ")") + " " + c;
    assertThat(took).as("took, " + what).isLessThan(BOUND);
    if (outcome instanceof Throwable) {
      Throwable t = (Throwable) outcome;
      assertThat(t).as("outcome, " + what).isInstanceOf(SwitchboardException.class);
      TYPED.incrementAndGet();
      StringWriter trace = new StringWriter();
      t.printStackTrace(new PrintWriter(trace));
      // The credential must appear nowhere. Another token in the body must not leak through a
      // decoding failure (Jackson's and Apollo's messages quote the body); an ApiException quotes
      // the platform's own error text on purpose (credentials and secret-named fields masked).
      List<String> secrets = t instanceof dev.switchboard.runtime.error.ApiException
          ? List.of(Harness.secret(r.platform())) : List.of(TOKEN, Harness.secret(r.platform()));
      for (String secret : secrets) {
        assertThat(t.getMessage()).as("message, " + what).doesNotContain(secret);
        assertThat(t.toString()).as("toString, " + what).doesNotContain(secret);
        assertThat(trace.toString()).as("stack trace, " + what).doesNotContain(secret);
      }
    } else {
      DECODED.incrementAndGet();
    }
  }

  /** The recorded body with the case's mutations applied, as the bytes the server sends. */
  static byte[] mutate(Recorded r, Case c) throws Exception {
    JsonNode tree = r.body().deepCopy();
    byte[] bytes = null;
    for (int i = 0; i < c.mutations().size(); i++) {
      Mutation m = c.mutations().get(i);
      int target = c.targets().get(i);
      String secret = target % 2 == 0 ? TOKEN : Harness.secret(r.platform());
      switch (m) {
        case INVALID_UTF8:
          bytes = invalidUtf8(JSON.writeValueAsBytes(tree), target);
          break;
        case TRUNCATE:
          byte[] all = JSON.writeValueAsBytes(tree);
          bytes = java.util.Arrays.copyOf(all, all.length == 0 ? 0 : target % all.length);
          break;
        case EMPTY:
          bytes = new byte[0];
          break;
        default:
          tree = apply(tree, m, target, secret);
      }
    }
    return bytes != null ? bytes : JSON.writeValueAsBytes(tree);
  }

  /** A pointer to one node of the tree and its parent. */
  private record Spot(JsonNode parent, String field, int index, JsonNode node) {}

  private static List<Spot> spots(JsonNode root) {
    List<Spot> out = new ArrayList<>();
    out.add(new Spot(null, null, -1, root));
    collect(root, out);
    return out;
  }

  /**
   * Every node below the root, parents before children, as a walk by hand: two DEEP_NESTING
   * mutations nest 6,000 arrays deep, and a recursive walk overflowed the test's own stack there.
   */
  private static void collect(JsonNode root, List<Spot> out) {
    java.util.Deque<Spot> stack = new java.util.ArrayDeque<>();
    pushChildren(root, stack);
    while (!stack.isEmpty()) {
      Spot s = stack.pop();
      out.add(s);
      pushChildren(s.node(), stack);
    }
  }

  /** The node's children onto the stack, last first, so they come off in document order. */
  private static void pushChildren(JsonNode node, java.util.Deque<Spot> stack) {
    List<Spot> children = new ArrayList<>();
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        children.add(new Spot(node, e.getKey(), -1, e.getValue()));
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        children.add(new Spot(node, null, i, node.get(i)));
      }
    }
    for (int i = children.size() - 1; i >= 0; i--) {
      stack.push(children.get(i));
    }
  }

  private static JsonNode apply(JsonNode root, Mutation m, int target, String secret) {
    List<Spot> spots = spots(root);
    Spot s = spots.get(target % spots.size());
    JsonNodeFactory f = JsonNodeFactory.instance;
    JsonNode replacement;
    switch (m) {
      case REMOVE:
        if (s.parent() instanceof ObjectNode) {
          ((ObjectNode) s.parent()).remove(s.field());
          return root;
        }
        if (s.parent() instanceof ArrayNode) {
          ((ArrayNode) s.parent()).remove(s.index());
          return root;
        }
        replacement = f.objectNode();
        break;
      case NULL:
        replacement = f.nullNode();
        break;
      case WRONG_TYPE:
        replacement = s.node().isTextual() ? f.numberNode(42) : s.node().isNumber() ? f.textNode("forty-two")
            : s.node().isObject() ? f.arrayNode().add(1) : s.node().isArray() ? f.objectNode().put("x", 1)
            : s.node().isBoolean() ? f.textNode("yes") : f.booleanNode(true);
        break;
      case NULL_ELEMENT:
        for (Spot a : spots) {
          if (a.node().isArray()) {
            ((ArrayNode) a.node()).insertNull(target % (a.node().size() + 1));
            return root;
          }
        }
        replacement = f.arrayNode().addNull();
        break;
      case HUGE_NUMBER:
        String[] huge = {"99999999999999999999999999999", "-9223372036854775809", "1e400", "9223372036854775807"};
        replacement = f.numberNode(new java.math.BigDecimal(huge[target % huge.length]));
        break;
      case DEEP_NESTING:
        ArrayNode top = f.arrayNode();
        ArrayNode cur = top;
        for (int i = 0; i < 3000; i++) {
          cur = cur.addArray();
        }
        replacement = top;
        break;
      case UNKNOWN_ENUM:
        replacement = f.textNode("ZZ_NOT_A_KNOWN_VALUE");
        break;
      default:
        replacement = f.textNode("echo " + secret + " echo");
    }
    if (s.parent() == null) {
      return replacement;
    }
    if (s.parent() instanceof ObjectNode) {
      ((ObjectNode) s.parent()).set(s.field(), replacement);
    } else {
      ((ArrayNode) s.parent()).set(s.index(), replacement);
    }
    return root;
  }

  /** Bytes that are not UTF-8 placed inside the first string value at or after a position. */
  private static byte[] invalidUtf8(byte[] json, int target) {
    int quote = -1;
    for (int i = json.length == 0 ? 0 : target % json.length; i < json.length; i++) {
      if (json[i] == '"') {
        quote = i;
        break;
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = quote < 0 ? json.length : quote + 1;
    out.write(json, 0, at);
    out.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE});
    out.write(json, at, json.length - at);
    return out.toByteArray();
  }

  /** The recordings cover every platform and every operation that reads a body. */
  @net.jqwik.api.Example
  void theRecordingsCoverEveryPlatform() {
    assertThat(RECORDED.stream().map(Recorded::platform).distinct()).containsExactlyInAnyOrder(Variant.values());
    // Every action a LiveChat v3.4 operation calls has a recording to answer with.
    assertThat(RECORDED.stream().filter(r -> r.platform() == Variant.LIVECHAT_V3_4).map(Recorded::action).distinct())
        .contains("list_bots", "get_bot", "create_bot", "list_routing_statuses", "update_bot", "set_routing_status");
    assertThat(new String(JSON.toString().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isNotEmpty();
  }
}
