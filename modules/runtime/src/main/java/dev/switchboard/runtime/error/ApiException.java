package dev.switchboard.runtime.error;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The platform answered with an error. Carries the HTTP status, the platform's request id, the
 * error body (secrets removed) and, for GraphQL, the errors and any partial data.
 *
 * <p>Use {@link #of(ErrorContext)} to get the subtype that matches the status.
 */
public class ApiException extends SwitchboardException {
  private static final long serialVersionUID = 1L;
  private static final int MAX_BODY_IN_MESSAGE = 500;

  private final int status;
  private final String requestId;
  private final String body;
  private final Duration retryAfter;
  private final List<GraphQlError> graphQlErrors;
  private final transient Object partialData;

  /**
   * @param context what is known about the failure
   */
  public ApiException(ErrorContext context) {
    super(context.provider(), context.operation(), message(context), null);
    this.status = context.status();
    this.requestId = context.requestId();
    this.body = context.body();
    this.retryAfter = context.retryAfter();
    this.graphQlErrors = context.graphQlErrors();
    this.partialData = context.partialData();
  }

  /**
   * The typed exception for an HTTP status.
   *
   * @param context what is known about the failure
   * @return the matching subtype, or ApiException itself for an unmapped status
   */
  public static ApiException of(ErrorContext context) {
    int status = context.status();
    switch (status) {
      case 400:
      case 422:
        return new ValidationException(context);
      case 401:
        return new AuthenticationException(context);
      case 403:
        return new PermissionException(context);
      case 404:
        return new NotFoundException(context);
      case 409:
        return new ConflictException(context);
      case 429:
        return new RateLimitedException(context);
      default:
        return status >= 500 ? new ServerException(context) : new ApiException(context);
    }
  }

  private static String message(ErrorContext c) {
    StringBuilder m = new StringBuilder()
        .append(c.provider()).append(' ').append(c.operation()).append(" failed: HTTP ").append(c.status());
    if (!c.graphQlErrors().isEmpty()) {
      GraphQlError first = c.graphQlErrors().get(0);
      m.append(", GraphQL error");
      if (first.code() != null) {
        m.append(' ').append(first.code());
      }
      m.append(": ").append(first.message());
      if (c.graphQlErrors().size() > 1) {
        m.append(" (+").append(c.graphQlErrors().size() - 1).append(" more)");
      }
    }
    if (c.requestId() != null) {
      m.append(" [request id ").append(c.requestId()).append(']');
    }
    if (c.body() != null && !c.body().isBlank() && c.graphQlErrors().isEmpty()) {
      String b = c.body().strip();
      m.append(": ").append(b.length() > MAX_BODY_IN_MESSAGE ? b.substring(0, MAX_BODY_IN_MESSAGE) + "…" : b);
    }
    return m.toString();
  }

  /**
   * @return what this exception was made from, to re-create it with {@link #of(ErrorContext)}
   */
  public ErrorContext context() {
    return new ErrorContext(provider(), operation(), status, requestId, body, retryAfter, graphQlErrors, partialData);
  }

  /**
   * @return the HTTP status
   */
  public int status() {
    return status;
  }

  /**
   * @return the platform's request id, when it sent one
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * @return the error body as received, with secrets removed; empty string if none
   */
  public String body() {
    return body == null ? "" : body;
  }

  /**
   * @return how long the server asked to wait before retrying, when it said so
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * @return the GraphQL errors; empty for REST calls
   */
  public List<GraphQlError> graphQlErrors() {
    return graphQlErrors;
  }

  /**
   * The data a GraphQL server returned alongside its errors.
   *
   * @return the generated operation's {@code Data}, when the response carried any
   */
  public Optional<Object> partialData() {
    return Optional.ofNullable(partialData);
  }
}
