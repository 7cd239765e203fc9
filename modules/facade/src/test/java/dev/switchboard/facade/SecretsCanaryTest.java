package dev.switchboard.facade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.facade.Harness.Variant;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.SwitchboardException;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.WireLog;
import dev.switchboard.runtime.testing.FaultServer;
import dev.switchboard.runtime.testing.LogCapture;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The secrets canary: each platform's credential is an easy-to-grep value, the wire log is at its
 * most verbose, and the server makes every kind of failure happen while echoing the credential
 * back (in error bodies, in JSON fields, in GraphQL messages, extensions and paths, in 2xx bodies
 * that parse and in ones that do not), for every platform, LiveChat at both API versions. The
 * credential must appear in no log line, exception message, {@code toString()}, cause, stack
 * trace, error context or GraphQL error, nor in any observation's keys, events or error.
 */
class SecretsCanaryTest {
  private static FaultServer server;

  @RegisterExtension LogCapture logs = new LogCapture();

  @BeforeAll
  static void start() {
    server = new FaultServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** Every answer that makes a different kind of outcome, each echoing the secret. */
  private static Map<String, FaultServer.Responder> answers(String secret) {
    String json = "{\"message\":\"key " + secret + " is not valid\",\"api_key\":\"" + secret + "\",\"echo\":\"" + secret + "\"}";
    Map<String, FaultServer.Responder> a = new LinkedHashMap<>();
    for (int status : new int[] {400, 401, 403, 404, 409, 422, 429, 500, 502, 503}) {
      a.put(String.valueOf(status), FaultServer.status(status, Map.of("Retry-After", "0", "X-Request-Id", "req-" + secret), json));
    }
    a.put("plain-text 500", FaultServer.status(500, Map.of(), "upstream said: Bearer " + secret));
    a.put("2xx not JSON", FaultServer.status(200, Map.of(), "{\"id\": " + secret + "}"));
    a.put("2xx JSON echoing", FaultServer.status(200, Map.of(), "{\"id\":\"7\",\"name\":\"" + secret + "\",\"agentId\":\"7\","
        + "\"bot_agent_id\":\"7\",\"bot_agent\":{\"id\":\"7\",\"name\":\"" + secret + "\"},\"results\":[{\"id\":\"7\",\"name\":\""
        + secret + "\"}],\"agents\":[{\"agentId\":\"7\"}],\"bot_agents\":[{\"id\":\"7\"}]}"));
    // LiveChat v3.4's list actions answer arrays: there, the echoing bodies parse only as arrays.
    String object = "{\"id\":\"7\",\"agent_id\":\"7\",\"status\":\"accepting_chats\",\"name\":\"" + secret + "\"}";
    byte[] array = ("[" + object + "]").getBytes(StandardCharsets.UTF_8);
    byte[] single = object.getBytes(StandardCharsets.UTF_8);
    a.put("2xx JSON echoing, arrays where v3.4 lists", (req, s, out) -> FaultServer.write(out, 200, Map.of(),
        req.path().endsWith("/list_bots") || req.path().endsWith("/list_routing_statuses") ? array : single));
    a.put("2xx truncated", FaultServer.truncated("{\"id\":\"" + secret));
    a.put("GraphQL errors echoing", FaultServer.status(200, Map.of(), "{\"errors\":[{\"message\":\"bad key " + secret + "\","
        + "\"path\":[\"agents\",\"" + secret + "\"],\"extensions\":{\"code\":\"UNAUTHENTICATED\",\"presented\":\"" + secret
        + "\",\"authorization\":\"" + secret + "\",\"nested\":{\"list\":[\"" + secret + "\",null]}}}],\"data\":null}"));
    a.put("reset", FaultServer.reset());
    return a;
  }

  @ParameterizedTest
  @EnumSource(Variant.class)
  void theSecretAppearsNowhere(Variant p) throws Exception {
    // Every secret the credential carries is echoed together (for Twilio: token, account SID and
    // the Basic base64 form), and each one is looked for on its own.
    List<String> secrets = Harness.secrets(p);
    String secret = String.join(" ", secrets);
    Harness.Settings settings = new Harness.Settings(RetryPolicy.builder().maxAttempts(2).baseDelay(Duration.ofMillis(1))
        .maxDelay(Duration.ofMillis(2)).build(), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
        Duration.ofSeconds(5), null, WireLog.FULL);
    List<String> leaks = new ArrayList<>();
    Set<String> kinds = new TreeSet<>();
    List<String> observed = new java.util.concurrent.CopyOnWriteArrayList<>();
    ObservationRegistry registry = ObservationRegistry.create();
    registry.observationConfig().observationHandler(new ObservationHandler<>() {
      @Override
      public void onEvent(Observation.Event event, Observation.Context context) {
        observed.add("event " + event.getName() + ": " + event.getContextualName());
      }

      @Override
      public void onStop(Observation.Context context) {
        observed.add("stop " + context.getContextualName() + " " + context.getAllKeyValues() + " "
            + (context.getError() != null ? texts(context.getError()) : ""));
      }

      @Override
      public boolean supportsContext(Observation.Context context) {
        return true;
      }
    });
    Harness.OBSERVED.set(registry);
    int n = 0;
    for (Map.Entry<String, FaultServer.Responder> answer : answers(secret).entrySet()) {
      String route = "canary-" + p.id() + "-" + n++;
      AgentDirectory d = Harness.directory(p, server.route(route, answer.getValue()), settings);
      for (Harness.Op op : Harness.ops(p)) {
        for (Mode mode : Mode.values()) {
          Object outcome = outcome(op, d, mode);
          String where = answer.getKey() + " / " + op.name() + " " + mode;
          if (outcome instanceof Throwable) {
            kinds.add(outcome.getClass().getSimpleName());
            for (String text : texts((Throwable) outcome)) {
              if (secrets.stream().anyMatch(text::contains)) {
                leaks.add(where + ": " + text.substring(0, Math.min(300, text.length())));
              }
            }
          }
        }
      }
    }
    Harness.OBSERVED.remove();
    assertThat(leaks).as("where the secret leaked").isEmpty();
    assertThat(observed).as("observations").anyMatch(o -> o.startsWith("event retry"));
    assertThat(observed).as("observations").filteredOn(o -> secrets.stream().anyMatch(o::contains)).isEmpty();
    assertThat(logs.lines()).as("wire log lines").isNotEmpty();
    assertThat(logs.text()).as("wire log").doesNotContain(secrets);
    assertThat(logs.text()).as("the wire log shows bodies").contains("[REDACTED]");
    // The canary only means something if every kind of failure happened.
    assertThat(kinds).contains("ValidationException", "AuthenticationException", "PermissionException",
        "NotFoundException", "RateLimitedException", "ServerException", "UnexpectedResponseException",
        "TransportException");
    if (p != Variant.BCRUMBS) {
      assertThat(kinds).contains("ConflictException");
    }
  }

  private static Object outcome(Harness.Op op, AgentDirectory d, Mode mode) {
    try {
      Object r = op.run(d, mode);
      return r instanceof CompletableFuture<?> ? ((CompletableFuture<?>) r).get(10, TimeUnit.SECONDS) : r;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (Throwable t) {
      return t;
    }
  }

  /** Every text an exception shows: messages, toString and stack trace of it and its causes, its context. */
  private static List<String> texts(Throwable t) {
    List<String> out = new ArrayList<>();
    StringWriter trace = new StringWriter();
    t.printStackTrace(new PrintWriter(trace));
    out.add(trace.toString());
    for (Throwable c = t; c != null; c = c.getCause()) {
      out.add(String.valueOf(c.getMessage()));
      out.add(c.toString());
    }
    if (t instanceof ApiException) {
      ApiException e = (ApiException) t;
      out.add(e.context().toString());
      out.add(e.graphQlErrors().toString());
      out.add(e.body());
      out.add(String.valueOf(e.requestId()));
    }
    if (t instanceof SwitchboardException) {
      out.add(((SwitchboardException) t).operation());
    }
    return out;
  }
}
