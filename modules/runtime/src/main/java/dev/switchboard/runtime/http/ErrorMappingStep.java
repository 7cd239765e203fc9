package dev.switchboard.runtime.http;

import dev.switchboard.runtime.internal.Redactor;
import dev.switchboard.runtime.internal.OperationBody;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.ErrorContext;
import dev.switchboard.runtime.error.SwitchboardException;
import dev.switchboard.runtime.error.TransportException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The one place outcomes become Switchboard exceptions, after the retry step and every user step:
 * a final non-2xx is the typed {@link ApiException} for its status (body and request id redacted),
 * a transport failure is a {@link TransportException}, and anything else untyped an
 * {@link UnexpectedResponseException} naming only its type (its message may quote response text).
 *
 * <p>Not errors: a 3xx for a method returning {@link ApiResponse} (the caller reads
 * {@code Location}), and a 404 the retry step accepted as a completed DELETE. A 2xx is an error
 * when the call's {@link OperationBody} judges it one (a GraphQL {@code errors} array).
 */
final class ErrorMappingStep implements HttpPipelinePolicy {
  private final Redactor redactor;
  private final List<String> requestIdHeaders;
  private final Clock clock;

  ErrorMappingStep(Redactor redactor, List<String> requestIdHeaders, Clock clock) {
    this.redactor = redactor;
    this.requestIdHeaders = requestIdHeaders;
    this.clock = clock;
  }

  @Override
  public CompletableFuture<HttpResponse> process(HttpCall call, HttpPipelineNext next) {
    CompletableFuture<HttpResponse> out = new CompletableFuture<>();
    Futures.run(next, call).whenComplete((response, failure) -> {
      if (failure != null) {
        out.completeExceptionally(typed(call, Futures.unwrap(failure)));
      } else if (isError(call, response)) {
        out.completeExceptionally(typed(call, response));
      } else if (response.status() < 300 && call.arguments() != null && call.arguments().length > 0
          && call.arguments()[0] instanceof OperationBody) {
        judged(call, (OperationBody) call.arguments()[0], response, out);
      } else {
        out.complete(response);
      }
    });
    return out;
  }

  /**
   * A 2xx whose body says whether the call failed (GraphQL's {@code errors} at HTTP 200): the body
   * object judges it here, so the observation outside this step and the caller see one outcome.
   * The answer is read whole by the judge; what follows this step gets it without a body.
   */
  private void judged(HttpCall call, OperationBody body, HttpResponse response, CompletableFuture<HttpResponse> out) {
    RuntimeException failure;
    try {
      failure = body.judge(response, redactor.redact(Responses.requestId(response, requestIdHeaders)));
    } catch (RuntimeException e) {
      // A judge throws only typed exceptions by contract; anything else may quote the body.
      failure = e instanceof SwitchboardException ? e
          : new UnexpectedResponseException(call.provider(), call.operation(), response.status(), e.getClass().getSimpleName());
    } catch (Error e) {
      out.completeExceptionally(e); // the caller must not wait for a call that can no longer complete
      return;
    } finally {
      response.close();
    }
    if (failure != null) {
      out.completeExceptionally(failure);
    } else {
      out.complete(new HttpResponse(response.status(), response.headers(), null));
    }
  }

  private static boolean isError(HttpCall call, HttpResponse response) {
    int status = response.status();
    if (status >= 200 && status < 300) {
      return false;
    }
    if (status >= 300 && status < 400 && call.site().returnsApiResponse) {
      return false;
    }
    return !call.acceptedAsSuccess();
  }

  private ApiException typed(HttpCall call, HttpResponse response) {
    try {
      Duration retryAfter = Responses.retryAfter(response.header("Retry-After"), clock);
      ErrorContext context = ErrorContext.http(
          call.provider(),
          call.operation(),
          response.status(),
          redactor.redact(Responses.requestId(response, requestIdHeaders)), // server-written, like the body
          redactor.redact(Responses.body(response)),
          retryAfter);
      return ApiException.of(context);
    } finally {
      response.close();
    }
  }

  private static Throwable typed(HttpCall call, Throwable failure) {
    if (failure instanceof SwitchboardException || failure instanceof Error) {
      return failure;
    }
    if (failure instanceof IOException) {
      return Timeouts.transportException(call, (IOException) failure);
    }
    if (failure instanceof java.util.concurrent.CancellationException) {
      return failure;
    }
    return new UnexpectedResponseException(call.provider(), call.operation(), 0, failure.getClass().getSimpleName());
  }
}
