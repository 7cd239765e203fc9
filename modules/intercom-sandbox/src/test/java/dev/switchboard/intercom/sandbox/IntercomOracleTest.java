package dev.switchboard.intercom.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import dev.switchboard.facade.Availability;
import dev.switchboard.intercom.IntercomClient;
import dev.switchboard.intercom.IntercomDirectory;
import dev.switchboard.intercom.api.AdminsApi;
import dev.switchboard.intercom.model.Admin;
import dev.switchboard.intercom.model.SetAwayAdminRequest;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.testing.NodeOracle;
import dev.switchboard.runtime.testing.NodeOracle.Result;
import dev.switchboard.sandbox.Sandbox;
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
 * Intercom's official Node SDK, {@code intercom-client} (exact version pinned in
 * {@code src/test/oracle/package.json}, installed by npm into {@code target/ic-oracle}), as a witness our
 * spec cannot agree with by construction, both ways:
 *
 * <ul>
 *   <li>requests: for list, get and set away, {@code src/test/oracle/oracle.js} runs the operation through
 *       the SDK and Switchboard's client runs it from the same arguments (bound to the generated model, so
 *       a field our spec lacks is dropped and the bodies differ); both reach one capturing server on
 *       127.0.0.1, and method, path and query, {@code Authorization}, {@code Intercom-Version},
 *       {@code Content-Type} and the JSON body must be equal;
 *   <li>answers: the SDK calls the sandbox's Intercom fake and must read each answer, successes and
 *       documented errors alike, as Switchboard's client reads it.
 * </ul>
 *
 * <p>It lives beside the fake because this module's tests have both the client and the fake. Runs
 * whenever {@code node} is on the PATH; without it, it says so in one loud line and is skipped, unless
 * {@code CI} is set ({@code .ci/run} requires node, so CI never skips it).
 */
class IntercomOracleTest {
  private static final String TOKEN = "oracle-intercom-token-5c1e";
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private static final Path ORACLE_DIR = Path.of("target/ic-oracle");
  private static final String ADMIN = "{\"type\":\"admin\",\"id\":\"991267460\",\"name\":\"Ciaran2 Lee\","
      + "\"email\":\"admin2@email.com\",\"away_mode_enabled\":false,\"away_mode_reassign\":true,\"has_inbox_seat\":true,"
      + "\"away_status_reason_id\":null,\"team_ids\":[]}";

  private static HttpServer capture;
  private static final List<Captured> CAPTURED = new ArrayList<>();
  private static NodeOracle nodeSdk;

  /** One request as it reached the loopback server. */
  record Captured(String method, String path, String query, String authorization, String version, String contentType,
      JsonNode body) {}

  @BeforeAll
  static void installTheSdkAndStartTheServer() throws Exception {
    nodeSdk = NodeOracle.install("Intercom oracle", "Intercom's official Node SDK cannot check the Intercom client and fake",
        "intercom-client", ORACLE_DIR, List.of("INTERCOM_API_KEY")); // the SDK's fallback token: only IC_ORACLE_TOKEN counts
    if (nodeSdk == null) {
      Assumptions.abort("node is not on the PATH");
    }

    capture = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
    capture.createContext("/", http -> {
      byte[] in = http.getRequestBody().readAllBytes();
      JsonNode body = in.length == 0 ? null : JSON.readTree(in);
      synchronized (CAPTURED) {
        CAPTURED.add(new Captured(http.getRequestMethod(), http.getRequestURI().getRawPath(),
            http.getRequestURI().getRawQuery(), http.getRequestHeaders().getFirst("Authorization"),
            http.getRequestHeaders().getFirst("Intercom-Version"), http.getRequestHeaders().getFirst("Content-Type"), body));
      }
      String path = http.getRequestURI().getPath();
      String answer = path.equals("/admins") ? "{\"type\":\"admin.list\",\"admins\":[" + ADMIN + "]}" : ADMIN;
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

  private static String captureUrl() {
    return "http://127.0.0.1:" + capture.getAddress().getPort();
  }

  private static IntercomClient switchboard(String baseUrl, String token) {
    return IntercomClient.builder().baseUrl(baseUrl).accessToken(token).retryPolicy(RetryPolicy.none()).build();
  }

  private static JsonNode args(String json) {
    try {
      return JSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  /** The SDK's request object less its path parameter: what goes into the body. */
  private static SetAwayAdminRequest awayBody(JsonNode args) {
    ObjectNode body = args.deepCopy();
    body.remove("admin_id");
    return JSON.convertValue(body, SetAwayAdminRequest.class);
  }

  @TestFactory
  Stream<DynamicTest> theOfficialSdkAndSwitchboardSendTheSameRequests() {
    JsonNode none = args("{}");
    JsonNode find = args("{\"admin_id\":991267460}");
    JsonNode away = args("{\"admin_id\":991267460,\"away_mode_enabled\":true,\"away_mode_reassign\":false,"
        + "\"away_status_reason_id\":12345}");
    JsonNode back = args("{\"admin_id\":991267460,\"away_mode_enabled\":false,\"away_mode_reassign\":true}");
    AdminsApi.ListAdminsQueryParams noQuery = new AdminsApi.ListAdminsQueryParams();
    return Stream.of(
        request("list", none, c -> c.admins().listAdmins(null, noQuery)),
        request("find", find, c -> c.admins().retrieveAdmin(find.get("admin_id").asInt(), null)),
        request("away", away, c -> c.admins().setAwayAdmin(away.get("admin_id").asInt(), null, awayBody(away))),
        request("away", back, c -> c.admins().setAwayAdmin(back.get("admin_id").asInt(), null, awayBody(back))),
        // The directory reads the admin first (its away_mode_reassign is true) and sends that back.
        request("away", back, c -> IntercomDirectory.of(c).setAvailability("991267460", Availability.ONLINE)));
  }

  private DynamicTest request(String operation, JsonNode args, Consumer<IntercomClient> ours) {
    return dynamicTest(operation + " " + args, () -> {
      List<Captured> official = captureAll(() -> {
        Result r = oracle(captureUrl(), TOKEN, operation, args);
        assertThat(r.exit()).as("oracle.js %s:%n%s", operation, r.output()).isZero();
      });
      List<Captured> switchboard = captureAll(() -> ours.accept(switchboard(captureUrl(), TOKEN)));

      assertThat(official).as("requests intercom-client sent").hasSize(1);
      assertThat(switchboard.get(switchboard.size() - 1))
          .as("Switchboard's %s request compared with intercom-client's", operation).isEqualTo(official.get(0));
    });
  }

  @TestFactory
  Stream<DynamicTest> theOfficialSdkReadsWhatTheSandboxAnswers() {
    return Stream.of(
        dynamicTest("list", () -> onSandbox(sandbox -> {
          JsonNode sdk = sdk(sandbox, IntercomSandbox.TOKEN, "list", "{}").path("data");
          List<Admin> ours = switchboard(sandbox.baseUrl("intercom"), IntercomSandbox.TOKEN).admins()
              .listAdmins(null, new AdminsApi.ListAdminsQueryParams()).getAdmins();
          assertThat(sdk.path("type").asText()).isEqualTo("admin.list");
          assertThat(sdk.path("admins").findValuesAsText("id")).containsExactly(IntercomSandbox.ADMIN, IntercomSandbox.AWAY_ADMIN)
              .isEqualTo(ours.stream().map(Admin::getId).toList());
          assertThat(sdk.path("admins").findValuesAsText("email")).isEqualTo(ours.stream().map(Admin::getEmail).toList());
          assertThat(sdk.path("admins").findValues("away_mode_enabled").stream().map(JsonNode::asBoolean).toList())
              .containsExactly(false, true).isEqualTo(ours.stream().map(Admin::getAwayModeEnabled).toList());
        })),
        dynamicTest("find", () -> onSandbox(sandbox -> {
          JsonNode sdk = sdk(sandbox, IntercomSandbox.TOKEN, "find", "{\"admin_id\":" + IntercomSandbox.AWAY_ADMIN + "}");
          assertThat(sdk.path("data").path("type").asText()).isEqualTo("admin");
          assertThat(sdk.path("data").path("name").asText()).isEqualTo("Ben Support");
          assertThat(sdk.path("data").path("away_mode_enabled").asBoolean()).isTrue();
        })),
        dynamicTest("away, then read back by Switchboard", () -> onSandbox(sandbox -> {
          JsonNode sdk = sdk(sandbox, IntercomSandbox.TOKEN, "away",
              "{\"admin_id\":" + IntercomSandbox.ADMIN + ",\"away_mode_enabled\":true,\"away_mode_reassign\":true}");
          assertThat(sdk.path("data").path("away_mode_enabled").asBoolean()).isTrue();
          assertThat(sdk.path("data").path("away_mode_reassign").asBoolean()).isTrue();
          IntercomDirectory ours = IntercomDirectory.of(switchboard(sandbox.baseUrl("intercom"), IntercomSandbox.TOKEN));
          assertThat(ours.availability(IntercomSandbox.ADMIN)).isEqualTo(Availability.AWAY);
        })),
        dynamicTest("an unknown admin is the SDK's NotFoundError", () -> onSandbox(sandbox -> {
          JsonNode error = sdk(sandbox, IntercomSandbox.TOKEN, "find", "{\"admin_id\":404}").path("error");
          assertThat(error.path("name").asText()).isEqualTo("NotFoundError");
          assertThat(error.path("statusCode").asInt()).isEqualTo(404);
          assertThat(error.path("body").path("type").asText()).isEqualTo("error.list");
          assertThat(error.path("body").path("errors").path(0).path("code").asText()).isEqualTo("admin_not_found");
        })),
        // Intercom's document gives this 400 examples and no schema: the SDK's reading is the witness.
        dynamicTest("a missing mandatory away reason is the SDK's BadRequestError", () -> onSandbox(sandbox -> {
          IntercomFixtures.of(sandbox).awayReasonsMandatory();
          JsonNode error = sdk(sandbox, IntercomSandbox.TOKEN, "away",
              "{\"admin_id\":" + IntercomSandbox.ADMIN + ",\"away_mode_enabled\":true,\"away_mode_reassign\":false}")
              .path("error");
          assertThat(error.path("name").asText()).isEqualTo("BadRequestError");
          assertThat(error.path("statusCode").asInt()).isEqualTo(400);
          assertThat(error.path("body").path("type").asText()).isEqualTo("error.list");
          assertThat(error.path("body").path("errors").path(0).path("code").asText()).isEqualTo("away_status_reason_mandatory");
        })),
        dynamicTest("a wrong token is the SDK's UnauthorizedError", () -> onSandbox(sandbox -> {
          JsonNode error = sdk(sandbox, "not-the-token", "list", "{}").path("error");
          assertThat(error.path("name").asText()).isEqualTo("UnauthorizedError");
          assertThat(error.path("statusCode").asInt()).isEqualTo(401);
          assertThat(error.path("body").path("errors").path(0).path("code").asText()).isEqualTo("unauthorized");
        })));
  }

  private interface SandboxCheck {
    void run(Sandbox sandbox) throws Exception;
  }

  private static void onSandbox(SandboxCheck check) throws Exception {
    try (Sandbox sandbox = Sandbox.start(0)) {
      sandbox.seedDemoData();
      check.run(sandbox);
    }
  }

  /** What the SDK printed for one operation against the sandbox's Intercom fake. */
  private static JsonNode sdk(Sandbox sandbox, String token, String operation, String args) throws Exception {
    Result r = oracle(sandbox.baseUrl("intercom"), token, operation, args(args));
    assertThat(r.exit()).as("oracle.js %s:%n%s", operation, r.output()).isZero();
    return JSON.readTree(r.output().lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow());
  }

  private static Result oracle(String baseUrl, String token, String operation, JsonNode args) throws Exception {
    return nodeSdk.run(Map.of("IC_ORACLE_TOKEN", token), baseUrl, operation, args.toString());
  }

  private interface Action {
    void run() throws Exception;
  }

  private static List<Captured> captureAll(Action action) throws Exception {
    synchronized (CAPTURED) {
      CAPTURED.clear();
    }
    action.run();
    synchronized (CAPTURED) {
      assertThat(CAPTURED).as("requests that reached the capturing server").isNotEmpty();
      return List.copyOf(CAPTURED);
    }
  }
}
