package dev.switchboard.runtime.error;

import java.util.List;
import java.util.Map;

/**
 * One entry of a GraphQL response's {@code errors} array.
 *
 * @param message the error message
 * @param path the response path the error belongs to (field names and list indexes), may be empty
 * @param code {@code extensions.code}, e.g. {@code NOT_FOUND}, or null
 * @param extensions all extensions as sent
 */
public record GraphQlError(
    String message, List<Object> path, String code, Map<String, Object> extensions) {
  /**
   * Defensive copies; nulls become empty.
   *
   * @param message the error message
   * @param path the response path the error belongs to (field names and list indexes), may be empty
   * @param code {@code extensions.code}, e.g. {@code NOT_FOUND}, or null
   * @param extensions all extensions as sent
   */
  public GraphQlError {
    // Unmodifiable copies that allow JSON nulls (List.copyOf and Map.copyOf would throw on them).
    path = path == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(path));
    extensions = extensions == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extensions));
  }
}
