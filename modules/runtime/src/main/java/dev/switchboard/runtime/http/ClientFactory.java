package dev.switchboard.runtime.http;

import dev.switchboard.runtime.internal.json.Json;
import feign.AsyncFeign;
import feign.BaseBuilder;
import feign.Feign;
import feign.Retryer;
import java.time.Clock;

/**
 * Builds a client for a generated Feign interface. Feign supplies the contract, encoder and
 * decoder for the generated interfaces; every call then goes through the one request pipeline
 * ({@link HttpPipelinePolicy}, built by {@code HttpPipeline.build}): required fields, error mapping,
 * user agent, the user's steps, retries by {@link RetryPolicy}, attempt timeout, auth and the
 * redacting wire log, ending in the {@link HttpTransport}. Synchronous and asynchronous clients get
 * exactly the same steps.
 */
final class ClientFactory {
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
   * {@link java.util.concurrent.CompletableFuture}. Calls run on the transport's async dispatcher:
   * no caller thread waits for the network, and retries wait on a timer. A failed future holds the
   * same exception types as the synchronous client throws.
   *
   * @param api a generated async Feign interface
   * @param config the client settings
   * @param <T> the interface type
   * @return the client
   */
  public static <T> T createAsync(Class<T> api, ClientConfig config) {
    PipelineClient client = client(api, config, Clock.systemUTC());
    return common(AsyncFeign.builder().client(client), api, config, client).target(api, baseUrl(config));
  }

  static <T> T create(Class<T> api, ClientConfig config, Clock clock) {
    PipelineClient client = client(api, config, clock);
    return common(Feign.builder().client(client), api, config, client).target(api, baseUrl(config));
  }

  private static PipelineClient client(Class<?> api, ClientConfig config, Clock clock) {
    RequiredFieldsStep required = new RequiredFieldsStep(new RequiredFields(config.provider(), api));
    return new PipelineClient(HttpPipeline.build(config, required, clock), required);
  }

  private static <B extends BaseBuilder<B, ?>> B common(
      B builder, Class<?> api, ClientConfig config, PipelineClient client) {
    return builder
        .contract(new PathSegmentContract(config.provider()))
        .encoder(new RequestEncoder(Json.mapper()))
        .decoder(new ResponseDecoder(Json.mapper()))
        .responseInterceptor(new StatusAsResult())
        // Retries are the pipeline's retry step; errors are mapped in the pipeline, so no non-2xx
        // other than those StatusAsResult turns into results ever reaches Feign's error decoder.
        .retryer(Retryer.NEVER_RETRY)
        .invocationHandlerFactory(new ClientInvocation(config.provider(), client.requiredFields()));
  }

  private static String baseUrl(ClientConfig config) {
    String url = config.baseUrl().toString();
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
