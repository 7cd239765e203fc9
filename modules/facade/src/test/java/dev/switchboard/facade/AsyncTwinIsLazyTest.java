package dev.switchboard.facade;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.facade.Harness.Variant;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.runtime.http.WireLog;
import dev.switchboard.runtime.internal.Lazy;
import dev.switchboard.runtime.testing.FaultServer;
import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A client builds its asynchronous twin on first use, not when it is built (issue 26, "a faster
 * first call"): a blocking program never needs it (while clients were Feign proxies, building one
 * read every method of its interface). Checked on the clients that keep their twins in
 * {@link Lazy} fields, through the facade's blocking and then its async operations (LiveChat
 * builds each API on first use in a map of its own; bcrumbs has no generated REST twin).
 */
class AsyncTwinIsLazyTest {
  private static final Harness.Settings SETTINGS = new Harness.Settings(RetryPolicy.none(), Duration.ofMillis(300),
      Duration.ofMillis(300), Duration.ofSeconds(1), Duration.ofSeconds(2), null, WireLog.NONE);

  @ParameterizedTest
  @EnumSource(value = Variant.class, names = {"CHATWOOT", "BIRD", "CHATCAPTAIN", "TWILIO", "INTERCOM"})
  void blockingCallsBuildNoAsyncTwinAndTheFirstAsyncCallBuildsIt(Variant p) throws Exception {
    // Nothing listens there: every call ends in a transport error, which is all this test needs.
    AgentDirectory d = Harness.directory(p, "http://127.0.0.1:" + FaultServer.closedPort(), SETTINGS);
    List<Lazy<?>> twins = lazyFields(d.client());
    assertThat(twins).as("the client's lazy async twins").isNotEmpty();

    ignore(() -> d.list(AgentQuery.ALL).stream().count());
    ignore(() -> d.get(p == Variant.CHATWOOT || p == Variant.INTERCOM ? "7" : "a7"));
    assertThat(twins).as("async twins built by blocking calls").noneMatch(Lazy::isBuilt);

    ignore(() -> d.listAsync(AgentQuery.ALL).get(10, TimeUnit.SECONDS));
    assertThat(twins).as("async twins built by an async listing").anyMatch(Lazy::isBuilt);
  }

  private static List<Lazy<?>> lazyFields(Object client) throws IllegalAccessException {
    List<Lazy<?>> out = new ArrayList<>();
    for (Field f : client.getClass().getDeclaredFields()) {
      if (Lazy.class.isAssignableFrom(f.getType())) {
        f.setAccessible(true);
        out.add((Lazy<?>) f.get(client));
      }
    }
    return out;
  }

  /** Runs a call whose outcome (a transport error) does not matter here. */
  private static void ignore(java.util.concurrent.Callable<?> call) {
    try {
      call.call();
    } catch (Exception e) {
      // expected: nothing listens
    }
  }
}
