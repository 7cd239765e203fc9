package dev.switchboard.facade;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.bird.BirdClient;
import dev.switchboard.bird.BirdDirectory;
import dev.switchboard.runtime.error.ConflictException;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.testing.Loopback;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BirdDirectoryTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();

  private static final String AGENTS = "/workspaces/w1/agents";

  static String agent(String id, String name, String status) {
    return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"status\":\"" + status + "\",\"type\":\"user\","
        + "\"userEmails\":[\"" + id + "@example.com\"]}";
  }

  private BirdDirectory directory() {
    return BirdDirectory.of(BirdClient.builder().baseUrl(server.baseUrl()).accessKey("bird-facade-key")
        .retryPolicy(RetryPolicy.none()).build(), "w1");
  }

  private Mode.Ops ops(Mode mode) {
    return mode.on(directory());
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listFollowsPageTokensAcrossThreePages(Mode mode) {
    server.stubFor(get(urlPathEqualTo(AGENTS)).withQueryParam("pageToken", absent()).willReturn(okJson(
        "{\"results\":[" + agent("a1", "Ann", "active") + "," + agent("a2", "Bo", "away") + "],\"nextPageToken\":\"t2\"}")));
    server.stubFor(get(urlPathEqualTo(AGENTS)).withQueryParam("pageToken", equalTo("t2")).willReturn(okJson(
        "{\"results\":[" + agent("a3", "Cy", "offline") + "],\"nextPageToken\":\"t3\"}")));
    server.stubFor(get(urlPathEqualTo(AGENTS)).withQueryParam("pageToken", equalTo("t3")).willReturn(okJson(
        "{\"results\":[" + agent("a4", "Di", "on_leave") + "],\"nextPageToken\":\"\"}")));

    assertThat(ops(mode).list(AgentQuery.ALL.withPageSize(2)))
        .extracting(Agent::id, Agent::availability, Agent::email)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a1", Availability.ONLINE, "a1@example.com"),
            org.assertj.core.groups.Tuple.tuple("a2", Availability.AWAY, "a2@example.com"),
            org.assertj.core.groups.Tuple.tuple("a3", Availability.OFFLINE, "a3@example.com"),
            org.assertj.core.groups.Tuple.tuple("a4", Availability.UNKNOWN, "a4@example.com"));
    server.verify(3, getRequestedFor(urlPathEqualTo(AGENTS)).withQueryParam("limit", equalTo("2")));
  }

  @Test
  void syncListingIsLazy() {
    server.stubFor(get(urlPathEqualTo(AGENTS)).withQueryParam("pageToken", absent()).willReturn(okJson(
        "{\"results\":[" + agent("a1", "Ann", "active") + "],\"nextPageToken\":\"t2\"}")));

    Agent first = directory().list().iterator().next();

    assertThat(first.id()).isEqualTo("a1");
    server.verify(1, getRequestedFor(urlPathEqualTo(AGENTS)));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void emailFilterGoesToTheServer(Mode mode) {
    server.stubFor(get(urlPathEqualTo(AGENTS)).willReturn(okJson("{\"results\":[" + agent("a1", "Ann", "active") + "],\"nextPageToken\":\"\"}")));

    assertThat(ops(mode).list(AgentQuery.byEmail("a1@example.com"))).hasSize(1);

    server.verify(getRequestedFor(urlEqualTo(AGENTS + "?email=a1%40example.com")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void getCreateUpdateDelete(Mode mode) {
    server.stubFor(get(AGENTS + "/a1").willReturn(okJson(agent("a1", "Ann", "active"))));
    server.stubFor(post(AGENTS).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
        .withBody(agent("a9", "Nia", "offline"))));
    server.stubFor(patch(urlEqualTo(AGENTS + "/a1")).willReturn(okJson(agent("a1", "Annie", "away"))));
    server.stubFor(delete(AGENTS + "/a1").willReturn(noContent()));

    assertThat(ops(mode).get("a1").name()).isEqualTo("Ann");
    assertThat(ops(mode).create(NewAgent.named("Nia").userId("123e4567-e89b-12d3-a456-426614174000").build()).id()).isEqualTo("a9");
    Agent updated = ops(mode).update("a1", AgentUpdate.builder().name("Annie").clearAvatarUrl().availability(Availability.AWAY).build());
    ops(mode).delete("a1");

    assertThat(updated.name()).isEqualTo("Annie");
    server.verify(postRequestedFor(urlEqualTo(AGENTS)).withRequestBody(equalToJson(
        "{\"name\":\"Nia\",\"type\":\"user\",\"userId\":\"123e4567-e89b-12d3-a456-426614174000\"}")));
    server.verify(patchRequestedFor(urlEqualTo(AGENTS + "/a1")).withRequestBody(equalToJson(
        "{\"name\":\"Annie\",\"avatarUrl\":null,\"status\":\"away\"}")));
    server.verify(deleteRequestedFor(urlEqualTo(AGENTS + "/a1")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void availabilityUsesTheAvailabilityEndpoint(Mode mode) {
    String body = "{\"status\":\"away\",\"activity\":\"available\"}";
    server.stubFor(get(AGENTS + "/a1/availability").willReturn(okJson(body)));
    server.stubFor(patch(urlEqualTo(AGENTS + "/a1/availability")).willReturn(okJson(body)));

    assertThat(ops(mode).availability("a1")).isEqualTo(Availability.AWAY);
    ops(mode).setAvailability("a1", Availability.ONLINE);

    server.verify(patchRequestedFor(urlEqualTo(AGENTS + "/a1/availability")).withRequestBody(equalToJson("{\"status\":\"active\"}")));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void errorsAndBadInput(Mode mode) {
    server.stubFor(get(AGENTS + "/nope").willReturn(aResponse().withStatus(404).withBody("{\"code\":\"NotFound\"}")));
    server.stubFor(post(AGENTS).willReturn(aResponse().withStatus(409).withBody("{\"code\":\"AgentExists\"}")));

    assertThatThrownBy(() -> ops(mode).get("nope")).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> ops(mode).create(NewAgent.named("Ann").build())).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> ops(mode).create(NewAgent.named("Ann").userId("not-a-uuid").build()))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("userId"));
    assertThatThrownBy(() -> ops(mode).get("..")).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field()).isEqualTo("agentId"));
    assertThatThrownBy(() -> ops(mode).update("a1", AgentUpdate.builder().email("x@example.com").build()))
        .isInstanceOf(UnsupportedCapabilityException.class)
        .hasMessage("bird cannot change an agent's email (it can change only name, avatarUrl and availability)");
    assertThatThrownBy(() -> ops(mode).setAvailability("a1", Availability.UNKNOWN))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("availability"));
    server.verify(1, postRequestedFor(urlEqualTo(AGENTS)));
    server.verify(0, patchRequestedFor(anyUrl()));
  }
}
