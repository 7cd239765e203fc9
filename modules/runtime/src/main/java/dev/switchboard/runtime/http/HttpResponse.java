package dev.switchboard.runtime.http;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * An HTTP response as the pipeline's steps see it: status, headers and the body as a stream, read
 * once (it is not buffered, so large bodies are not copied). Whoever ends the response's journey
 * closes it: the decoder on success, the error mapping on failure, the retry step for an attempt it
 * repeats.
 */
public final class HttpResponse implements Closeable {
  private final int status;
  private final Map<String, List<String>> headers;
  private final InputStream body;

  /**
   * @param status the HTTP status
   * @param headers the headers (not copied; a map whose lookups ignore case is expected)
   * @param body the body stream, or null when there is none
   */
  public HttpResponse(int status, Map<String, List<String>> headers, InputStream body) {
    this.status = status;
    this.headers = Collections.unmodifiableMap(headers);
    this.body = body;
  }

  /**
   * @return the HTTP status
   */
  public int status() {
    return status;
  }

  /**
   * @return the headers, read-only
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * @param name a header name, any case
   * @return its first value, or null
   */
  public String header(String name) {
    List<String> values = headers.get(name);
    if (values == null) {
      for (Map.Entry<String, List<String>> e : headers.entrySet()) {
        if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
          values = e.getValue();
          break;
        }
      }
    }
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * @return the body stream, or null; read it at most once
   */
  public InputStream body() {
    return body;
  }

  /** Releases the connection without reading the rest of the body. */
  @Override
  public void close() {
    if (body != null) {
      try {
        body.close();
      } catch (IOException ignored) {
        // Nothing to do: the connection is dropped either way.
      }
    }
  }

  /** Status only: headers and body may hold anything. */
  @Override
  public String toString() {
    return "HttpResponse[" + status + "]";
  }
}
