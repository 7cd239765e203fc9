package dev.switchboard.bird;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.bird.api.AgentsApi;
import dev.switchboard.bird.api.AgentsApi.ListAgentsQueryParams;
import dev.switchboard.bird.model.*;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.error.ConflictException;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.RateLimitedException;
import dev.switchboard.runtime.error.ValidationException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.WireLog;
import dev.switchboard.runtime.testing.LogCapture;
import dev.switchboard.runtime.testing.Loopback;
import dev.switchboard.runtime.testing.ProviderChecks;
import dev.switchboard.runtime.testing.Specs;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BirdClientTest {
  private static final String KEY = "bird-access-key-7f3a";
  private static final String AGENT = ProviderChecks.resource("bird/agent.json");
  private static final String AVAILABILITY =
      "{\"status\":\"active\",\"activity\":\"available\",\"activityTtl\":1,\"activityText\":\"text\","
          + "\"lastStatusSet\":\"text\",\"lastActivitySet\":\"text\",\"updatedAt\":\"2025-08-12T17:36:06.104Z\"}";
  private static final String PRESIGNED =
      "{\"mediaUrl\":\"https://media.example/m\",\"fileId\":\"123e4567-e89b-12d3-a456-426614174000\","
          + "\"url\":\"https://upload.example\",\"formData\":{\"policy\":\"p\",\"x-amz-algorithm\":\"AWS4-HMAC-SHA256\"},"
          + "\"expectedFields\":[\"file\"]}";

  @RegisterExtension static WireMockExtension server = Loopback.wireMock();
  @RegisterExtension LogCapture logs = new LogCapture();

  private BirdClient client() {
    return BirdClient.builder().baseUrl(server.baseUrl()).accessKey(KEY)
        .retryPolicy(RetryPolicy.none()).wireLog(WireLog.FULL).build();
  }

  private AgentsApi agents() {
    return client().agents();
  }

  @Test
  void specParsesStrictly() {
    Specs.assertParsesStrictly("bird");
  }

  @Test
  void listAgentsSendsEveryFilterAndDecodesTheFullAgent() {
    server.stubFor(get(urlPathEqualTo("/workspaces/w1/agents"))
        .willReturn(okJson("{\"results\":[" + AGENT + "],\"nextPageToken\":\"next-1\",\"total\":1}")));
    UUID role = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");

    AgentList page = agents().listAgents("w1", 50, "tok", true, AgentSortField.NAME, "Ann", "ann@example.com",
        List.of(role), OffsetDateTime.parse("2025-01-01T00:00:00Z"), OffsetDateTime.parse("2025-02-01T00:00:00Z"),
        List.of("a1", "a2"));

    server.verify(getRequestedFor(urlEqualTo("/workspaces/w1/agents?limit=50&pageToken=tok&reverse=true&sortBy=name"
        + "&name=Ann&email=ann%40example.com&roleIds=" + role + "&statusChangedSince=2025-01-01T00%3A00Z"
        + "&activityChangedSince=2025-02-01T00%3A00Z&ids=a1&ids=a2"))
        .withHeader("Authorization", equalTo("AccessKey " + KEY))
        .withHeader("Accept", equalTo("application/json")));
    assertThat(page.getNextPageToken()).isEqualTo("next-1");
    assertThat(page.getTotal()).isEqualTo(1);
    Agent a = page.getResults().get(0);
    assertThat(a.getId()).isEqualTo("a1");
    assertThat(a.getStatus()).isEqualTo(AgentStatus.ACTIVE);
    assertThat(a.getType()).isEqualTo(AgentType.USER);
    assertThat(a.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2025-08-12T17:36:06.104Z"));
    assertThat(a.getAvailability().getActivity()).isEqualTo(AgentActivity.AVAILABLE);
    assertThat(a.getWorkload().getRule().getCapacity().getMessaging()).isEqualTo(1);
    assertThat(a.getWorkload().getRule().getAssignedAgentIds()).containsExactly(role);
    assertThat(a.getTeams().get(0).getMemberSince()).isEqualTo(OffsetDateTime.parse("2025-08-12T17:36:06.104Z"));
    assertThat(a.getWeeklySchedule().getSunday().getTo().getMinute()).isEqualTo(1);
    assertThat(a.getHolidays().get(0).getMonth()).isEqualTo(1);
    assertThat(a.getRoles().get(0).getType()).isEqualTo(AgentRole.TypeEnum.ORGANIZATION);
    assertThat(a.getUser().getAdditionalProperties()).containsEntry("ANY_ADDITIONAL_PROPERTY", "anything");
    assertThat(a.getAssignedSkills().get(0).getSelectedValues().get(0).getValue()).isEqualTo("text");
    assertThat(a.getForwardNumber().getMaskCaller()).isTrue();
    assertThat(a.getTranscriptionLocale()).isEqualTo("ar-AE");
    assertThat(a.getDefaultSenderId()).isEqualTo(role);
  }

  @Test
  void listAgentsWithQueryParamsEncodesValuesAndOmitsUnset() {
    server.stubFor(get(urlPathEqualTo("/workspaces/w1/agents")).willReturn(okJson("{\"results\":[],\"nextPageToken\":\"\"}")));

    AgentList page = agents().listAgents("w1", new ListAgentsQueryParams().name("Ann & Bo=1").limit(100));

    server.verify(getRequestedFor(urlEqualTo("/workspaces/w1/agents?name=Ann%20%26%20Bo%3D1&limit=100")));
    assertThat(page.getResults()).isEmpty();
    assertThat(page.getNextPageToken()).isEmpty();
  }

  @Test
  void createAgentSendsExactlyTheGivenFields() {
    server.stubFor(post("/workspaces/w1/agents").willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody(AGENT)));
    TimeOfDay nine = new TimeOfDay().hour(9).minute(0);
    TimeOfDay five = new TimeOfDay().hour(17).minute(30);

    Agent created = agents().createAgent("w1", new AgentCreate().name("Ann").type(AgentType.USER).bio("hi")
        .userId(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"))
        .teamIds(List.of(UUID.fromString("123e4567-e89b-12d3-a456-426614174001")))
        .weeklySchedule(new WeeklySchedule().monday(new DaySchedule().from(nine).to(five)))
        .holidays(List.of(new Holiday().name("New Year").day(1).month(1))));

    server.verify(postRequestedFor(urlEqualTo("/workspaces/w1/agents"))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalToJson("{\"name\":\"Ann\",\"type\":\"user\",\"bio\":\"hi\","
            + "\"userId\":\"123e4567-e89b-12d3-a456-426614174000\",\"teamIds\":[\"123e4567-e89b-12d3-a456-426614174001\"],"
            + "\"weeklySchedule\":{\"monday\":{\"from\":{\"hour\":9,\"minute\":0},\"to\":{\"hour\":17,\"minute\":30}}},"
            + "\"holidays\":[{\"name\":\"New Year\",\"day\":1,\"month\":1}]}")));
    assertThat(created.getId()).isEqualTo("a1");
  }

  @Test
  void listAllAgentsMinimal() {
    server.stubFor(get("/workspaces/w1/all-agents").willReturn(okJson("{\"results\":[{\"id\":\"a1\",\"status\":\"active\","
        + "\"activity\":\"available\",\"name\":\"Ann\",\"avatarUrl\":\"u\",\"createdAt\":\"2025-08-12T17:36:06.104Z\"}]}")));

    AgentMinimal a = agents().listAllAgentsMinimal("w1").getResults().get(0);

    assertThat(a.getName()).isEqualTo("Ann");
    assertThat(a.getActivity()).isEqualTo(AgentActivity.AVAILABLE);
    assertThat(a.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2025-08-12T17:36:06.104Z"));
  }

  @Test
  void getAgentAndGetMe() {
    server.stubFor(get("/workspaces/w1/agents/a1").willReturn(okJson(AGENT)));
    server.stubFor(get("/workspaces/w1/agents/me").willReturn(okJson(AGENT)));

    assertThat(agents().getAgent("w1", "a1").getName()).isEqualTo("Ann Agent");
    assertThat(agents().getMe("w1").getId()).isEqualTo("a1");
    server.verify(getRequestedFor(urlEqualTo("/workspaces/w1/agents/me")));
  }

  @Test
  void updateAgentSendsSetFieldsAndExplicitNullsButNotUnsetOnes() {
    server.stubFor(patch(urlEqualTo("/workspaces/w1/agents/a1")).willReturn(okJson(AGENT)));

    agents().updateAgent("w1", "a1", new AgentUpdate().name("Renamed").bio(null).status(AgentStatus.AWAY));

    server.verify(patchRequestedFor(urlEqualTo("/workspaces/w1/agents/a1"))
        .withRequestBody(equalToJson("{\"name\":\"Renamed\",\"bio\":null,\"status\":\"away\"}")));
  }

  @Test
  void updateMe() {
    server.stubFor(patch(urlEqualTo("/workspaces/w1/agents/me")).willReturn(okJson(AGENT)));

    Agent me = agents().updateMe("w1", new AgentUpdate().timezone("Europe/Amsterdam").wrapUpTime(30));

    server.verify(patchRequestedFor(urlEqualTo("/workspaces/w1/agents/me"))
        .withRequestBody(equalToJson("{\"timezone\":\"Europe/Amsterdam\",\"wrapUpTime\":30}")));
    assertThat(me.getId()).isEqualTo("a1");
  }

  @Test
  void deleteAgent() {
    server.stubFor(delete("/workspaces/w1/agents/a1").willReturn(noContent()));

    agents().deleteAgent("w1", "a1");

    server.verify(deleteRequestedFor(urlEqualTo("/workspaces/w1/agents/a1")).withHeader("Authorization", equalTo("AccessKey " + KEY)));
  }

  @Test
  void availabilityGetAndUpdate() {
    server.stubFor(get("/workspaces/w1/agents/a1/availability").willReturn(okJson(AVAILABILITY)));
    server.stubFor(patch(urlEqualTo("/workspaces/w1/agents/a1/availability")).willReturn(okJson(AVAILABILITY)));

    Availability got = agents().getAgentAvailability("w1", "a1");
    Availability updated = agents().updateAgentAvailability("w1", "a1",
        new AvailabilityUpdate().status(AgentStatus.ACTIVE).activity(AgentActivity.AVAILABLE).activityTtl(60).activityText("back"));

    assertThat(got.getUpdatedAt()).isEqualTo(OffsetDateTime.parse("2025-08-12T17:36:06.104Z"));
    assertThat(got.getLastStatusSet()).isEqualTo("text");
    assertThat(updated.getStatus()).isEqualTo(AgentStatus.ACTIVE);
    server.verify(patchRequestedFor(urlEqualTo("/workspaces/w1/agents/a1/availability")).withRequestBody(
        equalToJson("{\"status\":\"active\",\"activity\":\"available\",\"activityTtl\":60,\"activityText\":\"back\"}")));
  }

  @Test
  void workload() {
    server.stubFor(get("/workspaces/w1/agents/a1/workload").willReturn(okJson("{\"id\":\"wl\",\"workload\":{\"messaging\":3,\"email\":2},"
        + "\"rule\":{\"id\":\"r\",\"workspaceId\":\"w1\",\"name\":\"n\",\"description\":\"d\",\"default\":true,"
        + "\"capacity\":{\"messaging\":5,\"email\":5},\"assignedAgentIds\":[],\"createdAt\":\"text\",\"updatedAt\":\"text\"},"
        + "\"ruleId\":\"r\",\"updatedAt\":\"2025-08-12T17:36:06.104Z\"}")));

    Workload w = agents().getAgentWorkload("w1", "a1");

    assertThat(w.getWorkload().getMessaging()).isEqualTo(3);
    assertThat(w.getRule().getDefault()).isTrue();
  }

  @Test
  void presignedUploads() {
    server.stubFor(get("/workspaces/w1/agents/a1/presigned-upload").willReturn(okJson(PRESIGNED)));
    server.stubFor(post("/workspaces/w1/agents/a1/presigned-upload/audio").willReturn(okJson(PRESIGNED)));

    PresignedUpload avatar = agents().getAvatarPresignedUpload("w1", "a1");
    PresignedUpload audio = agents().getAudioPresignedUpload("w1", "a1");

    assertThat(avatar.getFormData()).containsEntry("x-amz-algorithm", "AWS4-HMAC-SHA256");
    assertThat(audio.getFileId()).isEqualTo(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
    server.verify(postRequestedFor(urlEqualTo("/workspaces/w1/agents/a1/presigned-upload/audio")));
  }

  @Test
  void mediaDownloadReturnsTheRedirectLocationWithoutFollowingIt() {
    UUID file = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    server.stubFor(get("/workspaces/w1/agents/a1/media/" + file + "/download")
        .willReturn(aResponse().withStatus(302).withHeader("Location", server.baseUrl() + "/files/x")));

    Optional<URI> location = client().mediaDownloadLocation("w1", "a1", file);

    assertThat(location).contains(URI.create(server.baseUrl() + "/files/x"));
    server.verify(0, getRequestedFor(urlEqualTo("/files/x")));
  }

  @Test
  void documentedErrorsBecomeTypedExceptions() {
    String err = "{\"code\":\"x\",\"message\":\"m\",\"details\":{}}";
    server.stubFor(get("/workspaces/w1/agents/missing").willReturn(aResponse().withStatus(404).withBody(err)));
    server.stubFor(post("/workspaces/w1/agents").willReturn(aResponse().withStatus(409).withBody(err)));
    server.stubFor(patch(urlEqualTo("/workspaces/w1/agents/a1")).willReturn(aResponse().withStatus(422).withBody(err)));
    server.stubFor(get("/workspaces/w1/agents/me").willReturn(aResponse().withStatus(401).withBody(err)));
    server.stubFor(get("/workspaces/w1/all-agents").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "5")));
    server.stubFor(get(urlEqualTo("/workspaces/w1/agents/a1/media/123e4567-e89b-12d3-a456-426614174000/download"))
        .willReturn(aResponse().withStatus(400).withBody(err)));

    assertThatThrownBy(() -> agents().getAgent("w1", "missing")).isInstanceOfSatisfying(NotFoundException.class, e -> {
      assertThat(e.provider()).isEqualTo("bird");
      assertThat(e.operation()).isEqualTo("getAgent");
      assertThat(e.status()).isEqualTo(404);
      assertThat(e.body()).isEqualTo(err);
    });
    assertThatThrownBy(() -> agents().createAgent("w1", new AgentCreate().name("A").type(AgentType.USER)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> agents().updateAgent("w1", "a1", new AgentUpdate().name("")))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> agents().getMe("w1")).isInstanceOf(AuthenticationException.class);
    assertThatThrownBy(() -> agents().listAllAgentsMinimal("w1")).isInstanceOfSatisfying(RateLimitedException.class,
        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(5)));
    assertThatThrownBy(() -> client().mediaDownloadLocation("w1", "a1", UUID.fromString("123e4567-e89b-12d3-a456-426614174000")))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.operation()).isEqualTo("downloadAgentMedia"));
  }

  @Test
  void pathParametersAreOneSegment() {
    ProviderChecks.assertPathParameterIsOneSegment(server, "/workspaces/w1/agents/", "", "agentId",
        id -> agents().deleteAgent("w1", id));
    ProviderChecks.assertPathParameterIsOneSegment(server, "/workspaces/", "/agents/me", "workspaceId",
        ws -> agents().getMe(ws));
  }

  @Test
  void unknownEnumValuesDecode() {
    server.stubFor(get("/workspaces/w1/agents/a1").willReturn(okJson(
        "{\"id\":\"a1\",\"status\":\"on_holiday\",\"type\":\"robot\",\"availability\":{\"activity\":\"dreaming\"},\"newField\":1}")));

    Agent a = agents().getAgent("w1", "a1");

    assertThat(a.getStatus()).isEqualTo(AgentStatus.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(a.getType()).isEqualTo(AgentType.UNKNOWN_DEFAULT_OPEN_API);
    assertThat(a.getAvailability().getActivity()).isEqualTo(AgentActivity.UNKNOWN_DEFAULT_OPEN_API);
  }

  @Test
  void theAccessKeyAppearsNowhere() {
    server.stubFor(get("/workspaces/w1/agents/me").willReturn(aResponse().withStatus(401)
        .withBody("{\"code\":\"unauthorized\",\"message\":\"invalid key " + KEY + "\"}")));
    BirdClient client = client();

    ApiException thrown = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class, () -> client.agents().getMe("w1"));

    ProviderChecks.assertSecretNowhere(KEY, logs, thrown, client, client.agents(), thrown.body());
  }

  @Test
  void missingRequiredInputIsRejectedBeforeSendingNamingTheField() {
    assertThatThrownBy(() -> agents().createAgent("w1", new AgentCreate().type(AgentType.USER)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("agentCreate.name");
          assertThat(e.operation()).isEqualTo("createAgent");
        });
    assertThatThrownBy(() -> agents().createAgent("w1", null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("agentCreate"));
    assertThatThrownBy(() -> agents().deleteAgent("w1", null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("agentId"));
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void builderRequiresACredential() {
    assertThatThrownBy(() -> BirdClient.builder().build()).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("accessKey");
    assertThatThrownBy(() -> BirdClient.builder().accessKey(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("accessKey");
  }
}
