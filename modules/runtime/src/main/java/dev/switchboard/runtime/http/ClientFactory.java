package dev.switchboard.runtime.http;

import dev.switchboard.runtime.json.Json;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.Request;
import java.time.Clock;

/**
 * Builds a Feign client for a generated interface with everything Switchboard shares: the pooled
 * OkHttp client, timeouts, the credential header, User-Agent, retries by {@link RetryPolicy},
 * typed errors, path-segment encoding and the redacting wire logger.
 */
public final class ClientFactory {
  private ClientFactory() {}

  /**
   * @param api a generated Feign interface
   * @param config the client settings
   * @param <T> the interface type
   * @return the client
   */
  public static <T> T create(Class<T> api, ClientConfig config) {
    return create(api, config, Clock.systemUTC());
  }

  static <T> T create(Class<T> api, ClientConfig config, Clock clock) {
    Redactor redactor = new Redactor(config.credential().secrets());
    String provider = config.provider();
    return Feign.builder()
        .client(new feign.okhttp.OkHttpClient(HttpClients.forConfig(config)))
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
        .target(api, stripTrailingSlash(config.baseUrl().toString()));
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
