package dev.switchboard.runtime.http;

import java.util.concurrent.CompletableFuture;

/**
 * Adds the call's {@link RequestOptions#headers()}. Per call, before the user's steps, so they see
 * them; before auth, so the credential header is the pipeline's whatever a caller adds.
 */
final class RequestHeadersStep implements HttpPipelinePolicy {
  @Override
  public CompletableFuture<HttpResponse> process(HttpCall call, HttpPipelineNext next) {
    if (call.scope() != null) {
      call.scope().options().headers().forEach(call.request()::setHeader);
    }
    return next.process(call);
  }
}
