package dev.switchboard.runtime.http;

import dev.switchboard.runtime.internal.OperationBody;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import feign.jackson.JacksonEncoder;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/** Jackson for model bodies; a {@code byte[]} or {@link OperationBody} (already-composed JSON, e.g. GraphQL) goes as is. */
final class RequestEncoder implements Encoder {
  private final JacksonEncoder json;

  RequestEncoder(ObjectMapper mapper) {
    this.json = new JacksonEncoder(mapper);
  }

  @Override
  public void encode(Object object, Type bodyType, RequestTemplate template) throws EncodeException {
    if (object instanceof byte[]) {
      template.body((byte[]) object, StandardCharsets.UTF_8);
      return;
    }
    if (object instanceof OperationBody) {
      template.body(((OperationBody) object).bytes(), StandardCharsets.UTF_8);
      return;
    }
    json.encode(object, bodyType, template);
  }
}
