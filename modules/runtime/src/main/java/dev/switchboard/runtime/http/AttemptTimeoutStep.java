package dev.switchboard.runtime.http;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The one place the per-attempt limit (connect to last byte) is set: on the request, which the
 * transport applies. An attempt gets the per-attempt timeout or the time left before the call's
 * deadline ({@code callTimeout}), whichever is shorter, so the deadline holds for the attempt in
 * flight too, not only between attempts; with no time left the attempt is not started. Connect
 * and read timeouts are the transport's own settings.
 */
final class AttemptTimeoutStep implements HttpPipelinePolicy {
  private final Duration timeout;
  private final Clock clock;
  private final String attemptLimit;
  private final String callLimit;

  AttemptTimeoutStep(Duration timeout, Duration callTimeout, Clock clock) {
    this.timeout = timeout;
    this.clock = clock;
    this.attemptLimit = "attemptTimeout of " + Timeouts.describe(timeout);
    this.callLimit = "callTimeout of " + Timeouts.describe(callTimeout);
  }

  @Override
  public CompletableFuture<HttpResponse> process(HttpCall call, HttpPipelineNext next) {
    long left = call.deadlineMillis() == Long.MAX_VALUE ? Long.MAX_VALUE : call.deadlineMillis() - clock.millis();
    String callLimit = call.callLimit() != null ? call.callLimit() : this.callLimit;
    if (left <= 0) {
      call.attemptLimit(callLimit);
      return CompletableFuture.failedFuture(new Timeouts.DeadlineReached(callLimit));
    }
    if (left < timeout.toMillis()) {
      call.attemptLimit(callLimit);
      call.request().timeout(Duration.ofMillis(left));
    } else {
      call.attemptLimit(attemptLimit);
      call.request().timeout(timeout);
    }
    return next.process(call);
  }

  @Override
  public Stage stage() {
    return Stage.PER_ATTEMPT;
  }
}
