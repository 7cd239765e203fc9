package dev.switchboard.runtime.http;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.Types;
import feign.Util;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okio.Buffer;

/**
 * Jackson decoding, plus {@link ApiResponse} wrapping for the generated {@code *WithHttpInfo} methods
 * and raw bodies ({@code String}, or an okio {@code Buffer} of UTF-8 bytes).
 *
 * <p>Not Feign's {@code JacksonDecoder}: that one reads every body through a {@code Reader}, and
 * decoding UTF-8 to chars before Jackson's char parser cost about 11% of a 100-agent list call
 * (BENCHMARKS.md, "Where the time goes"). UTF-8 bodies go to Jackson's byte parser instead; other
 * declared charsets still go through a Reader.
 */
final class ResponseDecoder implements Decoder {
  private final ObjectMapper mapper;

  ResponseDecoder(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public Object decode(Response response, Type type) throws IOException {
    if (type instanceof ParameterizedType && Types.getRawType(type) == ApiResponse.class) {
      Type bodyType = ((ParameterizedType) type).getActualTypeArguments()[0];
      Object body = bodyType == Void.class ? null : json(response, bodyType);
      return new ApiResponse<>(response.status(), response.headers(), body);
    }
    if (type == String.class) {
      // Raw bodies for transports that parse themselves.
      return response.body() == null ? "" : Util.toString(response.body().asReader(response.charset()));
    }
    if (type == Buffer.class) {
      return bytes(response);
    }
    return json(response, type);
  }

  /**
   * The raw body as UTF-8 bytes in okio's pooled segments, for transports that parse bytes themselves
   * (GraphQL parses them in place). Asking for a {@code String} instead cost bcrumbs 149 KB per
   * 100-agent call against raw's 80 KB: the Reader's buffers, a growing StringBuilder, the String,
   * then Apollo writing it back into a Buffer (BENCHMARKS.md, "Issue 14: performance holds").
   */
  private static Buffer bytes(Response response) throws IOException {
    Buffer out = new Buffer();
    if (response.body() == null) {
      return out;
    }
    Charset charset = response.charset();
    if (StandardCharsets.UTF_8.equals(charset)) {
      try (InputStream in = response.body().asInputStream()) {
        out.readFrom(in);
      }
    } else {
      // A declared other charset: decoded in it, handed on as UTF-8, the encoding JSON parsers read.
      out.writeString(Util.toString(response.body().asReader(charset)), StandardCharsets.UTF_8);
    }
    return out;
  }

  private Object json(Response response, Type type) throws IOException {
    // As JacksonDecoder: a 404 or 204 that reaches the decoder (a void or Optional-like return) is empty.
    if (response.status() == 404 || response.status() == 204) {
      return Util.emptyValueOf(type);
    }
    if (response.body() == null) {
      return null;
    }
    JavaType javaType = mapper.constructType(type);
    Charset charset = response.charset();
    try (JsonParser parser = StandardCharsets.UTF_8.equals(charset)
        ? mapper.createParser(response.body().asInputStream())
        : mapper.createParser(response.body().asReader(charset))) {
      if (parser.nextToken() == null) {
        return null; // an empty body, which JacksonDecoder also answers with null
      }
      return mapper.readValue(parser, javaType);
    } catch (JsonProcessingException e) {
      // The bytes arrived but are not the documented JSON: an unexpected response, not a transport
      // failure (Feign would report an IOException from a decoder as a failed read).
      // Jackson's own message quotes body text, which may hold a secret: it is not kept, not even as
      // the cause. Ours names the type, the field path and the position, never a value.
      throw new DecodeException(response.status(), "response body is not a valid "
          + javaType.getRawClass().getSimpleName() + " (" + e.getClass().getSimpleName() + field(e)
          + where(e.getLocation()) + ")", response.request());
    } catch (RuntimeException e) {
      // A generated model that refused a value (an enum, a constructor): the same rule, no value.
      throw new DecodeException(response.status(), "response body is not a valid "
          + javaType.getRawClass().getSimpleName() + " (" + e.getClass().getSimpleName() + ")", response.request());
    }
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
