package dev.switchboard.runtime.http;

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
      Object result;
      try {
        result = handler.invoke(proxy, method, args);
      } catch (Throwable t) {
        throw translate(t, method);
      }
      if (result instanceof CompletableFuture<?>) {
        // Async clients: retries decided here (the call's own retryer, so attempts and deadline span
        // all of them), and the same translation applied to the failed future.
        Attempt again = () -> handler.invoke(proxy, method, args);
        return withRetries((CompletableFuture<?>) result, again, retries.clone(), method);
      }
      return result;
    };
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
        out.completeExceptionally(translate(cause, method));
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
      return new UnexpectedResponseException(provider, operation, ((DecodeException) t).status(), t);
    }
    if (t instanceof FeignException) {
      FeignException e = (FeignException) t;
      if (e.getCause() instanceof IOException || e.status() <= 0) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return new TransportException(provider, operation, cause instanceof InterruptedIOException, cause);
      }
      return new UnexpectedResponseException(provider, operation, e.status(), e);
    }
    if (t instanceof IOException) {
      return new TransportException(provider, operation, t instanceof InterruptedIOException, t);
    }
    return t;
  }

  private static String operation(Method method) {
    return Responses.operation("#" + method.getName());
  }
}
