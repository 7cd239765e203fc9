package dev.switchboard.runtime.http;

import java.util.concurrent.CompletableFuture;

/**
 * One step of the request pipeline every Switchboard client runs: user agent, auth, required
 * fields, retry, per-attempt timeout, wire log, error mapping, and any step a user adds with
 * {@link ClientBuilder#addPolicy(HttpPipelinePolicy)}.
 *
 * <p>A step may change {@link HttpCall#request()} before calling {@code next.process(call)}, and
 * may look at or replace the response on the way back. One asynchronous signature serves
 * synchronous and asynchronous clients: on a synchronous call the transport completes the future on
 * the caller's thread before {@code process} returns, so a synchronous call never changes thread.
 * A step must not block on an asynchronous call ({@link HttpCall#isAsync()}); it should compose on
 * the future instead.
 *
 * <p>Where a user step runs ({@link #stage()}): a {@link Stage#PER_CALL} step runs once per call,
 * after the user agent is set and before the retry step, and sees the final outcome of all attempts;
 * a {@link Stage#PER_ATTEMPT} step runs inside the retry step, once per attempt, before the attempt
 * timeout, the credential and the wire log are applied (so no user step ever sees the credential).
 * Steps of one stage run in the order they were added. Outcomes a step sees are raw: a non-2xx
 * {@link HttpResponse}, or a failed future holding the transport's {@link java.io.IOException}; they
 * become typed Switchboard exceptions only after every step has run.
 */
@FunctionalInterface
public interface HttpPipelinePolicy {

  /**
   * Handles one call (or one attempt, for a per-attempt step).
   *
   * @param call the call in progress; pass the same object to {@code next}
   * @param next the rest of the pipeline
   * @return the response, or a future failed with what went wrong
   */
  CompletableFuture<HttpResponse> process(HttpCall call, HttpPipelineNext next);

  /**
   * @return whether this step runs once per call (the default) or once per attempt
   */
  default Stage stage() {
    return Stage.PER_CALL;
  }

  /** How often a step runs for one call. */
  enum Stage {
    /** Once per call, outside the retry step. */
    PER_CALL,
    /** Once per attempt, inside the retry step. */
    PER_ATTEMPT
  }
}
