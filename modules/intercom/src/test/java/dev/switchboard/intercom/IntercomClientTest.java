package dev.switchboard.intercom;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.intercom.api.AdminsApi;
import dev.switchboard.intercom.model.Admin;
import dev.switchboard.intercom.model.AdminList;
import dev.switchboard.intercom.model.IntercomVersion;
import dev.switchboard.intercom.model.SetAwayAdminRequest;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.ValidationException;
import dev.switchboard.runtime.http.RequestOptions;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.WireLog;
import dev.switchboard.runtime.testing.LogCapture;
import dev.switchboard.runtime.testing.Loopback;
import dev.switchboard.runtime.testing.ProviderChecks;
import dev.switchboard.runtime.testing.Specs;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Intercom's generated client over WireMock: paths, the bearer token, Intercom-Version, bodies and errors. */
class IntercomClientTest {
  private static final String TOKEN = "ic-token-7d21";
  private static final String ADMIN = "{\"type\":\"admin\",\"id\":\"991267460\",\"name\":\"Ciaran2 Lee\","
      + "\"email\":\"admin2@email.com\",\"away_mode_enabled\":true,\"away_mode_reassign\":true,"
      + "\"has_inbox_seat\":true,\"away_status_reason_id\":12345,\"team_ids\":[]}";

  @RegisterExtension static WireMockExtension server = Loopback.wireMock();
  @RegisterExtension LogCapture logs = new LogCapture();

  private IntercomClient client() {
    return IntercomClient.builder().baseUrl(server.baseUrl()).accessToken(TOKEN)
        .retryPolicy(RetryPolicy.none()).wireLog(WireLog.FULL).build();
  }

  private AdminsApi admins() {
    return client().admins();
  }

  /**
   * As strict as {@code Specs.assertParsesStrictly}, at the OpenAPI version Intercom's own document
   * declares (3.0.1): the spec is cut from it unchanged.
   */
  @Test
  void specParsesStrictly() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setValidateExternalRefs(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation(Specs.openApi("intercom").toUri().toString(), null, options);
    assertThat(result.getMessages()).as("swagger-parser messages for intercom").isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.1");
  }

  @Test
  void listAdminsSendsTheTokenAndTheVersion() {
    server.stubFor(get("/admins").willReturn(okJson("{\"type\":\"admin.list\",\"admins\":[" + ADMIN + "]}")));

    AdminList list = admins().listAdmins(null, new AdminsApi.ListAdminsQueryParams());

    server.verify(getRequestedFor(urlEqualTo("/admins")).withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withHeader("Intercom-Version", equalTo("2.14")).withHeader("Accept", equalTo("application/json")));
    Admin a = list.getAdmins().get(0);
    assertThat(a.getId()).isEqualTo("991267460");
    assertThat(a.getEmail()).isEqualTo("admin2@email.com");
    assertThat(a.getAwayModeEnabled()).isTrue();
    assertThat(a.getAwayStatusReasonId()).isEqualTo(12345);
  }

  @Test
  void retrieveAdminByItsNumber() {
    server.stubFor(get("/admins/991267460").willReturn(okJson(ADMIN)));

    Admin a = admins().retrieveAdmin(991267460, null);

    assertThat(a.getName()).isEqualTo("Ciaran2 Lee");
    server.verify(getRequestedFor(urlEqualTo("/admins/991267460")).withHeader("Intercom-Version", equalTo("2.14")));
  }

  @Test
  void setAwaySendsBothRequiredFields() {
    server.stubFor(put("/admins/991267460/away").willReturn(okJson(ADMIN)));

    Admin a = admins().setAwayAdmin(991267460, null, new SetAwayAdminRequest().awayModeEnabled(true).awayModeReassign(false));

    server.verify(putRequestedFor(urlEqualTo("/admins/991267460/away"))
        .withHeader("Content-Type", containing("application/json")).withHeader("Intercom-Version", equalTo("2.14"))
        .withRequestBody(equalToJson("{\"away_mode_enabled\":true,\"away_mode_reassign\":false}")));
    assertThat(a.getAwayModeEnabled()).isTrue();
  }

  @Test
  void theVersionIsTheBuildersUnlessACallNamesItsOwn() {
    server.stubFor(get("/admins").willReturn(okJson("{\"type\":\"admin.list\",\"admins\":[]}")));
    IntercomClient older = IntercomClient.builder().baseUrl(server.baseUrl()).accessToken(TOKEN).version("2.13").build();

    older.admins().listAdmins(null, new AdminsApi.ListAdminsQueryParams());
    older.admins().listAdmins(IntercomVersion._2_11, new AdminsApi.ListAdminsQueryParams());
    older.admins().listAdmins(null, new AdminsApi.ListAdminsQueryParams(),
        RequestOptions.builder().header("Intercom-Version", "2.12").build());

    assertThat(server.getAllServeEvents().stream().map(e -> e.getRequest().getHeader("Intercom-Version")))
        .containsExactlyInAnyOrder("2.13", "2.11", "2.12");
    assertThat(older.version()).isEqualTo("2.13");
    assertThat(client().version()).isEqualTo(IntercomClient.DEFAULT_VERSION);
  }

  @Test
  void aVersionTheSpecDoesNotListIsRefused() {
    assertThatThrownBy(() -> IntercomClient.builder().version("3.0"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2.14").hasMessageContaining("'3.0'");
  }

  @Test
  void documentedErrorsBecomeTypedExceptions() {
    String error = "{\"type\":\"error.list\",\"request_id\":\"c59f7ca5-1639-4284-a66d-50e34ed98ab3\","
        + "\"errors\":[{\"code\":\"%s\",\"message\":\"%s\"}]}";
    server.stubFor(get("/admins").willReturn(aResponse().withStatus(401)
        .withBody(String.format(error, "unauthorized", "Access Token Invalid"))));
    server.stubFor(get("/admins/1").willReturn(aResponse().withStatus(404)
        .withBody(String.format(error, "admin_not_found", "Admin not found"))));
    server.stubFor(put("/admins/2/away").willReturn(aResponse().withStatus(400)
        .withBody(String.format(error, "away_status_reason_mandatory", "Away status reason is mandatory"))));

    assertThatThrownBy(() -> admins().listAdmins(null, new AdminsApi.ListAdminsQueryParams()))
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.provider()).isEqualTo("intercom");
          assertThat(e.operation()).isEqualTo("listAdmins");
        });
    assertThatThrownBy(() -> admins().retrieveAdmin(1, null)).isInstanceOfSatisfying(NotFoundException.class,
        e -> assertThat(e.body()).contains("admin_not_found"));
    assertThatThrownBy(() -> admins().setAwayAdmin(2, null, new SetAwayAdminRequest()))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.body()).contains("away_status_reason_mandatory"));
  }

  @Test
  void theTokenAppearsNowhere() {
    server.stubFor(get("/admins").willReturn(aResponse().withStatus(401)
        .withBody("{\"type\":\"error.list\",\"errors\":[{\"code\":\"unauthorized\",\"message\":\"token " + TOKEN + "\"}]}")));
    IntercomClient client = client();

    ApiException thrown = org.junit.jupiter.api.Assertions.assertThrows(ApiException.class,
        () -> client.admins().listAdmins(null, new AdminsApi.ListAdminsQueryParams()));

    ProviderChecks.assertSecretNowhere(TOKEN, logs, thrown, client, client.admins(), thrown.body());
  }

  @Test
  void theHostsAreTheDocumentsServers() {
    List<String> servers = new OpenAPIV3Parser().read(Specs.openApi("intercom").toString()).getServers().stream()
        .map(s -> s.getUrl()).toList();

    assertThat(servers).containsExactly(IntercomClient.DEFAULT_BASE_URL.toString(), IntercomClient.EU_BASE_URL.toString(),
        IntercomClient.AU_BASE_URL.toString());
  }
}
