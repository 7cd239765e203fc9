package dev.switchboard.runtime.http;

import dev.switchboard.runtime.auth.Credential;
import java.util.concurrent.CompletableFuture;

/**
 * Sets the credential header and the platform's routing headers (an account or workspace id).
 * Per attempt and after every user step, nearest the wire: no user step ever sees the credential,
 * so one that logs headers cannot leak it.
 */
final class AuthStep implements HttpPipelinePolicy {
  private final Credential credential;

  AuthStep(Credential credential) {
    this.credential = credential;
  }

  @Override
  public CompletableFuture<HttpResponse> process(HttpCall call, HttpPipelineNext next) {
    HttpRequest request = call.request();
    request.setHeader(credential.headerName(), credential.headerValue().reveal());
    credential.routingHeaders().forEach(request::setHeader);
    return next.process(call);
  }

  @Override
  public Stage stage() {
    return Stage.PER_ATTEMPT;
  }
}
