package dev.switchboard.runtime.http;

import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.ErrorContext;
import feign.RetryableException;
import feign.Response;
import feign.codec.ErrorDecoder;
import java.time.Clock;
import java.time.Duration;

/**
 * Turns every non-2xx response into the typed {@link ApiException} for its status, with the body
 * redacted. Statuses the retry policy may repeat come wrapped in Feign's {@link RetryableException}
 * so {@link PolicyRetryer} sees them; Feign unwraps the typed exception when retries end.
 */
final class ErrorMapper implements ErrorDecoder {
  private final String provider;
  private final Redactor redactor;
  private final RetryPolicy policy;
  private final Clock clock;

  ErrorMapper(String provider, Redactor redactor, RetryPolicy policy, Clock clock) {
    this.provider = provider;
    this.redactor = redactor;
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    Duration retryAfter = Responses.retryAfter(Responses.header(response.headers(), "Retry-After"), clock);
    ErrorContext context = ErrorContext.http(
        provider,
        Responses.operation(methodKey),
        response.status(),
        Responses.requestId(response.headers()),
        redactor.redact(Responses.body(response)),
        retryAfter);
    ApiException typed = ApiException.of(context);
    if (!policy.isRetryableStatus(response.status())) {
      return typed;
    }
    Long retryAfterEpochMillis = retryAfter == null ? null : clock.millis() + retryAfter.toMillis();
    return new RetryableException(
        response.status(),
        typed.getMessage(),
        response.request().httpMethod(),
        typed,
        retryAfterEpochMillis,
        response.request());
  }
}
