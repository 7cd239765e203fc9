package dev.switchboard.contract;

import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static dev.switchboard.contract.Contracts.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.switchboard.bird.BirdClient;
import dev.switchboard.bird.api.AgentsApi;
import dev.switchboard.bird.api.AgentsApi.ListAgentsQueryParams;
import dev.switchboard.bird.model.Agent;
import dev.switchboard.bird.model.AgentActivity;
import dev.switchboard.bird.model.AgentCreate;
import dev.switchboard.bird.model.AgentList;
import dev.switchboard.bird.model.AgentMinimal;
import dev.switchboard.bird.model.AgentRole;
import dev.switchboard.bird.model.AgentStatus;
import dev.switchboard.bird.model.AgentType;
import dev.switchboard.bird.model.AgentUpdate;
import dev.switchboard.bird.model.Availability;
import dev.switchboard.bird.model.AvailabilityUpdate;
import dev.switchboard.bird.model.PresignedUpload;
import dev.switchboard.bird.model.Workload;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.error.ConflictException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.RateLimitedException;
import dev.switchboard.runtime.error.ValidationException;
import dev.switchboard.runtime.http.RetryPolicy;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What the SDK sends to Bird's workspace agents API and what it makes of the answers. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "bird", pactVersion = PactSpecVersion.V4, hostInterface = LOOPBACK)
class BirdContractTest {
  private static final String KEY = "bird-test-access-key";
  private static final String AUTH = "AccessKey \\S+";
  private static final String AGENTS = "/workspaces/w1/agents";
  private static final String A1 = AGENTS + "/a1";
  private static final UUID ROLE = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
  private static final UUID TEAM = UUID.fromString("123e4567-e89b-12d3-a456-426614174001");
  private static final UUID FILE = UUID.fromString("123e4567-e89b-12d3-a456-426614174002");
  private static final OffsetDateTime WHEN_ODT = OffsetDateTime.parse(WHEN.toString());

  private static BirdClient client(MockServer server) {
    return BirdClient.builder().baseUrl(server.getUrl()).accessKey(KEY).retryPolicy(RetryPolicy.none()).build();
  }

  private static AgentsApi agents(MockServer server) {
    return client(server).agents();
  }

  /** A Bird request carrying the access key. */
  private static PactDslRequestWithPath request(PactDslWithProvider p, String state, String description,
      String method, String path) {
    return p.given(state).uponReceiving(description).method(method).path(path)
        .matchHeader("Authorization", AUTH, "AccessKey " + KEY);
  }

  private static PactDslRequestWithPath withJson(PactDslRequestWithPath r, DslPart body) {
    return r.matchHeader("Content-Type", JSON, "application/json").body(body);
  }

  /** The agent fields the SDK reads; values are typed, enums pinned to the spec's value sets. */
  private static Consumer<LambdaDslObject> agent(String status) {
    return a -> a
        .stringType("id", "a1")
        .stringType("name", "Ann Agent")
        .stringMatcher("status", "active|away|offline", status)
        .stringType("workspaceId", "w1")
        .stringMatcher("type", "user", "user")
        .eachLike("userEmails", PactDslJsonRootValue.stringType("ann@example.com"), 1)
        .stringType("bio", "Support lead")
        .integerType("wrapUpTime", 30)
        .stringType("timezone", "Europe/Amsterdam")
        .stringMatcher("transcriptionLocale", "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", "ar-AE")
        .datetime("createdAt", ISO_DATE_TIME, WHEN)
        .datetime("updatedAt", ISO_DATE_TIME, WHEN)
        .object("availability", av -> av
            .stringMatcher("status", "active|away|offline", status)
            .stringMatcher("activity", "available", "available"))
        .minArrayLike("roles", 1, r -> r
            .uuid("id", ROLE)
            .stringMatcher("type", "organization|workspace", "organization"))
        .eachLike("teams", t -> t
            .stringType("id", "t1")
            .stringType("name", "Tier 1")
            .datetime("memberSince", ISO_DATE_TIME, WHEN));
  }

  private static DslPart agentBody(String status) {
    return newJsonBody(b -> agent(status).accept(b)).build();
  }

  private static DslPart apiError(String code, String message) {
    return newJsonBody(b -> b.stringType("code", code).stringType("message", message)).build();
  }

  private static void assertAnn(Agent a) {
    assertThat(a.getId()).isEqualTo("a1");
    assertThat(a.getName()).isEqualTo("Ann Agent");
    assertThat(a.getType()).isEqualTo(AgentType.USER);
    assertThat(a.getUserEmails()).containsExactly("ann@example.com");
    assertThat(a.getCreatedAt()).isEqualTo(WHEN_ODT);
    assertThat(a.getAvailability().getActivity()).isEqualTo(AgentActivity.AVAILABLE);
    assertThat(a.getRoles().get(0).getId()).isEqualTo(ROLE);
    assertThat(a.getRoles().get(0).getType()).isEqualTo(AgentRole.TypeEnum.ORGANIZATION);
    assertThat(a.getTeams().get(0).getMemberSince()).isEqualTo(WHEN_ODT);
    assertThat(a.getTranscriptionLocale()).isEqualTo("ar-AE");
  }

  // ---- list agents, two pages ----

  @Pact(consumer = CONSUMER)
  V4Pact listAgentsTwoPages(PactDslWithProvider p) {
    return request(p, "workspace w1 has 3 agents", "list the first page of 2 agents of workspace w1", "GET", AGENTS)
        .query("limit=2")
        .willRespondWith().status(200)
        .body(newJsonBody(b -> b
            .minArrayLike("results", 1, 2, agent("active"))
            .stringType("nextPageToken", "cGFnZS0y")
            .integerType("total", 3)).build())
        .given("workspace w1 has 3 agents", Map.of("pageToken", "cGFnZS0y"))
        .uponReceiving("list the second page of agents of workspace w1 with the first page's nextPageToken")
        .method("GET").path(AGENTS)
        .matchHeader("Authorization", AUTH, "AccessKey " + KEY)
        .query("limit=2")
        .queryParameterFromProviderState("pageToken", "${pageToken}", "cGFnZS0y")
        .willRespondWith().status(200)
        .body(newJsonBody(b -> b
            .eachLike("results", 1, agent("away"))
            .stringValue("nextPageToken", "")
            .integerType("total", 3)).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listAgentsTwoPages")
  void listAgentsFollowsNextPageTokenToTheLastPage(MockServer server) {
    AgentsApi api = agents(server);

    AgentList first = api.listAgents("w1", new ListAgentsQueryParams().limit(2));
    AgentList second = api.listAgents("w1", new ListAgentsQueryParams().limit(2).pageToken(first.getNextPageToken()));

    assertThat(first.getResults()).hasSize(2);
    assertAnn(first.getResults().get(0));
    assertThat(first.getResults().get(0).getStatus()).isEqualTo(AgentStatus.ACTIVE);
    assertThat(first.getNextPageToken()).isEqualTo("cGFnZS0y");
    assertThat(first.getTotal()).isEqualTo(3);
    assertThat(second.getResults()).hasSize(1);
    assertThat(second.getResults().get(0).getStatus()).isEqualTo(AgentStatus.AWAY);
    assertThat(second.getNextPageToken()).isEmpty();
  }

  // ---- create agent ----

  @Pact(consumer = CONSUMER)
  V4Pact createAgent(PactDslWithProvider p) {
    return withJson(request(p, "workspace w1 exists, team " + TEAM + " is in it, no agent is named Ann Agent",
            "create agent Ann Agent in workspace w1", "POST", AGENTS),
        newJsonBody(b -> b
            .stringType("name", "Ann Agent")
            .stringValue("type", "user")
            .stringType("bio", "Support lead")
            .eachLike("teamIds", PactDslJsonRootValue.uuid(TEAM), 1)).build())
        .willRespondWith().status(201)
        .body(agentBody("active"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createAgent")
  void createAgent(MockServer server) {
    Agent created = agents(server).createAgent("w1",
        new AgentCreate().name("Ann Agent").type(AgentType.USER).bio("Support lead").teamIds(List.of(TEAM)));

    assertAnn(created);
  }

  @Pact(consumer = CONSUMER)
  V4Pact createAgentConflict(PactDslWithProvider p) {
    return withJson(request(p, "workspace w1 exists, an agent named Ann Agent exists in it",
            "create an agent that already exists in workspace w1", "POST", AGENTS),
        newJsonBody(b -> b.stringValue("name", "Ann Agent").stringValue("type", "user")).build())
        .willRespondWith().status(409)
        .body(apiError("AgentAlreadyExists", "Agent already exists"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createAgentConflict")
  void createAnExistingAgentIsAConflict(MockServer server) {
    assertThatThrownBy(() -> agents(server).createAgent("w1", new AgentCreate().name("Ann Agent").type(AgentType.USER)))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.status()).isEqualTo(409);
          assertThat(e.provider()).isEqualTo("bird");
          assertThat(e.operation()).isEqualTo("createAgent");
          assertThat(e.body()).contains("Agent already exists");
        });
  }

  // ---- list all agents (minimal) ----

  @Pact(consumer = CONSUMER)
  V4Pact listAllAgentsMinimal(PactDslWithProvider p) {
    return request(p, "agent a1 exists in workspace w1", "list all agents of workspace w1, minimal fields",
            "GET", "/workspaces/w1/all-agents")
        .willRespondWith().status(200)
        .body(newJsonBody(b -> b.minArrayLike("results", 1, m -> m
            .stringType("id", "a1")
            .stringMatcher("status", "active|away|offline", "active")
            .stringMatcher("activity", "available", "available")
            .stringType("name", "Ann Agent")
            .stringType("avatarUrl", "https://media.example.com/a1.png")
            .datetime("createdAt", ISO_DATE_TIME, WHEN))).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listAllAgentsMinimal")
  void listAllAgentsMinimal(MockServer server) {
    List<AgentMinimal> all = agents(server).listAllAgentsMinimal("w1").getResults();

    assertThat(all).hasSize(1);
    assertThat(all.get(0).getId()).isEqualTo("a1");
    assertThat(all.get(0).getStatus()).isEqualTo(AgentStatus.ACTIVE);
    assertThat(all.get(0).getActivity()).isEqualTo(AgentActivity.AVAILABLE);
    assertThat(all.get(0).getCreatedAt()).isEqualTo(WHEN_ODT);
  }

  @Pact(consumer = CONSUMER)
  V4Pact listAllAgentsRateLimited(PactDslWithProvider p) {
    return request(p, "the access key has used up its rate limit for the next 5 seconds",
            "list all agents of workspace w1 while rate limited", "GET", "/workspaces/w1/all-agents")
        .willRespondWith().status(429)
        .matchHeader("Retry-After", "\\d+", "5")
        .body(apiError("TooManyRequests", "Rate limit exceeded"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listAllAgentsRateLimited")
  void aRateLimitIsARateLimitedErrorWithRetryAfter(MockServer server) {
    assertThatThrownBy(() -> agents(server).listAllAgentsMinimal("w1"))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> {
          assertThat(e.status()).isEqualTo(429);
          assertThat(e.retryAfter()).contains(Duration.ofSeconds(5));
        });
  }

  // ---- get agent ----

  @Pact(consumer = CONSUMER)
  V4Pact getAgent(PactDslWithProvider p) {
    return request(p, "agent a1 exists in workspace w1", "get agent a1 of workspace w1", "GET", A1)
        .headers("Accept", "application/json")
        .willRespondWith().status(200)
        .body(agentBody("active"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getAgent")
  void getAgent(MockServer server) {
    assertAnn(agents(server).getAgent("w1", "a1"));
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMissingAgent(PactDslWithProvider p) {
    return request(p, "no agent missing in workspace w1", "get agent missing of workspace w1, which does not exist",
            "GET", AGENTS + "/missing")
        .willRespondWith().status(404)
        .body(apiError("AgentNotFound", "Agent or workspace not found"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getMissingAgent")
  void getAMissingAgentIsNotFound(MockServer server) {
    assertThatThrownBy(() -> agents(server).getAgent("w1", "missing"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.operation()).isEqualTo("getAgent");
        });
  }

  // ---- presigned uploads ----

  private static DslPart presignedUpload() {
    return newJsonBody(b -> b
        .stringType("mediaUrl", "https://media.example.com/a1/avatar.png")
        .uuid("fileId", FILE)
        .stringType("url", "https://upload.example.com/")
        .object("formData", f -> f
            .stringType("policy", "eyAiZXhwaXJhdGlvbiI6ICIyMDE1LTEyLTMwVDEyOjAwOjAwLjAwMFoiIH0=")
            .stringType("x-amz-algorithm", "AWS4-HMAC-SHA256"))
        .eachLike("expectedFields", PactDslJsonRootValue.stringType("file"), 1)).build();
  }

  private static void assertPresigned(PresignedUpload u) {
    assertThat(u.getFileId()).isEqualTo(FILE);
    assertThat(u.getUrl()).isEqualTo("https://upload.example.com/");
    assertThat(u.getFormData()).containsEntry("x-amz-algorithm", "AWS4-HMAC-SHA256");
    assertThat(u.getExpectedFields()).containsExactly("file");
  }

  @Pact(consumer = CONSUMER)
  V4Pact avatarPresignedUpload(PactDslWithProvider p) {
    return request(p, "agent a1 exists in workspace w1", "get a pre-signed avatar upload for agent a1",
            "GET", A1 + "/presigned-upload")
        .willRespondWith().status(200).body(presignedUpload())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "avatarPresignedUpload")
  void avatarPresignedUpload(MockServer server) {
    assertPresigned(agents(server).getAvatarPresignedUpload("w1", "a1"));
  }

  @Pact(consumer = CONSUMER)
  V4Pact audioPresignedUpload(PactDslWithProvider p) {
    return request(p, "agent a1 exists in workspace w1", "get a pre-signed audio upload for agent a1",
            "POST", A1 + "/presigned-upload/audio")
        .willRespondWith().status(200).body(presignedUpload())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "audioPresignedUpload")
  void audioPresignedUpload(MockServer server) {
    assertPresigned(agents(server).getAudioPresignedUpload("w1", "a1"));
  }

  // ---- media download: a redirect the SDK hands back instead of following ----

  @Pact(consumer = CONSUMER)
  V4Pact mediaDownload(PactDslWithProvider p) {
    return request(p, "agent a1 of workspace w1 has media file " + FILE,
            "download media file of agent a1, answered by a redirect", "GET", A1 + "/media/" + FILE + "/download")
        .willRespondWith().status(302)
        .matchHeader("Location", "https://\\S+", "https://media.example.com/files/" + FILE)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "mediaDownload")
  void mediaDownloadReturnsTheLocation(MockServer server) {
    assertThat(client(server).mediaDownloadLocation("w1", "a1", FILE))
        .contains(URI.create("https://media.example.com/files/" + FILE));
  }

  @Pact(consumer = CONSUMER)
  V4Pact mediaDownloadBadRequest(PactDslWithProvider p) {
    return request(p, "agent a1 of workspace w1 has media file " + FILE + " still being processed",
            "download a media file that cannot be downloaded yet", "GET", A1 + "/media/" + FILE + "/download")
        .willRespondWith().status(400)
        .body(apiError("BadRequest", "Media file is not ready"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "mediaDownloadBadRequest")
  void aBadMediaRequestIsAValidationError(MockServer server) {
    assertThatThrownBy(() -> client(server).mediaDownloadLocation("w1", "a1", FILE))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.operation()).isEqualTo("downloadAgentMedia");
        });
  }

  // ---- update, delete ----

  @Pact(consumer = CONSUMER)
  V4Pact updateAgent(PactDslWithProvider p) {
    return withJson(request(p, "agent a1 exists in workspace w1", "rename agent a1 and set it away", "PATCH", A1),
        newJsonBody(b -> b.stringType("name", "Ann Renamed").stringValue("status", "away")).build())
        .willRespondWith().status(200)
        .body(agentBody("away"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateAgent")
  void updateAgent(MockServer server) {
    Agent updated = agents(server).updateAgent("w1", "a1", new AgentUpdate().name("Ann Renamed").status(AgentStatus.AWAY));

    assertThat(updated.getId()).isEqualTo("a1");
    assertThat(updated.getStatus()).isEqualTo(AgentStatus.AWAY);
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateAgentInvalid(PactDslWithProvider p) {
    return withJson(request(p, "agent a1 exists in workspace w1", "update agent a1 with a negative wrap-up time",
            "PATCH", A1),
        newJsonBody(b -> b.integerType("wrapUpTime", -5)).build())
        .willRespondWith().status(422)
        .body(newJsonBody(b -> b
            .stringType("code", "InvalidAgent")
            .stringType("message", "Invalid agent")
            .object("details", d -> d.stringType("wrapUpTime", "must not be negative"))).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateAgentInvalid")
  void anInvalidUpdateIsAValidationError(MockServer server) {
    assertThatThrownBy(() -> agents(server).updateAgent("w1", "a1", new AgentUpdate().wrapUpTime(-5)))
        .isInstanceOfSatisfying(ValidationException.class, e -> {
          assertThat(e.status()).isEqualTo(422);
          assertThat(e.operation()).isEqualTo("updateAgent");
          assertThat(e.body()).contains("must not be negative");
        });
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteAgent(PactDslWithProvider p) {
    return request(p, "agent a1 exists in workspace w1", "delete agent a1", "DELETE", A1)
        .willRespondWith().status(204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteAgent")
  void deleteAgent(MockServer server) {
    assertThat(agents(server).deleteAgentWithHttpInfo("w1", "a1").getStatusCode()).isEqualTo(204);
  }

  // ---- me ----

  @Pact(consumer = CONSUMER)
  V4Pact getMe(PactDslWithProvider p) {
    return request(p, "the access key belongs to agent a1 in workspace w1", "get the calling agent",
            "GET", AGENTS + "/me")
        .willRespondWith().status(200)
        .body(agentBody("active"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getMe")
  void getMe(MockServer server) {
    assertAnn(agents(server).getMe("w1"));
  }

  @Pact(consumer = CONSUMER)
  V4Pact getMeUnauthorized(PactDslWithProvider p) {
    return request(p, "the access key is revoked", "get the calling agent with a revoked access key",
            "GET", AGENTS + "/me")
        .willRespondWith().status(401)
        .body(apiError("Unauthorized", "Invalid or missing credentials"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getMeUnauthorized")
  void aRevokedKeyIsAnAuthenticationError(MockServer server) {
    assertThatThrownBy(() -> agents(server).getMe("w1"))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.operation()).isEqualTo("getMe");
          assertThat(e.getMessage()).doesNotContain(KEY);
        });
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateMe(PactDslWithProvider p) {
    return withJson(request(p, "the access key belongs to agent a1 in workspace w1",
            "change the calling agent's time zone and wrap-up time", "PATCH", AGENTS + "/me"),
        newJsonBody(b -> b.stringType("timezone", "Europe/Amsterdam").integerType("wrapUpTime", 30)).build())
        .willRespondWith().status(200)
        .body(agentBody("active"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateMe")
  void updateMe(MockServer server) {
    Agent me = agents(server).updateMe("w1", new AgentUpdate().timezone("Europe/Amsterdam").wrapUpTime(30));

    assertThat(me.getTimezone()).isEqualTo("Europe/Amsterdam");
    assertThat(me.getWrapUpTime()).isEqualTo(30);
  }

  // ---- availability, workload ----

  private static DslPart availability(String status) {
    return newJsonBody(b -> b
        .stringMatcher("status", "active|away|offline", status)
        .stringMatcher("activity", "available", "available")
        .integerType("activityTtl", 3600)
        .stringType("activityText", "Lunch")
        .stringType("lastStatusSet", "2025-08-12T17:36:06Z")
        .stringType("lastActivitySet", "2025-08-12T17:36:06Z")
        .datetime("updatedAt", ISO_DATE_TIME, WHEN)).build();
  }

  @Pact(consumer = CONSUMER)
  V4Pact getAvailability(PactDslWithProvider p) {
    return request(p, "agent a1 exists in workspace w1", "get the availability of agent a1",
            "GET", A1 + "/availability")
        .willRespondWith().status(200).body(availability("active"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getAvailability")
  void getAvailability(MockServer server) {
    Availability a = agents(server).getAgentAvailability("w1", "a1");

    assertThat(a.getStatus()).isEqualTo(AgentStatus.ACTIVE);
    assertThat(a.getActivity()).isEqualTo(AgentActivity.AVAILABLE);
    assertThat(a.getActivityTtl()).isEqualTo(3600);
    assertThat(a.getUpdatedAt()).isEqualTo(WHEN_ODT);
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateAvailability(PactDslWithProvider p) {
    return withJson(request(p, "agent a1 exists in workspace w1", "set agent a1 away for an hour",
            "PATCH", A1 + "/availability"),
        newJsonBody(b -> b
            .stringValue("status", "away")
            .integerType("activityTtl", 3600)
            .stringType("activityText", "Lunch")).build())
        .willRespondWith().status(200).body(availability("away"))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateAvailability")
  void updateAvailability(MockServer server) {
    Availability a = agents(server).updateAgentAvailability("w1", "a1",
        new AvailabilityUpdate().status(AgentStatus.AWAY).activityTtl(3600).activityText("Lunch"));

    assertThat(a.getStatus()).isEqualTo(AgentStatus.AWAY);
    assertThat(a.getActivityText()).isEqualTo("Lunch");
  }

  @Pact(consumer = CONSUMER)
  V4Pact getWorkload(PactDslWithProvider p) {
    return request(p, "agent a1 exists in workspace w1 under workload rule r1", "get the workload of agent a1",
            "GET", A1 + "/workload")
        .willRespondWith().status(200)
        .body(newJsonBody(b -> b
            .stringType("id", "wl1")
            .object("workload", w -> w.integerType("messaging", 3).integerType("email", 2))
            .object("rule", r -> r
                .stringType("id", "r1")
                .stringType("workspaceId", "w1")
                .stringType("name", "Default")
                .stringType("description", "Default capacity")
                .booleanType("default", true)
                .object("capacity", c -> c.integerType("messaging", 5).integerType("email", 5))
                .eachLike("assignedAgentIds", PactDslJsonRootValue.uuid(ROLE), 1)
                .stringType("createdAt", "2025-08-12T17:36:06Z")
                .stringType("updatedAt", "2025-08-12T17:36:06Z"))
            .stringType("ruleId", "r1")
            .datetime("updatedAt", ISO_DATE_TIME, WHEN)).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getWorkload")
  void getWorkload(MockServer server) {
    Workload w = agents(server).getAgentWorkload("w1", "a1");

    assertThat(w.getWorkload().getMessaging()).isEqualTo(3);
    assertThat(w.getRule().getDefault()).isTrue();
    assertThat(w.getRule().getCapacity().getEmail()).isEqualTo(5);
    assertThat(w.getRule().getAssignedAgentIds()).containsExactly(ROLE);
    assertThat(w.getUpdatedAt()).isEqualTo(WHEN_ODT);
  }
}
