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
import dev.switchboard.runtime.testing.NodeOracle;
import dev.switchboard.runtime.testing.NodeOracle.Result;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
  private static final Path ORACLE_DIR = Path.of("target/lc-oracle");

  private static HttpServer capture;
  private static final List<Captured> CAPTURED = new ArrayList<>();
  private static NodeOracle nodeSdk;

  /** One request as it reached the loopback server. */
  record Captured(String method, String path, String authorization, String region, String contentType, JsonNode body) {}

  @BeforeAll
  static void installTheSdkAndStartTheServer() throws Exception {
    nodeSdk = NodeOracle.install("LiveChat oracle", "the official JS SDK cannot check the v3.4 client",
        "@livechat/lc-sdk-js", ORACLE_DIR, List.of());
    if (nodeSdk == null) {
      Assumptions.abort("node is not on the PATH");
    }

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
        Result r = nodeSdk.run(proxyTo(capture.getAddress().getPort()), "127.0.0.1:" + capture.getAddress().getPort(),
            operation, args.toString());
        assertThat(r.exit()).as("oracle.js %s:%n%s", operation, r.output()).isZero();
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
}
