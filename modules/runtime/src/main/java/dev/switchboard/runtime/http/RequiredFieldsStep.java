package dev.switchboard.runtime.http;

import java.util.concurrent.CompletableFuture;

/**
 * Rejects a call whose arguments lack something the spec marks required ({@link RequiredFields}),
 * with an exception naming the field, before any request is sent.
 *
 * <p>The binding runs {@link #check(HttpCall)} when the call starts, before the request is built
 * (a path value's own checks come after, as they did under Feign). As a step it then costs
 * nothing (the call is marked checked); it stays first in the list so that the pipeline enforces
 * the rule for any caller, not only through the binding.
 */
final class RequiredFieldsStep implements HttpPipelinePolicy {
  private final RequiredFields required;

  RequiredFieldsStep(RequiredFields required) {
    this.required = required;
  }

  /** Throws {@link dev.switchboard.runtime.error.InvalidInputException} naming the missing field. */
  void check(HttpCall call) {
    if (!call.argumentsChecked()) {
      required.check(call.site().op, call.operation(), call.arguments());
      call.argumentsChecked(true);
    }
  }

  @Override
  public CompletableFuture<HttpResponse> process(HttpCall call, HttpPipelineNext next) {
    check(call);
    return next.process(call);
  }
}
