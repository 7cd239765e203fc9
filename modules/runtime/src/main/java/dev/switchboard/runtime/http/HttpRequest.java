package dev.switchboard.runtime.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * An HTTP request as the pipeline's steps see it: method, URL, headers and body bytes. Header names
 * ignore case. Steps may change headers; the retry step gives each attempt a fresh copy of the
 * request as it was before the retry step, so a per-attempt change never leaks into the next one.
 */
public final class HttpRequest {
  private final String method;
  private final String url;
  private final TreeMap<String, List<String>> headers;
  private final byte[] body;
  private Duration timeout;

  /**
   * @param method the HTTP method, e.g. {@code GET}
   * @param url the absolute URL, already encoded
   * @param headers the headers (copied)
   * @param body the body bytes (not copied), or null for none
   */
  public HttpRequest(String method, String url, Map<String, ? extends java.util.Collection<String>> headers, byte[] body) {
    this.method = Objects.requireNonNull(method, "method");
    this.url = Objects.requireNonNull(url, "url");
    this.headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> this.headers.put(name, new ArrayList<>(values)));
    this.body = body;
  }

  private HttpRequest(HttpRequest from) {
    this.method = from.method;
    this.url = from.url;
    this.headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    from.headers.forEach((name, values) -> this.headers.put(name, new ArrayList<>(values)));
    this.body = from.body;
    this.timeout = from.timeout;
  }

  /**
   * @return an independent copy (the body bytes are shared: nothing changes them)
   */
  public HttpRequest copy() {
    return new HttpRequest(this);
  }

  /**
   * @return the HTTP method, upper case
   */
  public String method() {
    return method;
  }

  /**
   * @return the absolute URL
   */
  public String url() {
    return url;
  }

  /**
   * @return every header, read-only, names ignoring case
   */
  public Map<String, List<String>> headers() {
    return Collections.unmodifiableMap(headers);
  }

  /**
   * @param name a header name, any case
   * @return its first value, or null
   */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Sets a header, replacing any values it had.
   *
   * @param name the header name
   * @param value the value
   * @return this
   */
  public HttpRequest setHeader(String name, String value) {
    List<String> values = new ArrayList<>(1);
    values.add(Objects.requireNonNull(value, "value"));
    headers.put(Objects.requireNonNull(name, "name"), values);
    return this;
  }

  /**
   * @param name a header name, any case
   * @return this
   */
  public HttpRequest removeHeader(String name) {
    headers.remove(name);
    return this;
  }

  /**
   * @return the body bytes, or null when the request has none; do not modify them
   */
  public byte[] body() {
    return body;
  }

  /**
   * @return the limit for this request, connect to last byte, or null for the transport's own
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * @param timeout the limit for this request, connect to last byte (set by the attempt-timeout
   *     step)
   * @return this
   */
  public HttpRequest timeout(Duration timeout) {
    this.timeout = timeout;
    return this;
  }

  /** Method and URL only: headers may hold a credential, and a body may hold anything. */
  @Override
  public String toString() {
    return method + " " + url;
  }
}
