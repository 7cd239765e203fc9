package dev.switchboard.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a generated client method sends, known when the code is generated: the HTTP method, the
 * path template, the fixed headers, the parameters in declaration order with whether the spec
 * requires each, and whether the operation is a read that may be repeated. Generated
 * implementations keep one per method in a constant and hand it to {@link ApiBinding#start}.
 *
 * <p>Built once and never changed after the generated class's constants are set; safe to share.
 */
public final class Operation {
  private final String method;
  private final String name;
  private final String[] path;
  private final Map<String, List<String>> headers;
  private final List<String> params;
  private final List<Boolean> required;
  private final boolean idempotent;
  private final boolean withHttpInfo;
  /** This request under other names, made once per name, so each keeps one identity. */
  private final Map<String, Operation> named = new java.util.concurrent.ConcurrentHashMap<>();

  private Operation(String method, String pathTemplate, String name) {
    this.method = method;
    this.name = name;
    this.path = split(pathTemplate);
    this.headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    this.params = new ArrayList<>();
    this.required = new ArrayList<>();
    this.idempotent = false;
    this.withHttpInfo = false;
  }

  private Operation(Operation from, boolean idempotent, boolean withHttpInfo, String name) {
    this.method = from.method;
    this.name = name;
    this.path = from.path;
    this.headers = from.headers;
    this.params = from.params;
    this.required = from.required;
    this.idempotent = idempotent;
    this.withHttpInfo = withHttpInfo;
  }

  /**
   * @param method the HTTP method, e.g. {@code GET}
   * @param pathTemplate the path below the base URL with {@code {name}} placeholders, e.g.
   *     {@code /workspaces/{workspaceId}/agents}; empty for the base URL itself
   * @param name the operation as errors and observations name it, e.g. {@code listAgents}
   * @return the operation, to be completed with {@link #header} and {@link #param}
   */
  public static Operation of(String method, String pathTemplate, String name) {
    return new Operation(method, pathTemplate, name);
  }

  /**
   * A fixed header (e.g. {@code Accept}), sent on every call. Only while the constant is built.
   *
   * @param name the header name
   * @param value its value
   * @return this
   */
  public Operation header(String name, String value) {
    headers.put(name, List.of(value));
    return this;
  }

  /**
   * The next parameter of the method, in declaration order. Only while the constant is built.
   *
   * @param name the parameter's name, as exceptions name it
   * @param isRequired whether the spec requires it (checked before any request)
   * @return this
   */
  public Operation param(String name, boolean isRequired) {
    params.add(name);
    required.add(isRequired);
    return this;
  }

  /**
   * @return this operation marked as a read whose HTTP method is not idempotent (a POST), so the
   *     retry step may repeat it ({@code x-idempotent} in the spec)
   */
  public Operation idempotent() {
    return new Operation(this, true, withHttpInfo, name);
  }

  /**
   * @return the same request for the {@code *WithHttpInfo} method, which answers with status and
   *     headers, and takes a 3xx as a result
   */
  public Operation withHttpInfo() {
    return new Operation(this, idempotent, true, name);
  }

  /**
   * @param operation the name a call reports
   * @return the same request under another name (one GraphQL endpoint method, many operations)
   */
  public Operation named(String operation) {
    if (operation == null || operation.equals(name)) {
      return this;
    }
    return named.computeIfAbsent(operation, n -> new Operation(this, idempotent, withHttpInfo, n));
  }

  /** @return the HTTP method */
  public String method() {
    return method;
  }

  /** @return the operation's name */
  public String name() {
    return name;
  }

  /**
   * @return the path template split at its placeholders: literal text at even indexes,
   *     placeholder names at odd ones (do not modify)
   */
  public String[] pathParts() {
    return path;
  }

  /** @return the fixed headers, names compared ignoring case (do not modify) */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** @return the parameter names in declaration order (do not modify) */
  public List<String> params() {
    return params;
  }

  /**
   * @param index a parameter's position
   * @return whether the spec requires it
   */
  public boolean required(int index) {
    return required.get(index);
  }

  /** @return whether the operation may be repeated although its HTTP method is not idempotent */
  public boolean isIdempotent() {
    return idempotent;
  }

  /** @return whether the method returns the status and headers with the body */
  public boolean isWithHttpInfo() {
    return withHttpInfo;
  }

  @Override
  public String toString() {
    StringBuilder t = new StringBuilder();
    for (int i = 0; i < path.length; i++) {
      t.append(i % 2 == 0 ? path[i] : "{" + path[i] + "}");
    }
    return name + " (" + method + " " + t + ")";
  }

  private static String[] split(String template) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = template.indexOf('{', from);
      int close = open < 0 ? -1 : template.indexOf('}', open);
      if (close < 0) {
        parts.add(template.substring(from));
        return parts.toArray(new String[0]);
      }
      parts.add(template.substring(from, open));
      parts.add(template.substring(open + 1, close));
      from = close + 1;
    }
  }
}
