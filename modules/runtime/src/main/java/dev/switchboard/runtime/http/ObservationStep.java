package dev.switchboard.runtime.http;

import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.RateLimitedException;
import dev.switchboard.runtime.error.ServerException;
import dev.switchboard.runtime.error.TransportException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.RequestReplySenderContext;
import java.util.concurrent.CompletableFuture;

/**
 * One Micrometer observation per call ({@link SwitchboardObservation}). Outermost but for the
 * required-fields check, so it sees the final, typed outcome of all attempts and their waits; each
 * retry is an event on it. The only class of the runtime that names a Micrometer type besides
 * {@link ClientBuilder#observationRegistry}: it is loaded only when a registry is set, which keeps
 * Micrometer an optional dependency, and without a registry this step is not in the pipeline.
 *
 * <p>The context is a sender context whose carrier is the call's request, so a tracing handler
 * propagates the trace into the request's headers (as Micrometer's own HTTP client instrumentation
 * does); the retry step copies those headers into every attempt.
 */
final class ObservationStep implements HttpPipelinePolicy {
  private final ObservationRegistry registry;

  ObservationStep(ObservationRegistry registry) {
    this.registry = registry;
  }

  @Override
  public CompletableFuture<HttpResponse> process(HttpCall call, HttpPipelineNext next) {
    RequestReplySenderContext<HttpRequest, HttpResponse> context = new RequestReplySenderContext<>(
        (carrier, key, value) -> {
          if (carrier != null) {
            carrier.setHeader(key, value);
          }
        });
    context.setCarrier(call.request());
    context.setRemoteServiceName(call.provider());
    Observation observation = Observation.createNotStarted(SwitchboardObservation.NAME, () -> context, registry)
        .contextualName(call.provider() + " " + call.operation())
        .lowCardinalityKeyValue(SwitchboardObservation.PLATFORM, call.provider())
        .lowCardinalityKeyValue(SwitchboardObservation.OPERATION, call.operation())
        .start();
    call.retryListener((failedAttempt, reason, delay) -> observation.event(Observation.Event.of(
        SwitchboardObservation.RETRY_EVENT, "retry after attempt " + failedAttempt + " (" + reason + "), waiting " + delay.toMillis() + " ms")));
    CompletableFuture<HttpResponse> result;
    try (Observation.Scope scope = observation.openScope()) {
      result = Futures.run(next, call);
    }
    CompletableFuture<HttpResponse> out = new CompletableFuture<>();
    result.whenComplete((response, failure) -> {
      try {
        stop(observation, context, call, response, failure);
      } finally {
        if (failure != null) {
          out.completeExceptionally(Futures.unwrap(failure));
        } else {
          out.complete(response);
        }
      }
    });
    return out;
  }

  private static void stop(Observation observation, RequestReplySenderContext<HttpRequest, HttpResponse> context,
      HttpCall call, HttpResponse response, Throwable failure) {
    String outcome;
    String status;
    if (failure == null) {
      context.setResponse(response);
      outcome = SwitchboardObservation.OUTCOME_SUCCESS;
      status = String.valueOf(response.status());
    } else {
      Throwable cause = Futures.unwrap(failure);
      outcome = outcome(cause);
      status = cause instanceof ApiException && ((ApiException) cause).status() > 0
          ? String.valueOf(((ApiException) cause).status()) : SwitchboardObservation.STATUS_NONE;
      // Typed exceptions are already redacted (the error mapping step made them).
      observation.error(cause);
    }
    observation.lowCardinalityKeyValue(SwitchboardObservation.OUTCOME, outcome)
        .lowCardinalityKeyValue(SwitchboardObservation.STATUS, status)
        .lowCardinalityKeyValue(SwitchboardObservation.ATTEMPTS, String.valueOf(call.attempt()))
        .stop();
  }

  /** Typed exceptions only reach here: the error mapping step runs inside this one. */
  static String outcome(Throwable failure) {
    if (failure instanceof RateLimitedException) {
      return SwitchboardObservation.OUTCOME_RATE_LIMITED;
    }
    if (failure instanceof ServerException) {
      return SwitchboardObservation.OUTCOME_SERVER_ERROR;
    }
    if (failure instanceof UnexpectedResponseException) {
      return SwitchboardObservation.OUTCOME_UNEXPECTED;
    }
    if (failure instanceof ApiException) {
      return ((ApiException) failure).status() >= 500 ? SwitchboardObservation.OUTCOME_SERVER_ERROR
          : SwitchboardObservation.OUTCOME_CLIENT_ERROR;
    }
    if (failure instanceof TransportException) {
      return SwitchboardObservation.OUTCOME_TRANSPORT;
    }
    return SwitchboardObservation.OUTCOME_UNEXPECTED;
  }

  /** For tests and diagnostics. */
  @Override
  public String toString() {
    return "ObservationStep[" + SwitchboardObservation.NAME + "]";
  }
}
