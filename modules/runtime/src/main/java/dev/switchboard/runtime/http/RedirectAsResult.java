package dev.switchboard.runtime.http;

import feign.InvocationContext;
import feign.ResponseInterceptor;
import feign.Types;
import java.lang.reflect.ParameterizedType;

/**
 * Redirects are not followed (see {@link HttpClients#configure}); for methods returning
 * {@link ApiResponse} a 3xx is a result the caller reads ({@code Location}), not an error. Bird's
 * media download answers 302 to a presigned file URL, for instance.
 */
final class RedirectAsResult implements ResponseInterceptor {
  @Override
  public Object intercept(InvocationContext context, Chain chain) throws Exception {
    int status = context.response().status();
    if (status >= 300 && status < 400
        && context.returnType() instanceof ParameterizedType
        && Types.getRawType(context.returnType()) == ApiResponse.class) {
      context.response().close();
      return new ApiResponse<>(status, context.response().headers(), null);
    }
    return chain.next(context);
  }
}
