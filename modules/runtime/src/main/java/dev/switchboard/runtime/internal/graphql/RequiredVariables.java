package dev.switchboard.runtime.internal.graphql;

import com.apollographql.apollo3.api.Optional;
import dev.switchboard.runtime.error.InvalidInputException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collection;

/**
 * Rejects an operation before sending when a non-null GraphQL variable or input field is null, or a
 * non-null String one is blank.
 * Apollo's Java codegen types nullable inputs as {@link Optional} and non-null ones as plain
 * fields, so a plain public field holding null is a missing required value.
 */
final class RequiredVariables {
  private RequiredVariables() {}

  static void check(String provider, String operation, Object op) {
    String root = op.getClass().getPackageName();
    walk(provider, operation, root, "", op, 0);
  }

  private static void walk(String provider, String operation, String root, String path, Object value, int depth) {
    if (depth > 16) {
      return;
    }
    for (Field f : value.getClass().getFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      Object v;
      try {
        v = f.get(value);
      } catch (IllegalAccessException e) {
        continue;
      }
      String fieldPath = path.isEmpty() ? f.getName() : path + "." + f.getName();
      if (v == null) {
        throw new InvalidInputException(provider, operation, fieldPath, "is required");
      }
      if (v instanceof String && ((String) v).isBlank()) {
        // A non-null String variable: the schema requires a value, and a blank one is no value.
        throw new InvalidInputException(provider, operation, fieldPath, "must not be blank");
      }
      if (v instanceof Optional.Present<?>) {
        v = ((Optional.Present<?>) v).getValue();
      }
      if (v instanceof Collection<?>) {
        int i = 0;
        for (Object item : (Collection<?>) v) {
          if (item != null && item.getClass().getPackageName().startsWith(root)) {
            walk(provider, operation, root, fieldPath + "[" + i + "]", item, depth + 1);
          }
          i++;
        }
      } else if (v != null && !(v instanceof Optional<?>) && v.getClass().getPackageName().startsWith(root)) {
        walk(provider, operation, root, fieldPath, v, depth + 1);
      }
    }
  }
}
