package dev.switchboard.runtime.http;

import dev.switchboard.runtime.internal.Idempotent;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;

/**
 * What the pipeline needs to know about one generated method, worked out once when the client is
 * built, so no call pays for reflection.
 */
final class CallSite {
  final Method method;
  final String operation;
  /** Marked {@link Idempotent}: a POST that is a read, safe to repeat. */
  final boolean idempotent;
  /** Returns a future: the caller does not wait. */
  final boolean async;
  /** Returns {@link ApiResponse}: a 3xx is a result the caller reads, not an error. */
  final boolean returnsApiResponse;
  /** {@code @QueryMap} parameter indexes, whose maps are encoded once before Feign sees them. */
  final int[] queryMaps;
  /** Copies of this site under other operation names ({@link #named}), made once per name. */
  private final java.util.concurrent.ConcurrentHashMap<String, CallSite> named = new java.util.concurrent.ConcurrentHashMap<>();

  CallSite(Method method) {
    this.method = method;
    this.operation = Responses.operation("#" + method.getName());
    this.idempotent = method.isAnnotationPresent(Idempotent.class);
    this.async = method.getReturnType() == CompletableFuture.class;
    Type type = method.getGenericReturnType();
    if (async && type instanceof ParameterizedType) {
      type = ((ParameterizedType) type).getActualTypeArguments()[0];
    }
    this.returnsApiResponse = feign.Types.getRawType(type) == ApiResponse.class;
    java.lang.annotation.Annotation[][] annotations = method.getParameterAnnotations();
    int[] found = new int[annotations.length];
    int n = 0;
    for (int i = 0; i < annotations.length; i++) {
      for (java.lang.annotation.Annotation a : annotations[i]) {
        if (a instanceof feign.QueryMap) {
          found[n++] = i;
          break;
        }
      }
    }
    this.queryMaps = java.util.Arrays.copyOf(found, n);
  }

  /** The same method reported under another operation name (one GraphQL endpoint method, many operations). */
  private CallSite(CallSite base, String operation) {
    this.method = base.method;
    this.operation = operation;
    this.idempotent = base.idempotent;
    this.async = base.async;
    this.returnsApiResponse = base.returnsApiResponse;
    this.queryMaps = base.queryMaps;
  }

  /**
   * @param name the operation a call of this method reports
   * @return this site, or a copy under that name
   */
  CallSite named(String name) {
    return name == null || name.equals(operation) ? this : named.computeIfAbsent(name, n -> new CallSite(this, n));
  }
}
