package dev.switchboard.runtime.http;

import feign.InvocationContext;
import feign.ResponseInterceptor;
import feign.Types;
import java.lang.reflect.ParameterizedType;

/**
 * The non-2xx responses the pipeline lets through as results, decoded without a body: a 3xx for a
 * method returning {@link ApiResponse} (redirects are not followed, see {@link HttpClients#configure};
 * the caller reads {@code Location}, as for Bird's media download answering 302 to a presigned URL),
 * and a 404 the retry step accepted as a completed DELETE. Every other non-2xx became an exception
 * in the pipeline and never reaches Feign.
 */
final class StatusAsResult implements ResponseInterceptor {
  @Override
  public Object intercept(InvocationContext context, Chain chain) throws Exception {
    int status = context.response().status();
    if (status >= 300 && status < 400 || status == 404) {
      context.response().close();
      boolean apiResponse = context.returnType() instanceof ParameterizedType
          && Types.getRawType(context.returnType()) == ApiResponse.class;
      return apiResponse ? new ApiResponse<>(status, context.response().headers(), null) : null;
    }
    return chain.next(context);
  }
}
