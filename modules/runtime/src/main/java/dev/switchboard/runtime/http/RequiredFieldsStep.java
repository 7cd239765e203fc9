package dev.switchboard.runtime.http;

import java.util.concurrent.CompletableFuture;

/**
 * Rejects a call whose arguments lack something the spec marks required ({@link RequiredFields}),
 * with an exception naming the field, before any request is sent.
 *
 * <p>The invocation handler runs {@link #check(HttpCall)} when the call starts, before Feign builds
 * the request: Feign refuses a null body argument itself, with an untyped message that does not
 * name the field, so the check cannot wait until the request reaches the pipeline. As a step it
 * then costs nothing (the call is marked checked); it stays first in the list so that the
 * pipeline enforces the rule for any caller, not only through that handler.
 */
final class RequiredFieldsStep implements HttpPipelinePolicy {
  private final RequiredFields required;

  RequiredFieldsStep(RequiredFields required) {
    this.required = required;
  }

  /** Throws {@link dev.switchboard.runtime.error.InvalidInputException} naming the missing field. */
  void check(HttpCall call) {
    if (!call.argumentsChecked()) {
      required.check(call.method(), call.operation(), call.arguments());
      call.argumentsChecked(true);
    }
  }

  @Override
  public CompletableFuture<HttpResponse> process(HttpCall call, HttpPipelineNext next) {
    check(call);
    return next.process(call);
  }
}
