package dev.switchboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.runtime.http.HttpPipelinePolicy;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxExtension;
import dev.switchboard.sandbox.junit.SandboxSwitchboard;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One retry owner (issue 22, item 3): under a persistent 429 a sync apply sends each request at most
 * the client retry policy's {@code maxAttempts} times. The engine used to loop on 429 itself around
 * the client's retry step (6 x 3 = 18 attempts for one Bird list page). Attempts are counted on the
 * wire side of the retry step, by a per-attempt {@code addPolicy} step, keyed by method, URL and body
 * (so an engine that sends the same request again as a new call is caught too).
 */
@ExtendWith(SandboxExtension.class)
class RetryOwnerTest {
  static final RetryPolicy POLICY = RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(5))
      .maxDelay(Duration.ofMillis(20)).maxRetryAfter(Duration.ofSeconds(2)).build();

  /** Attempts per distinct request. */
  static final class Counter implements HttpPipelinePolicy {
    final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    volatile boolean counting;
    volatile boolean writesOnly;

    @Override
    public java.util.concurrent.CompletableFuture<dev.switchboard.runtime.http.HttpResponse> process(
        dev.switchboard.runtime.http.HttpCall call, dev.switchboard.runtime.http.HttpPipelineNext next) {
      if (counting) {
        byte[] body = call.request().body();
        String key = call.request().method() + " " + call.request().url()
            + (body == null ? "" : " " + new String(body, StandardCharsets.UTF_8));
        if (!writesOnly || FaultProxy.isWrite(call.request().method(), call.request().url(),
            body == null ? "" : new String(body, StandardCharsets.UTF_8))) {
          attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        }
      }
      return next.process(call);
    }

    @Override
    public Stage stage() {
      return Stage.PER_ATTEMPT;
    }

    Map<String, Integer> over(int limit) {
      Map<String, Integer> out = new TreeMap<>();
      attempts.forEach((k, v) -> {
        if (v.get() > limit) {
          out.put(k, v.get());
        }
      });
      return out;
    }
  }

  @Test
  void aPersistent429OnEveryRequestCostsAtMostMaxAttemptsPerRequest(Sandbox sandbox) {
    Counter counter = new Counter();
    try (FaultProxy proxy = new FaultProxy(sandbox)) {
      Switchboard sb = proxy.switchboard(Map.of(), b -> b.retryPolicy(POLICY).addPolicy(counter));
      Plan plan = SyncEngine.builder().switchboard(sb).build().plan(SyncEngineTest.roster(SyncEngineTest.ROSTER));
      sandbox.throttle("bird", 10_000); // every bird request from now on: 429 with Retry-After 1

      counter.counting = true;
      List<String> waits = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
      ApplyResult result = SyncEngine.builder().switchboard(sb).listener(new SyncListener() {
        @Override
        public void waiting(Platform platform, Duration wait, String reason) {
          waits.add(platform.id() + " " + wait.toSeconds() + " " + reason);
        }
      }).build().apply(plan, ApplyOptions.DEFAULTS);

      // The 429 the client gave up on still teaches the engine's limiter to hold bird.
      assertThat(waits).contains("bird 1 Retry-After");
      PlatformResult bird = result.platform(Platform.of("bird")).orElseThrow();
      assertThat(bird.ok()).isFalse();
      assertThat(bird.error().getMessage()).contains("429");
      assertThat(counter.attempts.keySet()).as("bird was asked at all").anyMatch(k -> k.contains("/bird/"));
      assertThat(counter.over(POLICY.maxAttempts())).as("requests attempted more than maxAttempts times").isEmpty();
    }
  }

  @Test
  void aPersistent429OnEveryWriteCostsAtMostMaxAttemptsPerWrite(Sandbox sandbox) {
    Counter counter = new Counter();
    try (FaultProxy proxy = new FaultProxy(sandbox)) {
      Switchboard sb = proxy.switchboard(Map.of(), b -> b.retryPolicy(POLICY).addPolicy(counter));
      Plan plan = SyncEngine.builder().switchboard(sb).build().plan(SyncEngineTest.roster(SyncEngineTest.ROSTER));
      proxy.faultEveryWrite(FaultProxy.Fault.STATUS_429);

      // Writes only: a read of the same URL is legitimately made more than once (the stale check,
      // each create's check where the platform has no filter, the re-read that settles).
      counter.writesOnly = true;
      counter.counting = true;
      long start = System.nanoTime();
      ApplyResult result = SyncEngine.builder().switchboard(sb).build().apply(plan, ApplyOptions.DEFAULTS);
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(proxy.fired()).as("writes refused").isPositive();
      for (PlatformResult r : result.platforms()) {
        if (r.platform().id().equals("chatcaptain")) {
          continue;
        }
        assertThat(r.ok()).as(r.platform().id()).isFalse();
        assertThat(r.created()).as(r.platform().id()).isZero();
        assertThat(r.failures()).as(r.platform().id()).isNotEmpty()
            .allSatisfy(o -> assertThat(o.status()).isEqualTo(ActionStatus.FAILED));
      }
      assertThat(counter.over(POLICY.maxAttempts())).as("requests attempted more than maxAttempts times").isEmpty();
      assertThat(millis).as("no engine loop waiting on 429s").isLessThan(15_000);
      for (String p : List.of("chatwoot", "bird", "livechat", "bcrumbs")) {
        assertThat(SyncEngineTest.names(SandboxSwitchboard.of(sandbox), Platform.of(p))).as(p).isEmpty();
      }
    }
  }

}
