package dev.switchboard.runtime.http;

import dev.switchboard.runtime.json.Json;
import feign.AsyncFeign;
import feign.BaseBuilder;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.Request;
import java.time.Clock;

/**
 * Builds a Feign client for a generated interface with everything Switchboard shares: the pooled
 * OkHttp client, timeouts, the credential header, User-Agent, retries by {@link RetryPolicy},
 * typed errors, required-field checks, path-segment encoding and the redacting wire logger.
 * Synchronous and asynchronous clients get exactly the same pieces.
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

  /**
   * A client for a generated {@code *Async} interface, whose methods return
   * {@link java.util.concurrent.CompletableFuture}. Calls run on OkHttp's async dispatcher: no
   * caller thread waits for the network. A failed future holds the same exception types as the
   * synchronous client throws.
   *
   * @param api a generated async Feign interface
   * @param config the client settings
   * @param <T> the interface type
   * @return the client
   */
  public static <T> T createAsync(Class<T> api, ClientConfig config) {
    feign.okhttp.OkHttpClient http = new feign.okhttp.OkHttpClient(HttpClients.forConfig(config));
    return common(AsyncFeign.builder().client(http), api, config, Clock.systemUTC(), true)
        .target(api, baseUrl(config));
  }

  static <T> T create(Class<T> api, ClientConfig config, Clock clock) {
    return create(api, config, new feign.okhttp.OkHttpClient(HttpClients.forConfig(config)), clock);
  }

  /** Every piece as shipped on another transport: the benchmarks compare OkHttp with java.net.http. */
  static <T> T create(Class<T> api, ClientConfig config, feign.Client transport, Clock clock) {
    return common(Feign.builder().client(transport), api, config, clock, false).target(api, baseUrl(config));
  }

  private static <B extends BaseBuilder<B, ?>> B common(
      B builder, Class<?> api, ClientConfig config, Clock clock, boolean async) {
    Redactor redactor = new Redactor(config.credential().secrets());
    String provider = config.provider();
    PolicyRetryer retries = new PolicyRetryer(provider, config.retryPolicy(), config.callTimeout(), clock);
    return builder
        .contract(new PathSegmentContract(provider))
        .encoder(new RequestEncoder(Json.mapper()))
        .decoder(new ResponseDecoder(Json.mapper()))
        .responseInterceptor(new RedirectAsResult())
        .errorDecoder(new ErrorMapper(provider, redactor, config.retryPolicy(), clock))
        // AsyncFeign would run the backoff sleep on OkHttp's dispatcher thread, holding one of its
        // per-host slots; async retries wait on a timer in ClientInvocation instead.
        .retryer(async ? new PolicyRetryer.HandOut() : retries)
        .exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP)
        .options(new Request.Options(config.connectTimeout(), config.readTimeout(), false))
        .requestInterceptor(template -> {
          template.header(config.credential().headerName(), config.credential().headerValue().reveal());
          config.credential().routingHeaders().forEach(template::header);
          template.header("User-Agent", config.userAgent());
        })
        .invocationHandlerFactory(new ClientInvocation(provider, api, retries))
        .logger(new RedactingLogger(provider, redactor, config.credential().headerName()))
        .logLevel(config.wireLog().feignLevel);
  }

  private static String baseUrl(ClientConfig config) {
    String url = config.baseUrl().toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
