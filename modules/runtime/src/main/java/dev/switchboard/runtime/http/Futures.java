package dev.switchboard.runtime.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** The few future helpers the pipeline's steps share. */
final class Futures {
  private Futures() {}

  /** The failure itself, not the wrapper a dependent stage puts around it. */
  static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /**
   * Runs one step, turning a step that throws (or returns null) into a failed future: every step
   * after it sees one shape of failure.
   */
  static CompletableFuture<HttpResponse> run(HttpPipelineNext next, HttpCall call) {
    try {
      CompletableFuture<HttpResponse> result = next.process(call);
      return result != null ? result
          : CompletableFuture.failedFuture(new IllegalStateException("a pipeline step returned no future"));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
