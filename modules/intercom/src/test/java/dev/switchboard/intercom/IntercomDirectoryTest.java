package dev.switchboard.intercom;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.UnsupportedCapabilityException;
import dev.switchboard.facade.spi.Settings;
import dev.switchboard.facade.spi.SettingsException;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.testing.Loopback;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Intercom's admins as agents: the mapping, away mode as availability, and what is refused before sending. */
class IntercomDirectoryTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();

  private static String admin(String id, String name, String email, boolean away, boolean reassign) {
    return "{\"type\":\"admin\",\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"email\":\"" + email
        + "\",\"away_mode_enabled\":" + away + ",\"away_mode_reassign\":" + reassign + ",\"has_inbox_seat\":true,\"team_ids\":[]}";
  }

  private IntercomDirectory directory() {
    return IntercomDirectory.of(IntercomClient.builder().baseUrl(server.baseUrl()).accessToken("t")
        .retryPolicy(RetryPolicy.none()).build());
  }

  @Test
  void listsAdminsWithAwayModeAsAvailability() {
    server.stubFor(get("/admins").willReturn(okJson("{\"type\":\"admin.list\",\"admins\":["
        + admin("11", "Ann", "ann@example.com", false, false) + "," + admin("12", "Bo", "bo@example.com", true, false)
        + ",{\"type\":\"admin\",\"id\":\"13\",\"name\":\"Cy\"}]}")));

    List<Agent> agents = directory().list().stream().toList();

    assertThat(agents).extracting(Agent::id, Agent::name, Agent::email, Agent::role, Agent::availability).containsExactly(
        org.assertj.core.groups.Tuple.tuple("11", "Ann", "ann@example.com", null, Availability.ONLINE),
        org.assertj.core.groups.Tuple.tuple("12", "Bo", "bo@example.com", null, Availability.AWAY),
        org.assertj.core.groups.Tuple.tuple("13", "Cy", null, null, Availability.UNKNOWN));
    assertThat(agents.get(0).raw(dev.switchboard.intercom.model.Admin.class)).isPresent();
  }

  @Test
  void getAndAvailabilityReadOneAdmin() {
    server.stubFor(get("/admins/12").willReturn(okJson(admin("12", "Bo", "bo@example.com", true, false))));

    assertThat(directory().get("12").email()).isEqualTo("bo@example.com");
    assertThat(directory().availability("12")).isEqualTo(Availability.AWAY);
    assertThat(directory().getAsync("12").join().name()).isEqualTo("Bo");
  }

  @Test
  void settingAvailabilityKeepsTheAdminsReassignChoice() {
    server.stubFor(get("/admins/12").willReturn(okJson(admin("12", "Bo", "bo@example.com", false, true))));
    server.stubFor(put("/admins/12/away").willReturn(okJson(admin("12", "Bo", "bo@example.com", true, true))));

    directory().setAvailability("12", Availability.AWAY);
    directory().setAvailabilityAsync("12", Availability.ONLINE).join();

    server.verify(putRequestedFor(urlEqualTo("/admins/12/away"))
        .withRequestBody(equalToJson("{\"away_mode_enabled\":true,\"away_mode_reassign\":true}")));
    server.verify(putRequestedFor(urlEqualTo("/admins/12/away"))
        .withRequestBody(equalToJson("{\"away_mode_enabled\":false,\"away_mode_reassign\":true}")));
  }

  @Test
  void offlineAndUnknownAreRefusedBeforeAnyRequest() {
    for (Availability a : List.of(Availability.OFFLINE, Availability.UNKNOWN)) {
      assertThatThrownBy(() -> directory().setAvailability("12", a)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
        assertThat(e.field()).isEqualTo("availability");
        assertThat(e.getMessage()).contains("online or away");
      });
      assertThatThrownBy(() -> directory().setAvailabilityAsync("12", a).join())
          .isInstanceOf(CompletionException.class).hasCauseInstanceOf(InvalidInputException.class);
    }
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void anIdThatIsNoAdminNumberIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> directory().get("ann@example.com"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("id"));
    assertThatThrownBy(() -> directory().setAvailability("99999999999", Availability.AWAY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("id"));
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void createUpdateAndDeleteAreNotOffered() {
    IntercomDirectory d = directory();

    assertThat(d.capabilities()).containsExactlyInAnyOrder(Capability.LIST, Capability.GET, Capability.GET_AVAILABILITY,
        Capability.SET_AVAILABILITY);
    assertThatThrownBy(() -> d.create(NewAgent.named("Ann").email("ann@example.com").build()))
        .isInstanceOf(UnsupportedCapabilityException.class).hasMessage("intercom cannot create agents (its API has no such operation)");
    assertThatThrownBy(() -> d.update("12", AgentUpdate.builder().name("x").build()))
        .isInstanceOf(UnsupportedCapabilityException.class);
    assertThatThrownBy(() -> d.delete("12")).isInstanceOf(UnsupportedCapabilityException.class);
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void theDescriptionSaysWhatIntercomKeeps() {
    PlatformDescription d = IntercomDirectory.DESCRIPTION;

    assertThat(d.matchKey()).isEqualTo(PlatformDescription.MatchKey.EMAIL);
    assertThat(d.requiredToCreate()).isEmpty();
    assertThat(d.updatable()).isEmpty();
    assertThat(d.roles()).isEmpty();
    assertThat(d.rename()).isEqualTo(PlatformDescription.Rename.UNSUPPORTED);
    assertThat(d.rateLimit().known()).isFalse();
    assertThat(d.rateLimit().source()).contains("descriptions/2.14/api.intercom.io.yaml");
    assertThat(new IntercomPlatformProvider().description()).isSameAs(d);
  }

  @Test
  void theProviderBuildsFromSettingsAndNamesAWrongVersion() {
    server.stubFor(get("/admins").willReturn(okJson("{\"type\":\"admin.list\",\"admins\":[]}")));
    IntercomPlatformProvider p = new IntercomPlatformProvider();

    p.directory(Settings.of(Map.of("SWITCHBOARD_INTERCOM_TOKEN", "t", "SWITCHBOARD_INTERCOM_URL", server.baseUrl(),
        "SWITCHBOARD_INTERCOM_VERSION", "2.13")).forPlatform(IntercomDirectory.PLATFORM)).list().stream().toList();

    server.verify(getRequestedFor(urlEqualTo("/admins")).withHeader("Intercom-Version", equalTo("2.13"))
        .withHeader("Authorization", equalTo("Bearer t")));
    assertThat(p.settings()).extracting(s -> s.name()).containsExactly("TOKEN", "URL", "VERSION", "WIRE_LOG");
    assertThatThrownBy(() -> p.directory(Settings.of(Map.of("SWITCHBOARD_INTERCOM_TOKEN", "s3cret",
        "SWITCHBOARD_INTERCOM_VERSION", "9")).forPlatform(IntercomDirectory.PLATFORM)))
        .isInstanceOf(SettingsException.class).hasMessageStartingWith("SWITCHBOARD_INTERCOM_VERSION: ")
        .hasMessageNotContaining("s3cret");
  }
}
