package dev.switchboard.runtime.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.Types;
import feign.Util;
import java.nio.charset.StandardCharsets;
import feign.codec.Decoder;
import feign.jackson.JacksonDecoder;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/**
 * Jackson decoding, plus {@link ApiResponse} wrapping for the generated {@code *WithHttpInfo} methods
 * and raw {@code String} bodies.
 */
final class ResponseDecoder implements Decoder {
  private final JacksonDecoder json;

  ResponseDecoder(ObjectMapper mapper) {
    this.json = new JacksonDecoder(mapper);
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    if (type instanceof ParameterizedType && Types.getRawType(type) == ApiResponse.class) {
      Type bodyType = ((ParameterizedType) type).getActualTypeArguments()[0];
      Object body = bodyType == Void.class ? null : json.decode(response, bodyType);
      return new ApiResponse<>(response.status(), response.headers(), body);
    }
    if (type == String.class) {
      // Raw bodies for transports that parse themselves (GraphQL via Apollo's parser).
      return response.body() == null ? "" : Util.toString(response.body().asReader(StandardCharsets.UTF_8));
    }
    return json.decode(response, type);
  }
}
