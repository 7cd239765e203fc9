package dev.switchboard.runtime.http;

import dev.switchboard.runtime.internal.OperationBody;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import feign.jackson.JacksonEncoder;
import java.lang.reflect.Type;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * How a request body is written, before the pipeline: Jackson for model bodies; a {@code byte[]}
 * or {@link OperationBody} (already-composed JSON, e.g. GraphQL) as is; and form fields as
 * {@code application/x-www-form-urlencoded}.
 *
 * <p>For an operation whose spec body is {@code application/x-www-form-urlencoded}, openapi-generator's
 * Feign library emits one {@code @Param("<field>")} argument per form field and a
 * {@code Content-Type: application/x-www-form-urlencoded} header; Feign gathers the arguments that
 * are not in the path, query or headers into a map ({@link Encoder#MAP_STRING_WILDCARD}) and hands
 * it here (the generator's own client does it with feign-form's {@code FormEncoder}). A null
 * argument never reaches the map, so an unset field is not sent; a collection is sent as the same
 * field repeated, once per element (Twilio's convention, and what Apache's and Node's form
 * encoders do with a list). Names and values are encoded as HTML forms are (UTF-8, space as
 * {@code +}), as the platforms' own SDKs send them.
 */
final class RequestEncoder implements Encoder {
  /** The form media type, compared without parameters and ignoring case. */
  static final String FORM = "application/x-www-form-urlencoded";

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
    if (object instanceof Map<?, ?> && MAP_STRING_WILDCARD.equals(bodyType) && isForm(template)) {
      template.body(form((Map<?, ?>) object).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
      return;
    }
    json.encode(object, bodyType, template);
  }

  /** Whether the method declares a form body: its own {@code Content-Type}, set by the generated {@code @Headers}. */
  private static boolean isForm(RequestTemplate template) {
    Collection<String> types = template.headers().get("Content-Type");
    if (types == null) {
      for (Map.Entry<String, Collection<String>> e : template.headers().entrySet()) {
        if (e.getKey().equalsIgnoreCase("Content-Type")) {
          types = e.getValue();
        }
      }
    }
    if (types == null) {
      return false;
    }
    for (String t : types) {
      int semicolon = t.indexOf(';');
      String media = (semicolon < 0 ? t : t.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
      if (media.equals(FORM)) {
        return true;
      }
    }
    return false;
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
