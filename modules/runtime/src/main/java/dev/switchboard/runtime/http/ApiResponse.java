package dev.switchboard.runtime.http;

import java.util.Collection;
import java.util.Map;

/**
 * A decoded response body together with its HTTP status and headers, returned by the generated
 * {@code *WithHttpInfo} methods.
 *
 * @param <T> the body type
 */
public final class ApiResponse<T> {
  private final int statusCode;
  private final Map<String, Collection<String>> headers;
  private final T data;

  /**
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param data the decoded body, or null
   */
  public ApiResponse(int statusCode, Map<String, Collection<String>> headers, T data) {
    this.statusCode = statusCode;
    this.headers = Map.copyOf(headers);
    this.data = data;
  }

  /**
   * @return the HTTP status
   */
  public int getStatusCode() {
    return statusCode;
  }

  /**
   * @return the response headers (names as sent by the server)
   */
  public Map<String, Collection<String>> getHeaders() {
    return headers;
  }

  /**
   * @return the decoded body, or null when there was none
   */
  public T getData() {
    return data;
  }

  /**
   * The first value of a header, ignoring the name's case.
   *
   * @param name the header name
   * @return the value, or null
   */
  public String header(String name) {
    return Responses.header(headers, name);
  }

}
