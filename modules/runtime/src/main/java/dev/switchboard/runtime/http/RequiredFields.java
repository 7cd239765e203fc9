package dev.switchboard.runtime.http;

import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.internal.Operation;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * Rejects a call before sending when something the spec marks required is missing. The generator
 * writes each method's required parameters into its {@link Operation} and turns {@code required}
 * into {@code @Nonnull} on model fields; this reads those, so the rule lives in the spec and
 * nowhere else. Nested models and lists of models are
 * checked too, and the message names the path, e.g. {@code createBotAgentRequest.webhooks.url}.
 */
final class RequiredFields {
  private static final String NONNULL = "Nonnull";
  private static final Map<Class<?>, ModelField[]> FIELDS = new ConcurrentHashMap<>();

  private final String provider;
  private final String modelPackagePrefix;

  RequiredFields(String provider, Class<?> api) {
    this.provider = provider;
    String pkg = api.getPackageName();
    // Generated layout: <base>.api for interfaces, <base>.model for models.
    this.modelPackagePrefix = pkg.endsWith(".api") ? pkg.substring(0, pkg.length() - 4) : pkg;
  }

  void check(Operation op, String operation, Object[] args) {
    if (args == null) {
      return;
    }
    List<String> names = op.params();
    for (int i = 0; i < names.size() && i < args.length; i++) {
      if (args[i] == null) {
        if (op.required(i)) {
          throw new InvalidInputException(provider, operation, names.get(i), "is required");
        }
        continue;
      }
      checkValue(operation, names.get(i), args[i], 0);
    }
  }

  /** A list or a generated model: something that may hold a required field further down. */
  private boolean nested(Object value) {
    return value instanceof Collection<?>
        || value != null && value.getClass().getPackageName().startsWith(modelPackagePrefix);
  }

  /** A model field, accessible, and whether the spec requires it, read once per class. */
  private record ModelField(Field field, String name, boolean required) {}

  private void checkValue(String operation, String path, Object value, int depth) {
    if (value == null || depth > 16) {
      return;
    }
    if (value instanceof Collection<?>) {
      int index = 0;
      for (Object item : (Collection<?>) value) {
        if (nested(item)) {
          checkValue(operation, path + "[" + index + "]", item, depth + 1);
        }
        index++;
      }
      return;
    }
    if (!value.getClass().getPackageName().startsWith(modelPackagePrefix)) {
      return;
    }
    for (ModelField field : fields(value.getClass())) {
      Object fieldValue = read(field.field(), value);
      if (fieldValue == null) {
        if (field.required()) {
          throw new InvalidInputException(provider, operation, path + "." + field.name(), "is required");
        }
        continue;
      }
      // The path is built only where a value is nested (a model or a list) and may fail inside.
      if (nested(fieldValue)) {
        checkValue(operation, path + "." + field.name(), fieldValue, depth + 1);
      }
    }
  }

  /** The model's instance fields, accessible; generated models keep the annotations there. */
  private static ModelField[] fields(Class<?> type) {
    return FIELDS.computeIfAbsent(type, t -> {
      List<ModelField> out = new ArrayList<>();
      for (Field f : t.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          f.setAccessible(true);
          out.add(new ModelField(f, f.getName(), isNonnull(f.getAnnotations())));
        }
      }
      return out.toArray(new ModelField[0]);
    });
  }

  private static Object read(Field field, Object target) {
    try {
      Object v = field.get(target);
      if (v instanceof JsonNullable<?>) {
        JsonNullable<?> n = (JsonNullable<?>) v;
        return n.isPresent() ? n.get() : null;
      }
      return v;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + field, e);
    }
  }

  private static boolean isNonnull(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a.annotationType().getSimpleName().equals(NONNULL)) {
        return true;
      }
    }
    return false;
  }

}
