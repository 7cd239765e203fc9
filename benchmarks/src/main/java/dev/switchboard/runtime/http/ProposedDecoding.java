package dev.switchboard.runtime.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import dev.switchboard.runtime.json.Json;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.Request;
import feign.Response;
import feign.Types;
import feign.Util;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Clock;

/**
 * BENCHMARK PROTOTYPE, not part of the SDK: the runtime's {@link ClientFactory} with one change,
 * the response decoder, to measure the fix BENCHMARKS.md proposes. It sits in the runtime's
 * package only to reach the package-private pieces; everything but the decoder is built exactly as
 * {@code ClientFactory.create} builds it (same contract, encoder, interceptors, error mapping,
 * retryer, invocation handler, logger, OkHttp client).
 *
 * <p>The change: Feign's {@code JacksonDecoder} reads the body through a {@code Reader} (an
 * {@code InputStreamReader} turning UTF-8 bytes into chars, then Jackson's char-based parser);
 * {@link BytesJsonDecoder} gives Jackson the body's {@code InputStream}, so Jackson's byte-based
 * UTF-8 parser reads it directly, as the raw baseline does.
 */
public final class ProposedDecoding {
  private ProposedDecoding() {}

  /**
   * @param api a generated Feign interface
   * @param config the client settings
   * @param <T> the interface type
   * @return the client, decoding bodies from bytes
   */
  public static <T> T create(Class<T> api, ClientConfig config) {
    Clock clock = Clock.systemUTC();
    Redactor redactor = new Redactor(config.credential().secrets());
    String provider = config.provider();
    String url = config.baseUrl().toString();
    return Feign.builder()
        .client(new feign.okhttp.OkHttpClient(HttpClients.forConfig(config)))
        .contract(new PathSegmentContract(provider))
        .encoder(new RequestEncoder(Json.mapper()))
        .decoder(new BytesJsonDecoder(Json.mapper()))
        .responseInterceptor(new RedirectAsResult())
        .errorDecoder(new ErrorMapper(provider, redactor, config.retryPolicy(), clock))
        .retryer(new PolicyRetryer(provider, config.retryPolicy(), config.callTimeout(), clock))
        .exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP)
        .options(new Request.Options(config.connectTimeout(), config.readTimeout(), false))
        .requestInterceptor(template -> {
          template.header(config.credential().headerName(), config.credential().headerValue().reveal());
          template.header("User-Agent", config.userAgent());
        })
        .invocationHandlerFactory(new ClientInvocation(provider, api))
        .logger(new RedactingLogger(provider, redactor, config.credential().headerName()))
        .logLevel(config.wireLog().feignLevel)
        .target(api, url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }

  /**
   * The proposed {@code ResponseDecoder}: same behaviour as the runtime's (ApiResponse wrapping,
   * raw String bodies, 404/204 as empty values, an empty body as null, mapping errors as
   * {@link DecodeException}), but JSON is parsed from the body's bytes.
   */
  public static final class BytesJsonDecoder implements Decoder {
    private final ObjectMapper mapper;

    /**
     * @param mapper the SDK's mapper
     */
    public BytesJsonDecoder(ObjectMapper mapper) {
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
        return response.body() == null ? "" : Util.toString(response.body().asReader(java.nio.charset.StandardCharsets.UTF_8));
      }
      return json(response, type);
    }

    private Object json(Response response, Type type) throws IOException {
      if (response.status() == 404 || response.status() == 204) {
        return Util.emptyValueOf(type);
      }
      if (response.body() == null) {
        return null;
      }
      try (JsonParser parser = mapper.createParser(response.body().asInputStream())) {
        if (parser.nextToken() == null) {
          return null; // empty body, as JacksonDecoder answers
        }
        return mapper.readValue(parser, mapper.constructType(type));
      } catch (RuntimeJsonMappingException e) {
        if (e.getCause() instanceof IOException) {
          throw (IOException) e.getCause();
        }
        throw new DecodeException(response.status(), "" + e.getMessage(), response.request(), e);
      }
    }
  }
}
