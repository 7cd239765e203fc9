package dev.switchboard.runtime.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The one place the per-attempt limit (connect to last byte) is set: on the request, which the
 * transport applies. Connect and read timeouts are the transport's own settings; the whole-call
 * limit is the retry step's deadline.
 */
final class AttemptTimeoutStep implements HttpPipelinePolicy {
  private final Duration timeout;

  AttemptTimeoutStep(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public CompletableFuture<HttpResponse> process(HttpCall call, HttpPipelineNext next) {
    call.request().timeout(timeout);
    return next.process(call);
  }

  @Override
  public Stage stage() {
    return Stage.PER_ATTEMPT;
  }
}
