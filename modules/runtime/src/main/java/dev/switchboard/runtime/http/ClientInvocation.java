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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * The outermost layer of every client. Before the call: required parameters and fields are checked
 * ({@link RequiredFields}), so bad input never leaves the machine. After it: whatever Feign still
 * throws (a body that failed to read or decode) leaves as a {@link SwitchboardException}, so
 * callers catch one hierarchy.
 */
final class ClientInvocation implements InvocationHandlerFactory {
  private final InvocationHandlerFactory delegate = new InvocationHandlerFactory.Default();
  private final String provider;

  private final RequiredFields required;

  ClientInvocation(String provider, Class<?> api) {
    this.provider = provider;
    this.required = new RequiredFields(provider, api);
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
        // Async clients: the same translation, applied to the failed future.
        CompletableFuture<Object> out = new CompletableFuture<>();
        ((CompletableFuture<?>) result).whenComplete((value, failure) -> {
          if (failure == null) {
            out.complete(value);
          } else {
            out.completeExceptionally(translate(failure, method));
          }
        });
        return out;
      }
      return result;
    };
  }

  private Throwable translate(Throwable t, Method method) {
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
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
