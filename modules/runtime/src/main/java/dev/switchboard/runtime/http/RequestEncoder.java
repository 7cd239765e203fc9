package dev.switchboard.runtime.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.internal.OperationBody;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * How a request body is written, before the pipeline: Jackson for model bodies; a {@code byte[]}
 * or {@link OperationBody} (already-composed JSON, e.g. GraphQL) as is; and form fields as
 * {@code application/x-www-form-urlencoded}.
 *
 * <p>For an operation whose spec body is {@code application/x-www-form-urlencoded}, the generated
 * method has one argument per form field, and the generated implementation hands each to
 * {@link dev.switchboard.runtime.internal.BoundCall#form} in declaration order. A null never reaches the map, so an unset field is
 * not sent; a collection is sent as the same field repeated, once per element (Twilio's convention,
 * and what Apache's and Node's form encoders do with a list). Names and values are encoded as HTML
 * forms are (UTF-8, space as {@code +}), as the platforms' own SDKs send them.
 */
final class RequestEncoder {
  /** The form media type, compared without parameters and ignoring case. */
  static final String FORM = "application/x-www-form-urlencoded";

  private RequestEncoder() {}

  /**
   * @param mapper the JSON mapper
   * @param body a model, {@code byte[]} or {@link OperationBody}
   * @param provider the platform, for the exception
   * @param operation the operation, for the exception
   * @return the bytes to send
   */
  static byte[] json(ObjectMapper mapper, Object body, String provider, String operation) {
    if (body instanceof byte[]) {
      return (byte[]) body;
    }
    if (body instanceof OperationBody) {
      return ((OperationBody) body).bytes();
    }
    try {
      return mapper.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      // Jackson's message may quote a value; the type is enough to find the model.
      throw new InvalidInputException(provider, operation, "body",
          "cannot be written as JSON (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** The fields in the order the method declares them; nulls (also inside a collection) are left out. */
  static String form(Map<?, ?> fields) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<?, ?> e : fields.entrySet()) {
      Object value = e.getValue();
      if (value instanceof Collection<?>) {
        for (Object item : (Collection<?>) value) {
          pair(out, e.getKey(), item);
        }
      } else {
        pair(out, e.getKey(), value);
      }
    }
    return out.toString();
  }

  private static void pair(StringBuilder out, Object name, Object value) {
    if (name == null || value == null) {
      return;
    }
    if (out.length() > 0) {
      out.append('&');
    }
    out.append(URLEncoder.encode(name.toString(), StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
  }
}
