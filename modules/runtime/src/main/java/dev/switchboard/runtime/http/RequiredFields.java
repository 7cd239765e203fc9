package dev.switchboard.runtime.http;

import dev.switchboard.runtime.error.InvalidInputException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * Rejects a call before sending when something the spec marks required is missing. The generator
 * turns {@code required} into {@code @Nonnull} on method parameters and model fields; this reads
 * those, so the rule lives in the spec and nowhere else. Nested models and lists of models are
 * checked too, and the message names the path, e.g. {@code createBotAgentRequest.webhooks.url}.
 */
final class RequiredFields {
  private static final String NONNULL = "Nonnull";
  private static final Map<Class<?>, Field[]> FIELDS = new ConcurrentHashMap<>();

  private final String provider;
  private final String modelPackagePrefix;

  RequiredFields(String provider, Class<?> api) {
    this.provider = provider;
    String pkg = api.getPackageName();
    // Generated layout: <base>.implementation.api for interfaces, <base>.implementation.model for models.
    this.modelPackagePrefix = pkg.endsWith(".api") ? pkg.substring(0, pkg.length() - 4) : pkg;
  }

  void check(Method method, Object[] args) {
    if (args == null) {
      return;
    }
    String operation = Responses.operation("#" + method.getName());
    Parameter[] params = method.getParameters();
    for (int i = 0; i < params.length && i < args.length; i++) {
      String name = params[i].getName();
      if (args[i] == null) {
        if (isNonnull(params[i].getAnnotations())) {
          throw new InvalidInputException(provider, operation, name, "is required");
        }
        continue;
      }
      checkValue(operation, name, args[i], 0);
    }
  }

  private void checkValue(String operation, String path, Object value, int depth) {
    if (value == null || depth > 16) {
      return;
    }
    if (value instanceof Collection<?>) {
      int index = 0;
      for (Object item : (Collection<?>) value) {
        checkValue(operation, path + "[" + index++ + "]", item, depth + 1);
      }
      return;
    }
    if (!value.getClass().getPackageName().startsWith(modelPackagePrefix)) {
      return;
    }
    for (Field field : fields(value.getClass())) {
      Object fieldValue = read(field, value);
      String fieldPath = path + "." + field.getName();
      if (fieldValue == null && isNonnull(field.getAnnotations())) {
        throw new InvalidInputException(provider, operation, fieldPath, "is required");
      }
      checkValue(operation, fieldPath, fieldValue, depth + 1);
    }
  }

  /** The model's instance fields, accessible; generated models keep the annotations there. */
  private static Field[] fields(Class<?> type) {
    return FIELDS.computeIfAbsent(type, t -> {
      List<Field> out = new ArrayList<>();
      for (Field f : t.getDeclaredFields()) {
        if (!Modifier.isStatic(f.getModifiers())) {
          f.setAccessible(true);
          out.add(f);
        }
      }
      return out.toArray(new Field[0]);
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
