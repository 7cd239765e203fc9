package dev.switchboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One request to a fake, with its platform prefix removed, and the means to answer it. It knows no
 * server engine: the front end ({@link HttpFront}) fills it from the wire, and sends the answer the
 * fake {@link #respond recorded} only after the sandbox has made the change durable (a journal
 * record with {@code --state}), so an acknowledged write is never one the disk has not seen.
 */
public final class Exchange {
  static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

  private final String method;
  private final String path;
  private final String rawPath;
  private final Map<String, List<String>> query = new LinkedHashMap<>();
  private final Map<String, List<String>> headers;
  /** Empty until the front end has read it (after the key check, within the size limit). */
  private String body = "";
  /** Seconds a simulated rate limit asks this request to wait; 0 when none refused it. */
  int retryAfterSeconds;
  /** The body as the platform's code sees it once it dropped the fields it does not read. */
  private JsonNode permitted;
  /** The recorded answer; the first one counts (a fake answers once). */
  private int status;
  private byte[] responseBody;
  private final Map<String, String> responseHeaders = new LinkedHashMap<>();

  /**
   * @param method the HTTP method as the fake should see it ({@code GET} for a {@code HEAD})
   * @param rawPath the raw (still encoded) path below the platform prefix
   * @param rawQuery the raw query, or {@code null}
   * @param headers the request headers, names case-insensitive
   */
  Exchange(String method, String rawPath, String rawQuery, Map<String, List<String>> headers) {
    this.method = method;
    this.rawPath = rawPath;
    this.path = decodePath(rawPath);
    this.headers = headers;
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String k = decode(eq < 0 ? pair : pair.substring(0, eq));
        String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
        query.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
      }
    }
  }

  /** A malformed escape ({@code %zz}) is the client's mistake: the platform's 400, never a 500. */
  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadRequest("malformed percent-encoding in '" + s + "'");
    }
  }

  /** As {@link java.net.URI#getPath()}: '+' is a plus in a path, not a space. */
  private static String decodePath(String raw) {
    return raw.indexOf('%') < 0 ? raw : decode(raw.replace("+", "%2B"));
  }

  void body(String body) {
    this.body = body;
  }

  /**
   * @return the HTTP method
   */
  public String method() {
    return method;
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
        out.add(decode(s.replace("+", "%2B")));
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
    List<String> v = headers.get(name);
    return v == null || v.isEmpty() ? null : v.get(0);
  }

  /**
   * @return every request header
   */
  public Map<String, List<String>> headers() {
    return headers;
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

  /**
   * @return the body the spec checks: what is left once the platform dropped the fields it does
   *     not read ({@link dev.switchboard.sandbox.spi.SpecGate}), or the body as sent when it dropped none
   */
  public String validatedBody() {
    if (permitted == null) {
      return body;
    }
    if (isForm()) {
      return formOf(permitted);
    }
    try {
      return JSON.writeValueAsString(permitted);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * @return the body as sent, as JSON, before any field was dropped (an empty object for no body; a
   *     form's fields as text)
   * @throws BadRequest if the body is not JSON
   */
  public JsonNode rawJson() {
    if (isForm()) {
      return formFields();
    }
    try {
      return body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BadRequest("body is not JSON: " + e.getOriginalMessage());
    }
  }

  /**
   * @return whether the body is a form ({@code application/x-www-form-urlencoded}), as Twilio's
   *     writes are: {@link #json()} then holds its fields as text (a repeated field as a list)
   */
  public boolean isForm() {
    String type = header("Content-Type");
    return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  /** The form's fields, in order; a malformed escape is the client's 400. */
  private JsonNode formFields() {
    com.fasterxml.jackson.databind.node.ObjectNode out = JSON.createObjectNode();
    if (body.isEmpty()) {
      return out;
    }
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = decode(eq < 0 ? pair : pair.substring(0, eq));
      String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
      JsonNode seen = out.get(k);
      if (seen == null) {
        out.put(k, v);
      } else if (seen.isArray()) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) seen).add(v);
      } else {
        out.putArray(k).add(seen).add(v);
      }
    }
    return out;
  }

  /** Fields back as a form, for the spec gate to read what the platform kept. */
  private static String formOf(JsonNode fields) {
    StringBuilder out = new StringBuilder();
    fields.fields().forEachRemaining(f -> {
      for (JsonNode v : f.getValue().isArray() ? f.getValue() : JSON.createArrayNode().add(f.getValue())) {
        if (out.length() > 0) {
          out.append('&');
        }
        out.append(java.net.URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8)).append('=')
            .append(java.net.URLEncoder.encode(v.asText(), StandardCharsets.UTF_8));
      }
    });
    return out.toString();
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
    if (this.status != 0) {
      return;
    }
    try {
      this.responseBody = json == null ? new byte[0] : JSON.writeValueAsBytes(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise the answer", e);
    }
    this.responseHeaders.putAll(headers);
    if (json != null) {
      this.responseHeaders.put("Content-Type", "application/json");
    }
    this.status = status;
  }

  /** Forgets a recorded answer, so that an error can replace it. */
  void clearAnswer() {
    status = 0;
    responseBody = null;
    responseHeaders.clear();
  }

  /** @return whether the fake answered */
  boolean answered() {
    return status != 0;
  }

  int status() {
    return status;
  }

  byte[] responseBody() {
    return responseBody;
  }

  Map<String, String> responseHeaders() {
    return responseHeaders;
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
