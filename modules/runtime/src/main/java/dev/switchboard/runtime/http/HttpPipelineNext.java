package dev.switchboard.runtime.http;

import java.util.concurrent.CompletableFuture;

/**
 * The rest of the pipeline after one step. Calling {@link #process(HttpCall)} again sends the call
 * through the remaining steps again, which is how the retry step makes a new attempt.
 */
@FunctionalInterface
public interface HttpPipelineNext {
  /**
   * @param call the call the step was given
   * @return the response of the remaining steps and the transport, or a future failed with what
   *     went wrong
   */
  CompletableFuture<HttpResponse> process(HttpCall call);
}
