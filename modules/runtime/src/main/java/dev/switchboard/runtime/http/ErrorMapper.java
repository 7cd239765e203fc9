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
        redactor.redact(Responses.requestId(response.headers())), // a header the server writes, like the body
        redactor.redact(Responses.body(response)),
        retryAfter);
    ApiException typed = ApiException.of(context);
    // A wait beyond the policy's maximum is not waited for: the retries end here and the caller
    // sees the server's value in the exception. Any wait used below is capped at that maximum.
    boolean honoured = retryAfter == null || retryAfter.compareTo(policy.maxRetryAfter()) <= 0;
    if (!policy.isRetryableStatus(response.status()) || !honoured) {
      return typed;
    }
    Long retryAfterEpochMillis = retryAfter == null ? null
        : saturatedSum(clock.millis(), Responses.saturatedMillis(retryAfter));
    return new RetryableException(
        response.status(),
        typed.getMessage(),
        response.request().httpMethod(),
        typed,
        retryAfterEpochMillis,
        response.request());
  }

  private static long saturatedSum(long a, long b) {
    long sum = a + b;
    return ((a ^ sum) & (b ^ sum)) < 0 ? Long.MAX_VALUE : sum;
  }
}
