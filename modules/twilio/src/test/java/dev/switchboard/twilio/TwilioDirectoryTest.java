package dev.switchboard.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.testing.Loopback;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Twilio directory over loopback HTTP: paging by the {@code PageToken} of {@code meta.next_page_url},
 * availability read from a worker's activity, the default activities found by name once, and email
 * and role read from the worker's attributes.
 */
class TwilioDirectoryTest {
  private static final String WS = "WS0123456789abcdef0123456789abcdef";
  private static final String WORKERS = "/v1/Workspaces/" + WS + "/Workers";
  private static final String ACTIVITIES = "/v1/Workspaces/" + WS + "/Activities";
  private static final String SID = "WK0123456789abcdef0123456789abcdef";

  @RegisterExtension static WireMockExtension server = Loopback.wireMock();

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  private static TwilioDirectory directory() {
    return TwilioDirectory.of(TwilioClient.builder().baseUrl(server.baseUrl()).accountSid("AC0123456789abcdef0123456789abcdef")
        .authToken("t").retryPolicy(RetryPolicy.none()).build(), WS);
  }

  private static String worker(String sid, String name, String activity, Boolean available, String attributes) {
    return "{\"sid\":\"" + sid + "\",\"friendly_name\":\"" + name + "\",\"activity_name\":\"" + activity + "\",\"available\":"
        + available + ",\"attributes\":" + (attributes == null ? "null" : "\"" + attributes.replace("\"", "\\\"") + "\"") + "}";
  }

  private static String page(String next, String... workers) {
    return "{\"workers\":[" + String.join(",", workers) + "],\"meta\":{\"key\":\"workers\",\"next_page_url\":"
        + (next == null ? "null" : "\"" + next + "\"") + "}}";
  }

  @Test
  void listsFollowThePageTokenOfNextPageUrlAndReadAvailabilityFromTheActivity() {
    server.stubFor(get(urlPathEqualTo(WORKERS)).withQueryParam("PageToken", absent()).willReturn(okJson(page(
        "https://taskrouter.twilio.com" + WORKERS + "?PageSize=2&Page=1&PageToken=PT%2B2",
        worker("WKa1", "Ann", "Available", true, null), worker("WKa2", "Ben", "Break", false, null)))));
    server.stubFor(get(urlPathEqualTo(WORKERS)).withQueryParam("PageToken", equalTo("PT+2")).willReturn(okJson(page(null,
        worker("WKa3", "Cleo", "Offline", false, null), worker("WKa4", "Dan", "Offline", null, null)))));

    List<Agent> all = directory().list(AgentQuery.ALL.withPageSize(2)).stream().collect(Collectors.toList());

    assertThat(all).extracting(Agent::name).containsExactly("Ann", "Ben", "Cleo", "Dan");
    assertThat(all).extracting(Agent::availability)
        .containsExactly(Availability.ONLINE, Availability.AWAY, Availability.OFFLINE, Availability.UNKNOWN);
    // Only the token goes back, on our own host; Page is "simply for client state" and is not sent.
    server.verify(getRequestedFor(urlPathEqualTo(WORKERS)).withQueryParam("PageToken", equalTo("PT+2"))
        .withQueryParam("PageSize", equalTo("2")).withQueryParam("Page", absent()));
  }

  @Test
  void aNextPageUrlWithoutAPageTokenIsAnUnexpectedResponseNotASilentEnd() {
    server.stubFor(get(urlPathEqualTo(WORKERS)).willReturn(okJson(page("https://taskrouter.twilio.com" + WORKERS + "?Page=1",
        worker("WKa1", "Ann", "Available", true, null)))));

    assertThatThrownBy(() -> directory().list(AgentQuery.ALL).stream().count())
        .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("PageToken");
  }

  @Test
  void theDefaultActivitiesAreFoundByNameOnceThenTheWorkerIsMoved() {
    server.stubFor(get(urlPathEqualTo(ACTIVITIES)).willReturn(okJson("{\"activities\":["
        + "{\"sid\":\"WA01\",\"friendly_name\":\"Available\",\"available\":true},"
        + "{\"sid\":\"WA02\",\"friendly_name\":\"Unavailable\",\"available\":false},"
        + "{\"sid\":\"WA03\",\"friendly_name\":\"Offline\",\"available\":false}],\"meta\":{\"next_page_url\":null}}")));
    server.stubFor(post(urlPathEqualTo(WORKERS + "/" + SID)).willReturn(okJson(worker(SID, "Ann", "Offline", false, "{}"))));
    TwilioDirectory d = directory();

    d.setAvailability(SID, Availability.OFFLINE);
    d.setAvailability(SID, Availability.OFFLINE);
    d.setAvailabilityAsync(SID, Availability.ONLINE).join();

    server.verify(1, getRequestedFor(urlPathEqualTo(ACTIVITIES)));
    server.verify(2, postRequestedFor(urlPathEqualTo(WORKERS + "/" + SID)).withRequestBody(equalTo("ActivitySid=WA03")));
    server.verify(1, postRequestedFor(urlPathEqualTo(WORKERS + "/" + SID)).withRequestBody(equalTo("ActivitySid=WA01")));
    assertThatThrownBy(() -> d.setAvailability(SID, Availability.UNKNOWN)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("availability");
  }

  @Test
  void anActivityNamedButMissingIsRefusedNamingTheSetting() {
    server.stubFor(get(urlPathEqualTo(ACTIVITIES)).willReturn(okJson(
        "{\"activities\":[{\"sid\":\"WA01\",\"friendly_name\":\"Away\",\"available\":true}],\"meta\":{}}")));

    assertThatThrownBy(() -> directory().setAvailability(SID, Availability.AWAY)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("SWITCHBOARD_TWILIO_AWAY_ACTIVITY").hasMessageContaining("Unavailable");
    server.verify(0, postRequestedFor(anyUrl()));
  }

  @Test
  void createSendsTheFlexAttributesAndGetReadsThemBack() {
    String attributes = "{\"email\":\"ann@example.com\",\"roles\":[\"supervisor\"]}";
    server.stubFor(post(urlPathEqualTo(WORKERS)).willReturn(okJson(worker(SID, "Ann", "Offline", false, attributes))
        .withStatus(201)));

    Agent a = directory().create(NewAgent.named("Ann").email("ann@example.com").role("supervisor").build());

    assertThat(a.email()).isEqualTo("ann@example.com");
    assertThat(a.role()).isEqualTo("supervisor");
    assertThat(a.availability()).isEqualTo(Availability.OFFLINE);
    server.verify(postRequestedFor(urlPathEqualTo(WORKERS)).withHeader("Content-Type", containing("x-www-form-urlencoded"))
        .withRequestBody(equalTo("FriendlyName=Ann&Attributes=%7B%22email%22%3A%22ann%40example.com%22%2C%22roles%22%3A%5B%22supervisor%22%5D%7D")));
  }

  @Test
  void attributesThatAreNoJsonObjectReadAsNone() {
    server.stubFor(get(urlPathEqualTo(WORKERS + "/" + SID)).willReturn(okJson(worker(SID, "Ann", "Offline", false, "not json"))));

    Agent a = directory().get(SID);

    assertThat(a.email()).isNull();
    assertThat(a.role()).isNull();
  }
}
