package dev.switchboard.twilio.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import com.twilio.http.IRequest;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.taskrouter.v1.workspace.Activity;
import com.twilio.rest.taskrouter.v1.workspace.Worker;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.twilio.TwilioClient;
import dev.switchboard.twilio.api.TaskrouterV1ActivityApi.ListActivityQueryParams;
import dev.switchboard.twilio.api.TaskrouterV1WorkerApi.ListWorkerQueryParams;
import dev.switchboard.runtime.testing.NodeOracle;
import dev.switchboard.runtime.testing.NodeOracle.Result;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Twilio's official SDKs as witnesses our spec cannot agree with by construction.
 *
 * <p>Requests: for each worker operation and the activities list, the official Java SDK
 * ({@code com.twilio.sdk:twilio}, test scope) and the official Node SDK ({@code twilio} from npm, the
 * exact version pinned in {@code src/test/oracle/package.json}, installed into {@code target/twilio-oracle})
 * run the operation, and Switchboard's client runs it from the same arguments; all reach one capturing
 * server on 127.0.0.1. Method, path, query, {@code Authorization}, the {@code Content-Type} media type (where
 * a body is sent: twilio-java also labels a bodyless DELETE a form, twilio-node does not) and the form
 * fields must be equal. Each SDK still builds its own request: only the scheme and host of its
 * URL are pointed at loopback (the Java SDK's {@code NetworkHttpClient} with the URL rewritten, the Node
 * SDK's {@code RequestClient} subclassed in {@code oracle.js}).
 *
 * <p>Answers: both SDKs then work against this module's fake in a running sandbox (create, fetch, update,
 * a list one worker per page across {@code next_page_url}, the activities, delete) and must read what it
 * answers. Node runs when {@code node} is on the PATH; without it the Node half says so in one loud line
 * and is skipped, unless {@code CI} is set, where a missing node fails. The Java half always runs.
 */
class TwilioOracleTest {
  private static final String ACCOUNT = TwilioSandbox.ACCOUNT_SID;
  private static final String TOKEN = TwilioSandbox.AUTH_TOKEN;
  private static final String WS = TwilioSandbox.WORKSPACE_SID;
  private static final String SID = "WK0000000000000000000000000000a001";
  private static final String ATTRIBUTES = "{\"email\":\"ann@example.com\",\"roles\":[\"agent\"]}";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ORACLE_DIR = Path.of("target/twilio-oracle");

  private static HttpServer capture;
  private static final List<Captured> CAPTURED = new ArrayList<>();
  private static NodeOracle nodeSdk;
  /** The credentials travel in the environment, never on a command line another process could read. */
  private static final Map<String, String> CREDENTIALS = Map.of("TWILIO_ORACLE_ACCOUNT_SID", ACCOUNT,
      "TWILIO_ORACLE_AUTH_TOKEN", TOKEN);

  /** One request as it reached the loopback server; maps sorted, values decoded. */
  record Captured(String method, String path, Map<String, List<String>> query, String authorization,
                  String contentType, Map<String, List<String>> form) {}

  @BeforeAll
  static void startTheServerAndInstallTheNodeSdk() throws Exception {
    capture = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    capture.createContext("/", http -> {
      byte[] in = http.getRequestBody().readAllBytes();
      URI uri = http.getRequestURI();
      // A body's type is compared where there is a body (or a POST, whose form may be empty):
      // twilio-java also labels a bodyless DELETE as a form, twilio-node does not, and neither matters.
      String type = in.length == 0 && !http.getRequestMethod().equals("POST") ? null
          : http.getRequestHeaders().getFirst("Content-Type");
      synchronized (CAPTURED) {
        CAPTURED.add(new Captured(http.getRequestMethod(), uri.getPath(), pairs(uri.getRawQuery()),
            http.getRequestHeaders().getFirst("Authorization"),
            type == null ? null : type.split(";")[0].strip().toLowerCase(Locale.ROOT),
            pairs(new String(in, StandardCharsets.UTF_8))));
      }
      String path = uri.getPath();
      String answer = path.endsWith("/Activities") ? "{\"activities\":[],\"meta\":" + meta("activities") + "}"
          : path.endsWith("/Workers") && http.getRequestMethod().equals("GET")
          ? "{\"workers\":[],\"meta\":" + meta("workers") + "}"
          : "{\"sid\":\"" + SID + "\",\"friendly_name\":\"Ann Agent\",\"workspace_sid\":\"" + WS + "\"}";
      int status = http.getRequestMethod().equals("DELETE") ? 204 : http.getRequestMethod().equals("POST")
          && path.endsWith("/Workers") ? 201 : 200;
      byte[] out = status == 204 ? new byte[0] : answer.getBytes(StandardCharsets.UTF_8);
      http.getResponseHeaders().set("Content-Type", "application/json");
      http.sendResponseHeaders(status, status == 204 ? -1 : out.length);
      http.getResponseBody().write(out);
      http.close();
    });
    capture.start();

    // The Java half runs without Node; the Node half is skipped then (CI has Node, so never there).
    nodeSdk = NodeOracle.install("Twilio Node oracle", "the official Node SDK cannot check the client", "twilio",
        ORACLE_DIR, List.of());
  }

  /** A last page's {@code meta}, every field the document gives it. */
  private static String meta(String key) {
    String url = "https://taskrouter.twilio.com/v1/Workspaces/" + WS + "/" + (key.equals("workers") ? "Workers" : "Activities")
        + "?PageSize=50&Page=0";
    return "{\"first_page_url\":\"" + url + "\",\"key\":\"" + key + "\",\"next_page_url\":null,\"page\":0,"
        + "\"page_size\":50,\"previous_page_url\":null,\"url\":\"" + url + "\"}";
  }

  @AfterAll
  static void stop() {
    if (capture != null) {
      capture.stop(0);
    }
  }

  private static String captureBase() {
    return "http://127.0.0.1:" + capture.getAddress().getPort();
  }

  private static TwilioClient switchboard(String base) {
    return TwilioClient.builder().baseUrl(base).accountSid(ACCOUNT).authToken(TOKEN).retryPolicy(RetryPolicy.none()).build();
  }

  /** The official Java SDK, its requests sent by its own HTTP client to {@code base} instead of Twilio. */
  private static TwilioRestClient official(String base) {
    return new TwilioRestClient.Builder(ACCOUNT, TOKEN).httpClient(new LoopbackClient(base)).build();
  }

  /** Twilio's NetworkHttpClient with only the scheme and host of each request's URL changed. */
  static final class LoopbackClient extends NetworkHttpClient {
    private final String base;

    LoopbackClient(String base) {
      this.base = base;
    }

    @Override
    public Response makeRequest(Request request) {
      try {
        URI twilio = URI.create(request.getUrl());
        Field url = IRequest.class.getDeclaredField("url");
        url.setAccessible(true);
        url.set(request, base + twilio.getRawPath() + (twilio.getRawQuery() == null ? "" : "?" + twilio.getRawQuery()));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      return super.makeRequest(request);
    }
  }

  /** One operation: how the official Java SDK, the Node SDK (operation and JSON arguments) and ours run it. */
  private record Operation(String name, Consumer<TwilioRestClient> java, String nodeArgs, Consumer<TwilioClient> ours) {}

  private static List<Operation> operations() {
    return List.of(
        new Operation("create_worker",
            c -> Worker.creator(WS, "Ann Agent").setActivitySid(TwilioSandbox.AVAILABLE).setAttributes(ATTRIBUTES).create(c),
            "{\"workspaceSid\":\"" + WS + "\",\"fields\":{\"friendlyName\":\"Ann Agent\",\"activitySid\":\""
                + TwilioSandbox.AVAILABLE + "\",\"attributes\":" + JSON.valueToTree(ATTRIBUTES) + "}}",
            c -> c.workers().createWorker(WS, "Ann Agent", TwilioSandbox.AVAILABLE, ATTRIBUTES)),
        new Operation("fetch_worker", c -> Worker.fetcher(WS, SID).fetch(c),
            "{\"workspaceSid\":\"" + WS + "\",\"sid\":\"" + SID + "\"}",
            c -> c.workers().fetchWorker(WS, SID)),
        new Operation("update_worker",
            c -> Worker.updater(WS, SID).setFriendlyName("Ann B").setActivitySid(TwilioSandbox.OFFLINE).update(c),
            "{\"workspaceSid\":\"" + WS + "\",\"sid\":\"" + SID + "\",\"fields\":{\"friendlyName\":\"Ann B\",\"activitySid\":\""
                + TwilioSandbox.OFFLINE + "\"}}",
            c -> c.workers().updateWorker(WS, SID, null, TwilioSandbox.OFFLINE, null, "Ann B", null)),
        new Operation("delete_worker", c -> Worker.deleter(WS, SID).delete(c),
            "{\"workspaceSid\":\"" + WS + "\",\"sid\":\"" + SID + "\"}",
            c -> c.workers().deleteWorker(WS, SID, null)),
        new Operation("list_workers", c -> Worker.reader(WS).setFriendlyName("Ann Agent").pageSize(2).firstPage(c),
            "{\"workspaceSid\":\"" + WS + "\",\"fields\":{\"friendlyName\":\"Ann Agent\",\"pageSize\":2}}",
            c -> c.workers().listWorker(WS, new ListWorkerQueryParams().friendlyName("Ann Agent").pageSize(2L))),
        new Operation("list_activities", c -> Activity.reader(WS).setPageSize(1000L).firstPage(c),
            "{\"workspaceSid\":\"" + WS + "\",\"fields\":{\"pageSize\":1000}}",
            c -> c.activities().listActivity(WS, new ListActivityQueryParams().pageSize(1000L))));
  }

  @TestFactory
  Stream<DynamicTest> theOfficialJavaSdkAndSwitchboardSendTheSameRequests() {
    return operations().stream().map(op -> dynamicTest(op.name(), () -> {
      Captured official = captureOne(() -> op.java().accept(official(captureBase())));
      Captured ours = captureOne(() -> op.ours().accept(switchboard(captureBase())));
      assertThat(official.authorization()).as("the official SDK's Authorization").startsWith("Basic ");
      assertThat(ours).as("Switchboard's %s request compared with twilio-java's", op.name()).isEqualTo(official);
    }));
  }

  @TestFactory
  Stream<DynamicTest> theOfficialNodeSdkAndSwitchboardSendTheSameRequests() {
    return operations().stream().map(op -> dynamicTest(op.name(), () -> {
      org.junit.jupiter.api.Assumptions.assumeTrue(nodeSdk != null, "node is not on the PATH");
      Captured official = captureOne(() -> {
        Result r = nodeSdk.run(CREDENTIALS, captureBase(), op.name(), op.nodeArgs());
        assertThat(r.exit()).as("oracle.js %s:%n%s", op.name(), r.output()).isZero();
      });
      Captured ours = captureOne(() -> op.ours().accept(switchboard(captureBase())));
      assertThat(ours).as("Switchboard's %s request compared with the twilio npm package's", op.name()).isEqualTo(official);
    }));
  }

  @Test
  void theOfficialJavaSdkReadsWhatTheFakeAnswers() {
    try (Sandbox sandbox = Sandbox.start(0)) {
      TwilioRestClient c = official("http://127.0.0.1:" + sandbox.port() + "/" + TwilioFake.ID);
      Worker created = Worker.creator(WS, "Ann Agent").setActivitySid(TwilioSandbox.AVAILABLE).setAttributes(ATTRIBUTES).create(c);
      assertThat(created.getSid()).matches("WK[0-9a-f]{32}");
      assertThat(created.getAvailable()).isTrue();
      assertThat(created.getDateCreated()).isNotNull();
      assertThat(Worker.fetcher(WS, created.getSid()).fetch(c).getAttributes()).isEqualTo(ATTRIBUTES);
      Worker updated = Worker.updater(WS, created.getSid()).setActivitySid(TwilioSandbox.OFFLINE).update(c);
      assertThat(updated.getActivityName()).isEqualTo("Offline");
      assertThat(updated.getAvailable()).isFalse();
      TwilioFixtures.of(sandbox).workers(WS, 2);
      List<String> names = new ArrayList<>();
      // One worker per page: the SDK follows the fake's next_page_url to the end.
      Worker.reader(WS).pageSize(1).read(c).forEach(w -> names.add(w.getFriendlyName()));
      assertThat(names).containsExactly("Ann Agent", "Worker 1", "Worker 2");
      List<String> activities = new ArrayList<>();
      Activity.reader(WS).read(c).forEach(a -> activities.add(a.getFriendlyName() + "=" + a.getAvailable()));
      assertThat(activities).contains("Available=true", "Offline=false");
      assertThat(Worker.deleter(WS, created.getSid()).delete(c)).isTrue();
    }
  }

  @Test
  void theOfficialNodeSdkReadsWhatTheFakeAnswers() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(nodeSdk != null, "node is not on the PATH");
    try (Sandbox sandbox = Sandbox.start(0)) {
      String base = "http://127.0.0.1:" + sandbox.port() + "/" + TwilioFake.ID;
      JsonNode created = node(base, "create_worker", "{\"workspaceSid\":\"" + WS + "\",\"fields\":{\"friendlyName\":\"Ann Agent\","
          + "\"activitySid\":\"" + TwilioSandbox.AVAILABLE + "\",\"attributes\":" + JSON.valueToTree(ATTRIBUTES) + "}}");
      assertThat(created.path("sid").asText()).matches("WK[0-9a-f]{32}");
      assertThat(created.path("available").asBoolean()).isTrue();
      String sid = created.path("sid").asText();
      JsonNode updated = node(base, "update_worker", "{\"workspaceSid\":\"" + WS + "\",\"sid\":\"" + sid
          + "\",\"fields\":{\"activitySid\":\"" + TwilioSandbox.OFFLINE + "\"}}");
      assertThat(updated.path("activityName").asText()).isEqualTo("Offline");
      TwilioFixtures.of(sandbox).workers(WS, 2);
      JsonNode listed = node(base, "list_workers", "{\"workspaceSid\":\"" + WS + "\",\"fields\":{\"pageSize\":1}}");
      List<String> names = new ArrayList<>();
      listed.forEach(w -> names.add(w.path("friendlyName").asText()));
      assertThat(names).containsExactly("Ann Agent", "Worker 1", "Worker 2");
      assertThat(node(base, "list_activities", "{\"workspaceSid\":\"" + WS + "\",\"fields\":{}}")).hasSize(4);
      assertThat(node(base, "delete_worker", "{\"workspaceSid\":\"" + WS + "\",\"sid\":\"" + sid + "\"}").asBoolean()).isTrue();
    }
  }

  private static JsonNode node(String base, String operation, String args) throws Exception {
    Result r = nodeSdk.run(CREDENTIALS, base, operation, args);
    assertThat(r.exit()).as("oracle.js %s:%n%s", operation, r.output()).isZero();
    String[] lines = r.output().strip().split("\n");
    return JSON.readTree(lines[lines.length - 1]);
  }

  private interface Action {
    void run() throws Exception;
  }

  private static Captured captureOne(Action action) throws Exception {
    synchronized (CAPTURED) {
      CAPTURED.clear();
    }
    action.run();
    synchronized (CAPTURED) {
      assertThat(CAPTURED).as("requests that reached the capturing server").hasSize(1);
      return CAPTURED.get(0);
    }
  }

  /** {@code a=1&b=2&a=3} as a sorted map of decoded names to values in order. */
  private static Map<String, List<String>> pairs(String raw) {
    Map<String, List<String>> out = new TreeMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return out;
  }
}
