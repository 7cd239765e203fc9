package dev.switchboard.livechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.switchboard.livechat.v34.model.BotIdRequest;
import dev.switchboard.livechat.v34.model.CreateBotRequest;
import dev.switchboard.livechat.v34.model.ListBotsRequest;
import dev.switchboard.livechat.v34.model.ListRoutingStatusesRequest;
import dev.switchboard.livechat.v34.model.SetRoutingStatusRequest;
import dev.switchboard.livechat.v34.model.UpdateBotRequest;
import dev.switchboard.runtime.http.RetryPolicy;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The official LiveChat JS SDK as a witness our specs cannot agree with by construction: for each
 * v3.4 bot method and the routing status methods, {@code src/test/oracle/oracle.js} runs the
 * operation through {@code @livechat/lc-sdk-js} (exact version pinned in its package.json,
 * installed by npm into {@code target/lc-oracle}), and Switchboard's v3.4 client runs the same
 * operation from the same arguments. Both reach one capturing server on 127.0.0.1; method, path,
 * {@code Authorization}, {@code X-Region}, {@code Content-Type} and the JSON body must be equal.
 *
 * <p>The Java request is made by binding the oracle's JSON arguments to the generated model, so a
 * field missing from our spec is dropped there and the bodies differ. Runs whenever {@code node}
 * is on the PATH; without it, it says so in one loud line and is skipped ({@code .ci/run} requires
 * node, so CI never skips it).
 */
class LiveChatOracleTest {
  private static final String TOKEN = "fra:oracle-token-3b9e";
  private static final String BOT = "5c9871d5372c824cbf22d860a707a578";
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final Path ORACLE_SOURCES = Path.of("src/test/oracle");
  private static final Path ORACLE_DIR = Path.of("target/lc-oracle");

  private static HttpServer capture;
  private static final List<Captured> CAPTURED = new ArrayList<>();
  private static String node;

  /** One request as it reached the loopback server. */
  record Captured(String method, String path, String authorization, String region, String contentType, JsonNode body) {}

  @BeforeAll
  static void installTheSdkAndStartTheServer() throws Exception {
    node = onPath("node");
    if (node == null) {
      System.err.println("!!!!!!!! LiveChat oracle SKIPPED: `node` is not on the PATH, so the official JS SDK cannot"
          + " check the v3.4 client (install Node 20+; .ci/run requires it) !!!!!!!!");
      // A developer's machine may lack Node; CI must not, so there a missing node fails the build.
      assertThat(System.getenv("CI")).as("node is not on the PATH, and CI is set: CI needs Node 20+").isNull();
      Assumptions.abort("node is not on the PATH");
    }
    String npm = onPath("npm");
    assertThat(npm).as("npm next to node on the PATH (node is there, so the oracle must run)").isNotNull();
    Files.createDirectories(ORACLE_DIR);
    for (String f : List.of("package.json", "oracle.js")) {
      Files.copy(ORACLE_SOURCES.resolve(f), ORACLE_DIR.resolve(f), StandardCopyOption.REPLACE_EXISTING);
    }
    String pinned = JSON.readTree(ORACLE_SOURCES.resolve("package.json").toFile())
        .path("dependencies").path("@livechat/lc-sdk-js").asText();
    Path installed = ORACLE_DIR.resolve("node_modules/@livechat/lc-sdk-js/package.json");
    if (!Files.isRegularFile(installed) || !pinned.equals(JSON.readTree(installed.toFile()).path("version").asText())) {
      // No lock file is written or committed: the exact version is pinned in package.json.
      Result npmInstall = run(List.of(npm, "install", "--no-package-lock", "--no-audit", "--no-fund",
          "--ignore-scripts", "--loglevel=error"), Map.of(), 300);
      assertThat(npmInstall.exit).as("npm install in %s:%n%s", ORACLE_DIR, npmInstall.output).isZero();
    }
    assertThat(JSON.readTree(installed.toFile()).path("version").asText()).as("installed lc-sdk-js").isEqualTo(pinned);

    capture = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    capture.createContext("/", http -> {
      byte[] in = http.getRequestBody().readAllBytes();
      String path = http.getRequestURI().getPath();
      JsonNode body = in.length == 0 ? null : JSON.readTree(in);
      synchronized (CAPTURED) {
        CAPTURED.add(new Captured(http.getRequestMethod(), path, http.getRequestHeaders().getFirst("Authorization"),
            http.getRequestHeaders().getFirst("X-Region"), http.getRequestHeaders().getFirst("Content-Type"), body));
      }
      String answer = path.endsWith("/create_bot") ? "{\"id\":\"" + BOT + "\"}"
          : path.endsWith("/list_bots") || path.endsWith("/list_routing_statuses") ? "[]"
          : path.endsWith("/get_bot") ? "{\"id\":\"" + BOT + "\"}" : "{}";
      byte[] out = answer.getBytes(StandardCharsets.UTF_8);
      http.getResponseHeaders().set("Content-Type", "application/json");
      http.sendResponseHeaders(200, out.length);
      http.getResponseBody().write(out);
      http.close();
    });
    capture.start();
  }

  @AfterAll
  static void stop() {
    if (capture != null) {
      capture.stop(0);
    }
  }

  private static LiveChatClient switchboard() {
    return LiveChatClient.builder().baseUrl("http://127.0.0.1:" + capture.getAddress().getPort() + "/v3.4")
        .accessToken(TOKEN).retryPolicy(RetryPolicy.none()).build();
  }

  /** The arguments of one operation, as the JS SDK method takes them. */
  private static JsonNode args(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  private static <T> T bind(JsonNode node, Class<T> type) {
    return JSON.convertValue(node, type);
  }

  private static JsonNode with(JsonNode fields, String name, String value) {
    com.fasterxml.jackson.databind.node.ObjectNode copy = fields == null ? JSON.createObjectNode() : fields.deepCopy();
    copy.put(name, value);
    return copy;
  }

  @TestFactory
  Stream<DynamicTest> theOfficialSdkAndSwitchboardSendTheSameRequests() {
    JsonNode create = args("{\"fields\":{\"name\":\"Helper Bot\",\"avatar_path\":\"https://cdn.example.com/bot.png\","
        + "\"default_group_priority\":\"first\",\"job_title\":\"Triage\",\"mobile\":\"+48 600 700 800\","
        + "\"max_chats_count\":4,\"groups\":[{\"id\":0,\"priority\":\"normal\"},{\"id\":2,\"priority\":\"first\"}],"
        + "\"owner_client_id\":\"app-client-1\",\"timezone\":\"Europe/Warsaw\"}}");
    JsonNode update = args("{\"id\":\"" + BOT + "\",\"fields\":{\"name\":\"Helper Bot 2\",\"default_group_priority\":\"supervisor\","
        + "\"max_chats_count\":2,\"job_title\":\"Lead\",\"mobile\":\"+48 1\",\"owner_client_id\":\"app-client-1\","
        + "\"timezone\":\"America/Chicago\",\"avatar_path\":\"https://cdn.example.com/2.png\",\"groups\":[{\"id\":1,\"priority\":\"last\"}]}}");
    JsonNode byId = args("{\"id\":\"" + BOT + "\"}");
    JsonNode listAll = args("{\"all\":true}");
    JsonNode routing = args("{\"status\":\"not_accepting_chats\",\"agent_id\":\"" + BOT + "\"}");
    JsonNode groups = args("{\"group_ids\":[0,2]}");
    return Stream.of(
        oracle("create_bot", create, c -> c.bots().createBot(bind(create.get("fields"), CreateBotRequest.class))),
        oracle("delete_bot", byId, c -> c.bots().deleteBot(bind(byId, BotIdRequest.class))),
        oracle("update_bot", update, c -> c.bots().updateBot(
            bind(with(update.get("fields"), "id", update.get("id").asText()), UpdateBotRequest.class))),
        oracle("list_bots", listAll, c -> c.bots().listBots(bind(listAll, ListBotsRequest.class))),
        oracle("get_bot", byId, c -> c.bots().getBot(bind(byId, BotIdRequest.class))),
        oracle("set_routing_status", routing, c -> c.routingStatus().setRoutingStatus(bind(routing, SetRoutingStatusRequest.class))),
        oracle("list_routing_statuses", groups, c -> c.routingStatus().listRoutingStatuses(
            bind(args("{\"filters\":" + groups + "}"), ListRoutingStatusesRequest.class))));
  }

  private DynamicTest oracle(String operation, JsonNode args, Consumer<LiveChatClient> ours) {
    return dynamicTest(operation, () -> {
      Captured official = captureOne(() -> {
        Result r = run(List.of(node, "oracle.js", "127.0.0.1:" + capture.getAddress().getPort(), operation, args.toString()),
            proxyTo(capture.getAddress().getPort()), 60);
        assertThat(r.exit).as("oracle.js %s:%n%s", operation, r.output).isZero();
      });
      Captured switchboard = captureOne(() -> ours.accept(switchboard()));

      assertThat(official.path()).as("the official SDK's path").startsWith("/v3.4/").endsWith("/" + operation);
      assertThat(switchboard).as("Switchboard's %s request compared with @livechat/lc-sdk-js's", operation)
          .isEqualTo(official);
    });
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

  /**
   * The SDK builds {@code https://<apiUrl>/...}; axios sends it through an {@code http://} proxy
   * as plain HTTP, so the capturing server (also the proxy) sees it. Nothing leaves 127.0.0.1.
   */
  private static Map<String, String> proxyTo(int port) {
    String proxy = "http://127.0.0.1:" + port;
    return Map.of("HTTPS_PROXY", proxy, "https_proxy", proxy, "LC_ORACLE_TOKEN", TOKEN);
  }

  private record Result(int exit, String output) {}

  private static Result run(List<String> command, Map<String, String> env, int timeoutSeconds) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(ORACLE_DIR.toFile()).redirectErrorStream(true);
    Path log = Files.createTempFile("lc-oracle", ".log");
    pb.redirectOutput(log.toFile());
    // A NO_PROXY that names 127.0.0.1 would bypass the capturing proxy; no other proxy applies.
    for (String v : List.of("NO_PROXY", "no_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy")) {
      pb.environment().remove(v);
    }
    pb.environment().putAll(env);
    Process p = pb.start();
    try {
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result(-1, "timed out after " + timeoutSeconds + " s: " + Files.readString(log));
      }
      return new Result(p.exitValue(), Files.readString(log));
    } finally {
      Files.deleteIfExists(log);
    }
  }

  private static String onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, program);
      if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }
}
