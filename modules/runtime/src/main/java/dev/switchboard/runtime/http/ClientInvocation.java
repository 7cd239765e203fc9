package dev.switchboard.runtime.http;

import dev.switchboard.runtime.error.SwitchboardException;
import dev.switchboard.runtime.error.TransportException;
import dev.switchboard.runtime.error.UnexpectedResponseException;
import feign.FeignException;
import feign.InvocationHandlerFactory;
import feign.Target;
import feign.codec.DecodeException;
import java.io.IOException;
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
      if (method.getDeclaringClass() != Object.class) {
        required.check(method, args);
      }
      try {
        return handler.invoke(proxy, method, args);
      } catch (SwitchboardException e) {
        throw e;
      } catch (DecodeException e) {
        throw new UnexpectedResponseException(provider, operation(method), e.status(), e);
      } catch (FeignException e) {
        boolean io = e.getCause() instanceof IOException;
        if (io || e.status() <= 0) {
          throw new TransportException(provider, operation(method),
              e.getCause() instanceof java.io.InterruptedIOException, e.getCause() != null ? e.getCause() : e);
        }
        throw new UnexpectedResponseException(provider, operation(method), e.status(), e);
      } catch (IOException e) {
        throw new TransportException(provider, operation(method), e instanceof java.io.InterruptedIOException, e);
      }
    };
  }

  private static String operation(Method method) {
    return Responses.operation("#" + method.getName());
  }
}
