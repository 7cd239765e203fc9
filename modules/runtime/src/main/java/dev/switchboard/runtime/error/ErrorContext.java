package dev.switchboard.runtime.error;

import java.time.Duration;
import java.util.List;

/**
 * What the runtime knows about a failed call, handed to the {@link ApiException} constructors.
 *
 * @param provider the platform
 * @param operation the operation
 * @param status the HTTP status (200 for a GraphQL error answered with 200)
 * @param requestId the platform's request id header, or null
 * @param body the error body with secrets removed, or null
 * @param retryAfter the server's Retry-After, or null
 * @param graphQlErrors the GraphQL errors, empty for REST calls
 * @param partialData the GraphQL data that came with the errors, or null
 */
public record ErrorContext(
    String provider,
    String operation,
    int status,
    String requestId,
    String body,
    Duration retryAfter,
    List<GraphQlError> graphQlErrors,
    Object partialData) {
  /**
   * Nulls in the error list become empty.
   *
   * @param provider the platform
   * @param operation the operation
   * @param status the HTTP status (200 for a GraphQL error answered with 200)
   * @param requestId the platform's request id header, or null
   * @param body the error body with secrets removed, or null
   * @param retryAfter the server's Retry-After, or null
   * @param graphQlErrors the GraphQL errors, empty for REST calls
   * @param partialData the GraphQL data that came with the errors, or null
   */
  public ErrorContext {
    graphQlErrors = graphQlErrors == null ? List.of() : List.copyOf(graphQlErrors);
  }

  /**
   * @param newOperation the operation name to report instead
   * @return a copy naming another operation
   */
  public ErrorContext withOperation(String newOperation) {
    return new ErrorContext(provider, newOperation, status, requestId, body, retryAfter, graphQlErrors, partialData);
  }

  /**
   * A REST error context.
   *
   * @param provider the platform
   * @param operation the operation
   * @param status the HTTP status
   * @param requestId the request id or null
   * @param body the redacted body or null
   * @param retryAfter the Retry-After or null
   * @return the context
   */
  public static ErrorContext http(
      String provider, String operation, int status, String requestId, String body, Duration retryAfter) {
    return new ErrorContext(provider, operation, status, requestId, body, retryAfter, List.of(), null);
  }
}
