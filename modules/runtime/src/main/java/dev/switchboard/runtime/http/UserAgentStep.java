package dev.switchboard.runtime.http;

import java.util.concurrent.CompletableFuture;

/** Sets {@code User-Agent}: the SDK, its version, the platform and the caller's product, if any. */
final class UserAgentStep implements HttpPipelinePolicy {
  private final String userAgent;

  UserAgentStep(String userAgent) {
    this.userAgent = userAgent;
  }

  @Override
  public CompletableFuture<HttpResponse> process(HttpCall call, HttpPipelineNext next) {
    call.request().setHeader("User-Agent", userAgent);
    return next.process(call);
  }
}
