package dev.switchboard.runtime.http;

import dev.switchboard.runtime.internal.OperationBody;
import dev.switchboard.runtime.error.SwitchboardException;
import dev.switchboard.runtime.error.TransportException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import dev.switchboard.runtime.internal.RequestScope;
import feign.FeignException;
import feign.InvocationHandlerFactory;
import feign.Target;
import feign.codec.DecodeException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The outermost layer of every client: it starts the {@link HttpCall} for each method call and
 * hands it to the pipeline through Feign. Before Feign builds the request, required parameters and
 * fields are checked, so bad input never leaves the machine, with an exception naming the field.
 * After it, what Feign itself still throws (a body that failed to read or decode) leaves as a
 * {@link SwitchboardException}, so callers catch one hierarchy.
 */
final class ClientInvocation implements InvocationHandlerFactory {
  private final InvocationHandlerFactory delegate = new InvocationHandlerFactory.Default();
  private final String provider;
  private final RequiredFieldsStep required;

  ClientInvocation(String provider, RequiredFieldsStep required) {
    this.provider = provider;
    this.required = required;
  }

  @Override
  @SuppressWarnings("rawtypes")
  public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
    InvocationHandler handler = delegate.create(target, dispatch);
    // Everything a call needs to know about its method, worked out once here, not per call.
    Map<Method, CallSite> sites = new HashMap<>();
    for (Method method : dispatch.keySet()) {
      if (method.getDeclaringClass() != Object.class && !method.isDefault()) {
        sites.put(method, new CallSite(method));
      }
    }
    return (proxy, method, args) -> {
      CallSite methodSite = sites.get(method);
      if (methodSite == null) {
        return handler.invoke(proxy, method, args);
      }
      // A body that names its operation (GraphQL) is reported under that name everywhere.
      CallSite site = args != null && args.length > 0 && args[0] instanceof OperationBody
          ? methodSite.named(((OperationBody) args[0]).operation()) : methodSite;
      HttpCall call = new HttpCall(provider, site, args, site.async);
      // Read here, on the caller's thread: the options of the operation this call belongs to.
      RequestScope scope = RequestScope.current();
      call.scope(scope);
      required.check(call);
      Object[] sent = withCall(encodeQueryMaps(site, args), call);
      if (!site.async) {
        try {
          return handler.invoke(proxy, method, sent);
        } catch (Throwable t) {
          throw translate(t, site);
        }
      }
      CompletableFuture<?> result;
      try {
        result = (CompletableFuture<?>) handler.invoke(proxy, method, sent);
      } catch (Throwable t) {
        return CompletableFuture.failedFuture(translate(t, site));
      }
      CompletableFuture<Object> out = new CompletableFuture<>();
      // Completed inside the operation's scope: what the caller chained on (the next request of an
      // async operation) runs now, on this thread, and keeps the operation's options and deadline.
      result.whenComplete((value, failure) -> RequestScope.within(scope, () -> failure == null
          ? out.complete(value) : out.completeExceptionally(translate(failure, site))));
      // A caller's cancel reaches the retry step, which then makes no further attempt.
      out.whenComplete((value, failure) -> {
        if (out.isCancelled()) {
          call.cancel();
        }
      });
      return out;
    };
  }

  /** The arguments plus the options object that carries the call to {@link PipelineClient}. */
  private static Object[] withCall(Object[] args, HttpCall call) {
    int n = args == null ? 0 : args.length;
    Object[] out = new Object[n + 1];
    if (n > 0) {
      System.arraycopy(args, 0, out, 0, n);
    }
    out[n] = new PipelineClient.CallOptions(call);
    return out;
  }

  /** {@code @QueryMap} arguments with keys and values encoded once (see {@link PathSegmentContract}). */
  private static Object[] encodeQueryMaps(CallSite site, Object[] args) {
    if (args == null || site.queryMaps.length == 0) {
      return args;
    }
    Object[] out = args.clone();
    for (int i : site.queryMaps) {
      if (out[i] instanceof Map<?, ?>) {
        out[i] = PathSegmentContract.encodeQueryMap((Map<?, ?>) out[i]);
      }
    }
    return out;
  }

  private Throwable translate(Throwable t, CallSite site) {
    t = Futures.unwrap(t);
    if (t instanceof SwitchboardException || t instanceof Error
        || t instanceof java.util.concurrent.CancellationException) {
      return t;
    }
    String operation = site.operation;
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
}
