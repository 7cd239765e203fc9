package dev.switchboard.runtime.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import okhttp3.MediaType;

/**
 * What a generated method returns, made from the pipeline's response: Jackson decoding, plus
 * {@link ApiResponse} wrapping for the generated {@code *WithHttpInfo} methods. (GraphQL bodies
 * are read by the pipeline's error mapping step into their {@code OperationBody}, not here.)
 *
 * <p>Two answers other than 2xx reach it as results, decoded without a body: a 3xx for a
 * {@code *WithHttpInfo} method (redirects are not followed, see {@link HttpClients#configure}; the
 * caller reads {@code Location}, as for Bird's media download answering 302 to a presigned URL),
 * and a 404 the retry step accepted as a completed DELETE. Every other non-2xx became an exception
 * in the pipeline.
 *
 * <p>UTF-8 bodies go to Jackson's byte parser: reading them through a {@code Reader} first (as
 * Feign's {@code JacksonDecoder} did) cost about 11% of a 100-agent list call (BENCHMARKS.md,
 * "Where the time goes"). Other declared charsets still go through a Reader.
 */
final class ResponseDecoder {
  private final ObjectMapper mapper;

  ResponseDecoder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * A body that arrived but is not what the spec documents. Its message names the type, the field
   * path and the position, never a value, and it has no cause (Jackson's quotes the body).
   */
  static final class DecodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The response's status. */
    final int status;

    DecodeException(int status, String message) {
      super(message, null);
      this.status = status;
    }
  }

  /**
   * @param response the response the pipeline let through
   * @param type the method's body type ({@code void.class} or {@code Void.class} for none)
   * @param withHttpInfo whether to answer with status and headers too
   * @return the result
   * @throws IOException if the body cannot be read
   * @throws DecodeException if it is not the documented JSON
   */
  Object decode(HttpResponse response, Type type, boolean withHttpInfo) throws IOException {
    int status = response.status();
    boolean none = type == void.class || type == Void.class;
    if (status >= 300 && status < 400 || status == 404 || none) {
      response.close();
      return withHttpInfo ? new ApiResponse<>(status, headers(response), null) : null;
    }
    Object body = json(response, type);
    return withHttpInfo ? new ApiResponse<>(status, headers(response), body) : body;
  }

  private static Map<String, Collection<String>> headers(HttpResponse response) {
    return Collections.<String, Collection<String>>unmodifiableMap(response.headers());
  }

  /** The declared charset, UTF-8 (JSON's own) when none or an unknown one is declared. */
  private static Charset charset(HttpResponse response) {
    String contentType = response.header("Content-Type");
    MediaType type = contentType == null ? null : MediaType.parse(contentType);
    return type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
  }

  private Object json(HttpResponse response, Type type) throws IOException {
    if (response.status() == 204) {
      response.close();
      return emptyValueOf(type);
    }
    JavaType javaType = mapper.constructType(type);
    try (InputStream in = response.body()) {
      if (in == null) {
        return null;
      }
      Charset charset = charset(response);
      try (JsonParser parser = StandardCharsets.UTF_8.equals(charset)
          ? mapper.createParser(in) : mapper.createParser((Reader) new InputStreamReader(in, charset))) {
        if (parser.nextToken() == null) {
          return null; // an empty body
        }
        return mapper.readValue(parser, javaType);
      } catch (JsonProcessingException e) {
        // The bytes arrived but are not the documented JSON: an unexpected response, not a transport
        // failure. Jackson's own message quotes body text, which may hold a secret: it is not kept,
        // not even as the cause. Ours names the type, the field path and the position, never a value.
        throw new DecodeException(response.status(), "response body is not a valid "
            + javaType.getRawClass().getSimpleName() + " (" + e.getClass().getSimpleName() + field(e)
            + where(e.getLocation()) + ")");
      } catch (RuntimeException e) {
        // A generated model that refused a value (an enum, a constructor): the same rule, no value.
        throw new DecodeException(response.status(), "response body is not a valid "
            + javaType.getRawClass().getSimpleName() + " (" + e.getClass().getSimpleName() + ")");
      }
    }
  }

  /** What a 204 answers for a method that returns something: empty, not null, where a type has an empty value. */
  private static Object emptyValueOf(Type type) {
    Type raw = type instanceof ParameterizedType ? ((ParameterizedType) type).getRawType() : type;
    if (raw == Optional.class) {
      return Optional.empty();
    }
    if (raw == List.class || raw == Collection.class || raw == Iterable.class) {
      return List.of();
    }
    if (raw == Set.class) {
      return Set.of();
    }
    if (raw == Map.class) {
      return Map.of();
    }
    return raw == boolean.class ? Boolean.FALSE : null;
  }

  /** The JSON path of a mapping failure, by field names and indexes only. */
  private static String field(JsonProcessingException e) {
    if (!(e instanceof JsonMappingException) || ((JsonMappingException) e).getPath().isEmpty()) {
      return "";
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : ((JsonMappingException) e).getPath()) {
      if (ref.getFieldName() != null && ref.getFrom() instanceof java.util.Map) {
        path.append(path.length() == 0 ? "" : ".").append("*"); // a map key is body text, not a field name
      } else if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "" : " at field '" + path + "'";
  }

  private static String where(JsonLocation at) {
    return at == null || at.getLineNr() < 0 ? "" : ", line " + at.getLineNr() + ", column " + at.getColumnNr();
  }
}
