package dev.switchboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One request to a fake, with its platform prefix removed, and the means to answer it. */
public final class Exchange {
  static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final HttpExchange http;
  private final String path;
  private final String rawPath;
  private final Map<String, List<String>> query = new LinkedHashMap<>();
  private final String body;
  /** Seconds a simulated rate limit asks this request to wait; 0 when none refused it. */
  int retryAfterSeconds;
  /** The body as the platform's code sees it once it dropped the fields it does not read. */
  private JsonNode permitted;

  Exchange(HttpExchange http, String prefix) throws IOException {
    this.http = http;
    this.rawPath = http.getRequestURI().getRawPath().substring(prefix.length());
    this.path = http.getRequestURI().getPath().substring(prefix.length());
    String q = http.getRequestURI().getRawQuery();
    if (q != null) {
      for (String pair : q.split("&")) {
        int eq = pair.indexOf('=');
        String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        query.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
      }
    }
    this.body = new String(http.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
  }

  /**
   * @return the HTTP method
   */
  public String method() {
    return http.getRequestMethod();
  }

  /** The decoded path below the platform prefix, e.g. {@code /workspaces/w1/agents}. */
  public String path() {
    return path;
  }

  /** Path segments split on the raw path, then decoded: an encoded '/' stays inside its segment. */
  public List<String> segments() {
    List<String> out = new ArrayList<>();
    for (String s : rawPath.split("/")) {
      if (!s.isEmpty()) {
        out.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /**
   * @return the raw path below the platform prefix
   */
  public String rawPath() {
    return rawPath;
  }

  /**
   * @return the decoded query parameters
   */
  public Map<String, List<String>> query() {
    return query;
  }

  /**
   * @param name a query parameter
   * @return its first value, or {@code null}
   */
  public String param(String name) {
    List<String> v = query.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /**
   * @param name a header
   * @return its first value, or {@code null}
   */
  public String header(String name) {
    return http.getRequestHeaders().getFirst(name);
  }

  /**
   * @return every request header
   */
  public Map<String, List<String>> headers() {
    return http.getRequestHeaders();
  }

  /**
   * @return the body as sent
   */
  public String body() {
    return body;
  }

  /**
   * Drops every top-level body field not in {@code fields}, silently, as Rails' strong parameters
   * do: later {@link #json()} calls see only what the platform reads. {@link #body()} stays raw.
   */
  void keepOnly(java.util.Set<String> fields) {
    JsonNode all = rawJson();
    if (all.isObject()) {
      com.fasterxml.jackson.databind.node.ObjectNode kept = JSON.createObjectNode();
      all.fields().forEachRemaining(f -> {
        if (fields.contains(f.getKey())) {
          kept.set(f.getKey(), f.getValue());
        }
      });
      permitted = kept;
    }
  }

  /**
   * @return the body as JSON, without the fields the platform drops
   */
  public JsonNode json() {
    return permitted != null ? permitted : rawJson();
  }

  /** The body the spec checks: what is left once the platform dropped the fields it does not read. */
  String validatedBody() {
    if (permitted == null) {
      return body;
    }
    try {
      return JSON.writeValueAsString(permitted);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The body as sent, before any field was dropped. */
  JsonNode rawJson() {
    try {
      return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BadRequest("body is not JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * @param status the status
   * @param json the body, serialised as JSON; {@code null} for none
   */
  public void respond(int status, Object json) {
    respond(status, json, Map.of());
  }

  /**
   * @param status the status
   * @param json the body, serialised as JSON; {@code null} for none
   * @param headers extra response headers
   */
  public void respond(int status, Object json, Map<String, String> headers) {
    try {
      byte[] bytes = json == null ? new byte[0] : JSON.writeValueAsBytes(json);
      headers.forEach((k, v) -> http.getResponseHeaders().add(k, v));
      if (json != null) {
        http.getResponseHeaders().set("Content-Type", "application/json");
      }
      http.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = http.getResponseBody()) {
          out.write(bytes);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      http.close();
    }
  }

  /** Input a fake cannot accept; answered in the platform's validation shape. */
  public static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what is wrong
     */
    public BadRequest(String message) {
      super(message);
    }
  }
}
