package dev.switchboard.runtime.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.Types;
import feign.codec.Decoder;
import feign.jackson.JacksonDecoder;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;

/** Jackson decoding, plus {@link ApiResponse} wrapping for the generated {@code *WithHttpInfo} methods. */
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
    return json.decode(response, type);
  }
}
