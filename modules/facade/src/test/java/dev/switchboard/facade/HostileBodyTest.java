package dev.switchboard.facade;

import static com.github.tomakehurst.wiremock.client.WireMock.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.switchboard.facade.Harness.Variant;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.SwitchboardException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.WireLog;
import dev.switchboard.runtime.testing.Loopback;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Success responses that are not what the spec promises, and null arguments: a typed exception
 * naming the field (never a NullPointerException), and for bad input, nothing sent.
 */
class HostileBodyTest {
  @RegisterExtension static WireMockExtension server = Loopback.wireMock();

  private static final Harness.Settings SETTINGS = new Harness.Settings(RetryPolicy.none(), Duration.ofSeconds(2),
      Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(5), null, WireLog.NONE);

  @BeforeEach
  void reset() {
    server.resetAll();
  }

  private AgentDirectory directory(Variant p) {
    return Harness.directory(p, server.baseUrl(), SETTINGS);
  }

  /** The outcome: the value, or the exception (async unwrapped); a hang fails the test. */
  private static Object outcome(Harness.Op op, AgentDirectory d, Mode mode) {
    try {
      Object r = op.run(d, mode);
      return r instanceof Future<?> ? ((Future<?>) r).get(10, TimeUnit.SECONDS) : r;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Exception e) {
      return e;
    }
  }

  // Defect 3: bad 2xx bodies raised NullPointerException in the directories.

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "CHATWOOT    | list         | [{\"name\":\"A\"}]                              | missing 'id'",
    "CHATWOOT    | list         | [null]                                          | null element $[0]",
    "CHATWOOT    | list         | null                                            | no body",
    "CHATWOOT    | create       | {\"name\":\"A\"}                                | missing 'id'",
    "BIRD        | list         | {\"results\":[{\"name\":\"A\"}]}                | missing 'id'",
    "BIRD        | list         | {\"results\":[null]}                            | null element results[0]",
    "BIRD        | get          | {\"name\":\"A\"}                                | missing 'id'",
    "BIRD        | get          | null                                            | no body",
    "BIRD        | availability | null                                            | no body",
    "CHATCAPTAIN | list         | {\"agents\":[{\"online\":true}]}                | missing 'agentId'",
    "CHATCAPTAIN | list         | {\"agents\":[null]}                             | null element agents[0]",
    "LIVECHAT_V3_1 | list         | {\"bot_agents\":[{\"name\":\"A\"}]}             | missing 'id'",
    "LIVECHAT_V3_1 | list         | {\"bot_agents\":[null]}                         | null element bot_agents[0]",
    "LIVECHAT_V3_1 | get          | {}                                              | missing 'bot_agent'",
    "LIVECHAT_V3_1 | get          | {\"bot_agent\":{\"name\":\"A\"}}                | missing 'bot_agent.id'",
    "LIVECHAT_V3_1 | create       | {}                                              | missing 'bot_agent_id'",
    "LIVECHAT_V3_1 | create       | null                                            | no body",
    "TWILIO      | list         | {\"workers\":[{\"friendly_name\":\"A\"}]}    | missing 'sid'",
    "TWILIO      | list         | {\"workers\":[null]}                           | null element workers[0]",
    "TWILIO      | get          | {\"friendly_name\":\"A\"}                      | missing 'sid'",
    "TWILIO      | get          | null                                            | no body",
    "TWILIO      | create       | {\"friendly_name\":\"A\"}                      | missing 'sid'",
    "INTERCOM    | list         | {\"admins\":[{\"name\":\"A\"}]}              | missing 'id'",
    "INTERCOM    | list         | {\"admins\":[null]}                            | null element admins[0]",
    "INTERCOM    | list         | null                                            | no body",
    "INTERCOM    | get          | {\"name\":\"A\"}                                | missing 'id'",
    "INTERCOM    | get          | null                                            | no body",
    "INTERCOM    | availability | null                                            | no body",
    "INTERCOM    | setAvailability | null                                         | no body",
  })
  void anIncompleteSuccessBodyIsAnUnexpectedResponseNamingTheField(Variant p, String opName, String body, String detail) {
    server.stubFor(any(anyUrl()).willReturn(okJson(body)));
    Harness.Op op = Harness.ops(p).stream().filter(o -> o.name().equals(opName)).findFirst().orElseThrow();

    for (Mode mode : Mode.values()) {
      Object out = outcome(op, directory(p), mode);
      assertThat(out).as(p + " " + opName + " " + mode).isInstanceOfSatisfying(UnexpectedResponseException.class, e -> {
        assertThat(e.provider()).isEqualTo(p.platform().id());
        assertThat(e.getMessage()).contains(detail);
      });
    }
  }

  /** LiveChat v3.4's actions, each answering a complete body unless a test spoils one. */
  private static final Map<String, String> V34_BODIES = Map.of(
      "configuration/action/list_bots", "[{\"id\":\"a7\",\"name\":\"Botty\"}]",
      "configuration/action/get_bot", "{\"id\":\"a7\",\"name\":\"Botty\"}",
      "configuration/action/create_bot", "{\"id\":\"a7\"}",
      "configuration/action/update_bot", "{}",
      "configuration/action/delete_bot", "{}",
      "agent/action/list_routing_statuses", "[{\"agent_id\":\"a7\",\"status\":\"accepting_chats\"}]",
      "agent/action/set_routing_status", "{}");

  // LiveChat v3.4 (the default) reads list_bots, get_bot, create_bot and list_routing_statuses.
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "configuration/action/list_bots           | list         | [{\"name\":\"A\"}]                  | listBots            | missing 'id'",
    "configuration/action/list_bots           | list         | [null]                                  | listBots            | null element $[0]",
    "configuration/action/list_bots           | list         | null                                    | listBots            | no body",
    "agent/action/list_routing_statuses       | list         | [null]                                  | listRoutingStatuses | null element routing_statuses[0]",
    "agent/action/list_routing_statuses       | list         | [{\"status\":\"offline\"}]          | listRoutingStatuses | missing 'agent_id'",
    "agent/action/list_routing_statuses       | list         | null                                    | listRoutingStatuses | no body",
    "configuration/action/get_bot             | get          | {\"name\":\"A\"}                    | getBot              | missing 'id'",
    "configuration/action/get_bot             | get          | null                                    | getBot              | no body",
    "configuration/action/get_bot             | availability | {}                                      | getBot              | missing 'id'",
    "agent/action/list_routing_statuses       | get          | [null]                                  | listRoutingStatuses | null element routing_statuses[0]",
    "agent/action/list_routing_statuses       | availability | null                                    | listRoutingStatuses | no body",
    "configuration/action/get_bot             | update       | {\"name\":\"A\"}                    | getBot              | missing 'id'",
    "configuration/action/create_bot          | create       | {}                                      | createBot           | missing 'id'",
    "configuration/action/create_bot          | create       | null                                    | createBot           | no body",
  })
  void anIncompleteV34SuccessBodyIsAnUnexpectedResponseNamingOperationAndField(String action, String opName, String body,
                                                                               String operation, String detail) {
    Variant p = Variant.LIVECHAT_V3_4;
    V34_BODIES.forEach((a, ok) -> server.stubFor(post(urlEqualTo("/v3.4/" + a)).willReturn(okJson(ok))));
    // The later stub wins for its action.
    server.stubFor(post(urlEqualTo("/v3.4/" + action)).willReturn(okJson(body)));
    Harness.Op op = Harness.ops(p).stream().filter(o -> o.name().equals(opName)).findFirst().orElseThrow();

    for (Mode mode : Mode.values()) {
      Object out = outcome(op, directory(p), mode);
      assertThat(out).as(action + " " + opName + " " + mode).isInstanceOfSatisfying(UnexpectedResponseException.class, e -> {
        assertThat(e.provider()).isEqualTo("livechat");
        assertThat(e.operation()).isEqualTo(operation);
        assertThat(e.getMessage()).contains(detail);
      });
    }
  }

  @ParameterizedTest
  @EnumSource(Variant.class)
  void noBodyShapeEndsInAnUntypedException(Variant p) {
    List<String> untyped = new ArrayList<>();
    for (String body : List.of("null", "", "{}", "[]", "[null]", "{\"id\":null}", "\"text\"", "42", "{\"data\":null}",
        "{\"data\":{}}", "{\"results\":null,\"agents\":null,\"bot_agents\":null}",
        "{\"admins\":null,\"workers\":null}", "{\"admins\":[{}],\"workers\":[{}]}", "{\"bot_agent\":null}",
        "{\"data\":{\"agents\":{\"nodes\":[null],\"pageInfo\":{\"hasNextPage\":false}}}}",
        "{\"data\":{\"agents\":null}}", "{\"data\":{\"createAgent\":null}}", "{\"data\":{\"createAgent\":{\"id\":null}}}")) {
      server.resetAll();
      server.stubFor(any(anyUrl()).willReturn(okJson(body)));
      for (Harness.Op op : Harness.ops(p)) {
        for (Mode mode : Mode.values()) {
          Object out = outcome(op, directory(p), mode);
          if (out instanceof Throwable && !(out instanceof SwitchboardException)) {
            untyped.add(op.name() + " " + mode + " <- " + body + ": " + out);
          }
        }
      }
    }
    assertThat(untyped).isEmpty();
  }

  // Defect 8: null arguments threw NullPointerException, and some list(null) calls sent a request first.

  @ParameterizedTest
  @EnumSource(Variant.class)
  void nullArgumentsAreNamedAndNothingIsSent(Variant p) {
    AgentDirectory d = directory(p);
    for (Mode mode : Mode.values()) {
      Mode.Ops ops = mode.on(d);
      assertThat(thrown(() -> ops.list(null))).as("list(null) " + mode)
          .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("query"));
      if (d.supports(Capability.CREATE)) {
        assertThat(thrown(() -> ops.create(NewAgent.named(null).email("a@example.com").userId(Harness.USER_ID).build())))
            .as("create(named(null)) " + mode)
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
      }
      if (d.supports(Capability.SET_AVAILABILITY)) {
        String id = p == Variant.CHATCAPTAIN ? "me" : "7";
        assertThat(thrown(() -> ops.setAvailability(id, null))).as("setAvailability(id, null) " + mode)
            .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("availability"));
      }
    }
    assertThat(server.getAllServeEvents()).as("requests sent").isEmpty();
  }

  @Test
  void newAgentNamedNullIsNotANullPointerException() {
    assertThat(NewAgent.named(null).build().name()).isNull();
  }

  private static Throwable thrown(Runnable call) {
    try {
      call.run();
      return null;
    } catch (Throwable t) {
      return t;
    }
  }
}
