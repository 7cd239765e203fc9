package dev.switchboard.runtime.http;

import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.runtime.error.SwitchboardException;
import dev.switchboard.runtime.error.TransportException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import feign.FeignException;
import feign.InvocationHandlerFactory;
import feign.Target;
import feign.codec.DecodeException;
import feign.RetryableException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * The outermost layer of every client. Before the call: required parameters and fields are checked
 * ({@link RequiredFields}), so bad input never leaves the machine. After it: whatever Feign still
 * throws (a body that failed to read or decode) leaves as a {@link SwitchboardException}, so
 * callers catch one hierarchy. For async clients it also runs the retries, by the same
 * {@link PolicyRetryer} rules, waiting on a timer rather than on an HTTP thread.
 */
final class ClientInvocation implements InvocationHandlerFactory {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger("dev.switchboard.http");
  private final InvocationHandlerFactory delegate = new InvocationHandlerFactory.Default();
  private final String provider;

  private final RequiredFields required;
  private final PolicyRetryer retries;

  ClientInvocation(String provider, Class<?> api, PolicyRetryer retries) {
    this.provider = provider;
    this.required = new RequiredFields(provider, api);
    this.retries = retries;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
    InvocationHandler handler = delegate.create(target, dispatch);
    return (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return handler.invoke(proxy, method, args);
      }
      required.check(method, args);
      Object[] sent = encodeQueryMaps(method, args);
      Object result;
      PolicyRetryer.RETRIED.remove();
      try {
        result = handler.invoke(proxy, method, sent);
      } catch (Throwable t) {
        Throwable typed = translate(t, method);
        if (Boolean.TRUE.equals(PolicyRetryer.RETRIED.get()) && deleteFoundGone(typed, method)) {
          return emptyResult(method);
        }
        throw typed;
      } finally {
        PolicyRetryer.RETRIED.remove();
      }
      if (result instanceof CompletableFuture<?>) {
        // Async clients: retries decided here (the call's own retryer, so attempts and deadline span
        // all of them), and the same translation applied to the failed future.
        Attempt again = () -> handler.invoke(proxy, method, sent);
        return withRetries((CompletableFuture<?>) result, again, retries.clone(), method);
      }
      return result;
    };
  }

  /** {@code @QueryMap} arguments with keys and values encoded once (see {@link PathSegmentContract}). */
  private static Object[] encodeQueryMaps(Method method, Object[] args) {
    if (args == null) {
      return null;
    }
    Object[] out = args;
    java.lang.annotation.Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < args.length && i < annotations.length; i++) {
      if (args[i] instanceof Map<?, ?> && hasQueryMap(annotations[i])) {
        out = out == args ? args.clone() : out;
        out[i] = PathSegmentContract.encodeQueryMap((Map<?, ?>) args[i]);
      }
    }
    return out;
  }

  private static boolean hasQueryMap(java.lang.annotation.Annotation[] annotations) {
    for (java.lang.annotation.Annotation a : annotations) {
      if (a instanceof feign.QueryMap) {
        return true;
      }
    }
    return false;
  }

  /**
   * A DELETE that was retried (its earlier response was lost) and then answered 404: the first
   * attempt deleted it, so the delete has succeeded.
   */
  private boolean deleteFoundGone(Throwable typed, Method method) {
    feign.RequestLine line = method.getAnnotation(feign.RequestLine.class);
    if (!(typed instanceof NotFoundException) || line == null || !line.value().trim().startsWith("DELETE ")) {
      return false;
    }
    LOG.debug("{} {}: 404 on a retried DELETE; an earlier attempt deleted it, so the delete has succeeded",
        provider, operation(method));
    return true;
  }

  /** What a successful delete returns: nothing, or a response saying 404 for {@code *WithHttpInfo}. */
  private static Object emptyResult(Method method) {
    Class<?> raw = method.getReturnType();
    java.lang.reflect.Type type = method.getGenericReturnType();
    if (raw == CompletableFuture.class && type instanceof java.lang.reflect.ParameterizedType) {
      type = ((java.lang.reflect.ParameterizedType) type).getActualTypeArguments()[0];
      raw = feign.Types.getRawType(type);
    }
    return raw == ApiResponse.class ? new ApiResponse<>(404, Map.of(), null) : null;
  }

  private CompletableFuture<Object> withRetries(
      CompletableFuture<?> first, Attempt again, PolicyRetryer call, Method method) {
    CompletableFuture<Object> out = new CompletableFuture<>();
    settle(first, out, again, call, method);
    return out;
  }

  /** Completes {@code out} from this attempt, or from later ones the policy allows. */
  private void settle(
      CompletableFuture<?> attempt, CompletableFuture<Object> out, Attempt again, PolicyRetryer call, Method method) {
    attempt.whenComplete((value, failure) -> {
      if (failure == null) {
        out.complete(value);
        return;
      }
      Throwable cause = unwrap(failure);
      if (!(cause instanceof RetryableException)) {
        Throwable typed = translate(cause, method);
        if (call.attempts() > 1 && deleteFoundGone(typed, method)) {
          out.complete(emptyResult(method));
        } else {
          out.completeExceptionally(typed);
        }
        return;
      }
      Duration delay;
      try {
        delay = call.nextDelay((RetryableException) cause);
      } catch (RetryableException last) {
        out.completeExceptionally(translate(last, method));
        return;
      }
      // A timer, not a sleep: this runs on OkHttp's dispatcher thread.
      CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
        if (out.isDone()) {
          return; // the caller cancelled while we waited: no further attempt
        }
        try {
          settle((CompletableFuture<?>) again.start(), out, again, call, method);
        } catch (Throwable t) {
          out.completeExceptionally(translate(t, method));
        }
      });
    });
  }

  /** One more invocation of the same method with the same arguments. */
  private interface Attempt {
    Object start() throws Throwable;
  }

  private static Throwable unwrap(Throwable t) {
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  private Throwable translate(Throwable t, Method method) {
    t = unwrap(t);
    if (t instanceof SwitchboardException || t instanceof Error) {
      return t;
    }
    if (t instanceof RetryableException && t.getCause() instanceof SwitchboardException) {
      return t.getCause();
    }
    String operation = operation(method);
    if (t instanceof DecodeException) {
      // Our decoder's DecodeException names type and field only and has no cause; anything else
      // Feign wrapped may quote the body, so only its type is kept.
      DecodeException d = (DecodeException) t;
      return d.getCause() == null ? new UnexpectedResponseException(provider, operation, d.status(), d)
          : new UnexpectedResponseException(provider, operation, d.status(), d.getCause().getClass().getSimpleName());
    }
    if (t instanceof FeignException) {
      FeignException e = (FeignException) t;
      if (e.getCause() instanceof IOException || e.status() <= 0) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return new TransportException(provider, operation, cause instanceof InterruptedIOException, cause);
      }
      // Feign's message quotes the response body: keep only the type.
      return new UnexpectedResponseException(provider, operation, e.status(), e.getClass().getSimpleName());
    }
    if (t instanceof IOException) {
      return new TransportException(provider, operation, t instanceof InterruptedIOException, t);
    }
    if (t instanceof RuntimeException) {
      // Nothing leaves a client untyped; the original's message may quote response text.
      return new UnexpectedResponseException(provider, operation, 0, t.getClass().getSimpleName());
    }
    return t;
  }

  private static String operation(Method method) {
    return Responses.operation("#" + method.getName());
  }
}
