package dev.switchboard.contract;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.switchboard.contract.Contracts.*;
import static org.assertj.core.api.Assertions.assertThat;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.twilio.TwilioClient;
import dev.switchboard.twilio.api.TaskrouterV1ActivityApi.ListActivityQueryParams;
import dev.switchboard.twilio.api.TaskrouterV1WorkerApi.ListWorkerQueryParams;
import dev.switchboard.twilio.model.ListActivityResponse;
import dev.switchboard.twilio.model.TaskrouterV1WorkspaceWorker;
import dev.switchboard.twilio.sandbox.TwilioSandbox;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the SDK sends to Twilio TaskRouter's workers and activities and what it makes of the answers:
 * form bodies ({@code application/x-www-form-urlencoded}, field by field) and HTTP Basic auth. The
 * credential's example is the sandbox's, so the sandbox can replay the pact; the contract pins the
 * scheme, not the secret. The official document declares no error response, so no error is pinned.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "twilio", pactVersion = PactSpecVersion.V4, hostInterface = LOOPBACK)
class TwilioContractTest {
  private static final String WS = TwilioSandbox.WORKSPACE_SID;
  private static final String WORKERS = "/v1/Workspaces/" + WS + "/Workers";
  private static final String ANN = "WK0000000000000000000000000000a001";
  private static final String AUTH = "Basic \\S+";
  private static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(
      (TwilioSandbox.ACCOUNT_SID + ":" + TwilioSandbox.AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));
  private static final String FORM = "application/x-www-form-urlencoded(;.*)?";

  private static TwilioClient client(MockServer server) {
    return TwilioClient.builder().baseUrl(server.getUrl()).accountSid(TwilioSandbox.ACCOUNT_SID)
        .authToken(TwilioSandbox.AUTH_TOKEN).retryPolicy(RetryPolicy.none()).build();
  }

  private static PactDslRequestWithPath request(PactDslWithProvider p, String state, String description, String method,
      String path) {
    return p.given(state).uponReceiving(description).method(method).path(path).matchHeader("Authorization", AUTH, BASIC);
  }

  private static PactDslRequestWithPath form(PactDslRequestWithPath r, String body) {
    return r.matchHeader("Content-Type", FORM, "application/x-www-form-urlencoded")
        .body(body, "application/x-www-form-urlencoded");
  }

  /** A worker as TaskRouter answers it; attributes are shown by single-worker answers only. */
  private static Consumer<LambdaDslObject> worker(String sid, String name, String activity, boolean available,
      boolean withAttributes) {
    return w -> {
      w.stringMatcher("sid", "WK[0-9a-fA-F]{32}", sid)
          .stringType("friendly_name", name)
          .stringMatcher("account_sid", "AC[0-9a-fA-F]{32}", TwilioSandbox.ACCOUNT_SID)
          .stringMatcher("activity_sid", "WA[0-9a-fA-F]{32}", activity)
          .stringType("activity_name", available ? "Available" : "Offline")
          .stringMatcher("workspace_sid", "WS[0-9a-fA-F]{32}", WS)
          .booleanValue("available", available)
          .datetime("date_created", ISO_DATE_TIME, WHEN)
          .datetime("date_updated", ISO_DATE_TIME, WHEN)
          .datetime("date_status_changed", ISO_DATE_TIME, WHEN)
          .stringType("url", "https://taskrouter.twilio.com" + WORKERS + "/" + sid)
          .object("links", l -> l.stringType("workspace", "https://taskrouter.twilio.com/v1/Workspaces/" + WS));
      if (withAttributes) {
        w.stringType("attributes", "{\"email\":\"ann@example.com\",\"roles\":[\"agent\"]}");
      } else {
        w.nullValue("attributes");
      }
    };
  }

  private static DslPart workerBody(String name, String activity, boolean available) {
    return newJsonBody(b -> worker(ANN, name, activity, available, true).accept(b)).build();
  }

  private static Consumer<LambdaDslObject> meta(String key, boolean last) {
    return m -> {
      m.stringType("first_page_url", "https://taskrouter.twilio.com" + WORKERS + "?PageSize=2&Page=0")
          .stringValue("key", key)
          .integerType("page", 0)
          .integerType("page_size", 2)
          .nullValue("previous_page_url")
          .stringType("url", "https://taskrouter.twilio.com" + WORKERS + "?PageSize=2&Page=0");
      if (last) {
        m.nullValue("next_page_url");
      } else {
        m.stringMatcher("next_page_url", "https://\\S+[?&]PageToken=\\S+",
            "https://taskrouter.twilio.com" + WORKERS + "?PageSize=2&Page=1&PageToken=PT2");
      }
    };
  }

  // ---- list workers, two pages ----

  @Pact(consumer = CONSUMER)
  V4Pact listWorkersTwoPages(PactDslWithProvider p) {
    return request(p, "workspace " + WS + " has 3 workers", "list the first page of 2 workers", "GET", WORKERS)
        .query("PageSize=2")
        .willRespondWith().status(200)
        .body(newJsonBody(b -> b
            .minArrayLike("workers", 1, 2, worker(ANN, "Ann Agent", TwilioSandbox.OFFLINE, false, false))
            .object("meta", meta("workers", false))).build())
        .given("workspace " + WS + " has 3 workers", Map.of("pageToken", "PT2"))
        .uponReceiving("list the second page of workers with the PageToken of the first page's next_page_url")
        .method("GET").path(WORKERS)
        .matchHeader("Authorization", AUTH, BASIC)
        .query("PageSize=2")
        .queryParameterFromProviderState("PageToken", "${pageToken}", "PT2")
        .willRespondWith().status(200)
        .body(newJsonBody(b -> b
            .eachLike("workers", 1, worker(ANN, "Ann Agent", TwilioSandbox.OFFLINE, false, false))
            .object("meta", meta("workers", true))).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listWorkersTwoPages")
  void listWorkersFollowsThePageTokenOfNextPageUrlToTheLastPage(MockServer server) {
    List<TaskrouterV1WorkspaceWorker> all = client(server).workersPaging()
        .listWorker(WS, new ListWorkerQueryParams().pageSize(2L)).stream().toList();

    assertThat(all).hasSize(3);
    assertThat(all.get(0).getFriendlyName()).isEqualTo("Ann Agent");
    assertThat(all.get(0).getAttributes()).isNull();
    assertThat(all.get(0).getAvailable()).isFalse();
  }

  // ---- create ----

  @Pact(consumer = CONSUMER)
  V4Pact createWorker(PactDslWithProvider p) {
    return form(request(p, "workspace " + WS + " exists, no worker is named Ann Agent",
            "create worker Ann Agent, available, with her email and role in its attributes", "POST", WORKERS),
        "FriendlyName=Ann+Agent&ActivitySid=" + TwilioSandbox.AVAILABLE
            + "&Attributes=%7B%22email%22%3A%22ann%40example.com%22%2C%22roles%22%3A%5B%22agent%22%5D%7D")
        .willRespondWith().status(201)
        .body(workerBody("Ann Agent", TwilioSandbox.AVAILABLE, true))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createWorker")
  void createWorker(MockServer server) {
    TaskrouterV1WorkspaceWorker w = client(server).workers().createWorker(WS, "Ann Agent", TwilioSandbox.AVAILABLE,
        "{\"email\":\"ann@example.com\",\"roles\":[\"agent\"]}");

    assertThat(w.getSid()).matches("WK[0-9a-fA-F]{32}");
    assertThat(w.getAvailable()).isTrue();
    assertThat(w.getAttributes()).contains("ann@example.com");
  }

  // ---- fetch ----

  @Pact(consumer = CONSUMER)
  V4Pact fetchWorker(PactDslWithProvider p) {
    return request(p, "worker " + ANN + " exists in workspace " + WS, "fetch worker " + ANN, "GET", WORKERS + "/" + ANN)
        .willRespondWith().status(200)
        .body(workerBody("Ann Agent", TwilioSandbox.AVAILABLE, true))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "fetchWorker")
  void fetchWorker(MockServer server) {
    TaskrouterV1WorkspaceWorker w = client(server).workers().fetchWorker(WS, ANN);

    assertThat(w.getSid()).isEqualTo(ANN);
    assertThat(w.getDateCreated()).isNotNull();
  }

  // ---- update ----

  @Pact(consumer = CONSUMER)
  V4Pact updateWorker(PactDslWithProvider p) {
    return form(request(p, "worker " + ANN + " exists in workspace " + WS, "rename worker " + ANN + " and set it offline",
            "POST", WORKERS + "/" + ANN),
        "ActivitySid=" + TwilioSandbox.OFFLINE + "&FriendlyName=Ann+B")
        .willRespondWith().status(200)
        .body(workerBody("Ann B", TwilioSandbox.OFFLINE, false))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateWorker")
  void updateWorker(MockServer server) {
    TaskrouterV1WorkspaceWorker w = client(server).workers().updateWorker(WS, ANN, null, TwilioSandbox.OFFLINE, null,
        "Ann B", null);

    assertThat(w.getFriendlyName()).isEqualTo("Ann B");
    assertThat(w.getAvailable()).isFalse();
  }

  // ---- delete ----

  @Pact(consumer = CONSUMER)
  V4Pact deleteWorker(PactDslWithProvider p) {
    return request(p, "worker " + ANN + " exists in workspace " + WS, "delete worker " + ANN, "DELETE", WORKERS + "/" + ANN)
        .willRespondWith().status(204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteWorker")
  void deleteWorker(MockServer server) {
    client(server).workers().deleteWorker(WS, ANN, null);
  }

  // ---- activities ----

  @Pact(consumer = CONSUMER)
  V4Pact listActivities(PactDslWithProvider p) {
    return request(p, "workspace " + WS + " has TaskRouter's default activities", "list the workspace's activities",
            "GET", "/v1/Workspaces/" + WS + "/Activities")
        .query("PageSize=1000")
        .willRespondWith().status(200)
        .body(newJsonBody(b -> b
            .minArrayLike("activities", 1, 3, a -> a
                .stringMatcher("sid", "WA[0-9a-fA-F]{32}", TwilioSandbox.AVAILABLE)
                .stringType("friendly_name", "Available")
                .booleanType("available", true)
                .stringMatcher("account_sid", "AC[0-9a-fA-F]{32}", TwilioSandbox.ACCOUNT_SID)
                .stringMatcher("workspace_sid", "WS[0-9a-fA-F]{32}", WS)
                .datetime("date_created", ISO_DATE_TIME, WHEN)
                .datetime("date_updated", ISO_DATE_TIME, WHEN)
                .stringType("url", "https://taskrouter.twilio.com/v1/Workspaces/" + WS + "/Activities/" + TwilioSandbox.AVAILABLE)
                .object("links", l -> l.stringType("workspace", "https://taskrouter.twilio.com/v1/Workspaces/" + WS)))
            .object("meta", m -> m
                .stringType("first_page_url", "https://taskrouter.twilio.com/v1/Workspaces/" + WS + "/Activities?PageSize=1000&Page=0")
                .stringValue("key", "activities")
                .nullValue("next_page_url")
                .integerType("page", 0)
                .integerType("page_size", 1000)
                .nullValue("previous_page_url")
                .stringType("url", "https://taskrouter.twilio.com/v1/Workspaces/" + WS + "/Activities?PageSize=1000&Page=0")))
            .build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listActivities")
  void listActivities(MockServer server) {
    ListActivityResponse r = client(server).activities().listActivity(WS, new ListActivityQueryParams().pageSize(1000L));

    assertThat(r.getActivities()).isNotEmpty();
    assertThat(r.getActivities().get(0).getAvailable()).isTrue();
    assertThat(r.getMeta().getNextPageUrl()).isNull();
  }
}
