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
   * A second experiment: the runtime's Feign stack exactly as {@code ClientFactory} builds it (the
   * current {@code ResponseDecoder} included) but on the JDK's {@link java.net.http.HttpClient}
   * instead of OkHttp, through {@link JdkClient}. Separates the transport from everything else.
   *
   * @param api a generated Feign interface
   * @param config the client settings
   * @param <T> the interface type
   * @return the client
   */
  public static <T> T createOnJdk(Class<T> api, ClientConfig config) {
    Clock clock = Clock.systemUTC();
    Redactor redactor = new Redactor(config.credential().secrets());
    String provider = config.provider();
    String url = config.baseUrl().toString();
    return Feign.builder()
        .client(new JdkClient(java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .connectTimeout(config.connectTimeout())
            .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
            .build()))
        .contract(new PathSegmentContract(provider))
        .encoder(new RequestEncoder(Json.mapper()))
        .decoder(new ResponseDecoder(Json.mapper()))
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

  /** A minimal Feign {@link feign.Client} on java.net.http: body read whole as bytes, like the baseline. */
  static final class JdkClient implements feign.Client {
    private static final java.util.Set<String> RESTRICTED =
        java.util.Set.of("connection", "content-length", "expect", "host", "upgrade");
    private final java.net.http.HttpClient http;

    JdkClient(java.net.http.HttpClient http) {
      this.http = http;
    }

    @Override
    public Response execute(Request request, Request.Options options) throws IOException {
      java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(request.url()))
          .timeout(java.time.Duration.ofMillis(options.readTimeoutMillis()));
      request.headers().forEach((name, values) -> {
        if (!RESTRICTED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
          values.forEach(v -> b.header(name, v));
        }
      });
      byte[] body = request.body();
      b.method(request.httpMethod().name(), body == null
          ? java.net.http.HttpRequest.BodyPublishers.noBody()
          : java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
      java.net.http.HttpResponse<byte[]> r;
      try {
        r = http.send(b.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted");
      }
      return Response.builder()
          .status(r.statusCode())
          .reason("")
          .request(request)
          .headers(new java.util.HashMap<>(r.headers().map()))
          .body(r.body())
          .build();
    }
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
