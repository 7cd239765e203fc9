package dev.switchboard.runtime.http;

import dev.switchboard.runtime.internal.ApiBinding;
import dev.switchboard.runtime.internal.json.Json;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;

/**
 * Builds a client for a generated interface: its generated implementation ({@code <Interface>Impl},
 * next to it, from {@code codegen/templates/java-feign/apiImpl.mustache}), bound to one request
 * pipeline ({@link HttpPipelinePolicy}, built by {@code HttpPipeline.build}): required fields,
 * error mapping, user agent, the user's steps, retries by {@link RetryPolicy}, attempt timeout,
 * auth and the redacting wire log, ending in the {@link HttpTransport}. Synchronous and
 * asynchronous clients get exactly the same steps.
 *
 * <p>No proxy and no annotations are read: a Feign client cost about 150 ms of a cold JVM's first
 * call (BENCHMARKS.md, "Cold start"), which the generated code does not pay.
 */
final class ClientFactory {
  private ClientFactory() {}

  /**
   * @param api a generated interface
   * @param config the client settings
   * @param <T> the interface type
   * @return the client
   */
  public static <T> T create(Class<T> api, ClientConfig config) {
    return create(api, config, Clock.systemUTC(), false);
  }

  /**
   * A client for a generated {@code *Async} interface, whose methods return
   * {@link java.util.concurrent.CompletableFuture}. Calls run on the transport's async dispatcher:
   * no caller thread waits for the network, and retries wait on a timer. A failed future holds the
   * same exception types as the synchronous client throws.
   *
   * @param api a generated async interface
   * @param config the client settings
   * @param <T> the interface type
   * @return the client
   */
  public static <T> T createAsync(Class<T> api, ClientConfig config) {
    return create(api, config, Clock.systemUTC(), true);
  }

  static <T> T create(Class<T> api, ClientConfig config, Clock clock) {
    return create(api, config, clock, false);
  }

  private static <T> T create(Class<T> api, ClientConfig config, Clock clock, boolean async) {
    RequiredFieldsStep required = new RequiredFieldsStep(new RequiredFields(config.provider(), api));
    HttpPipeline pipeline = HttpPipeline.build(config, required, clock);
    ApiBinding binding = new PipelineBinding(config, pipeline, required, Json.mapper(), async);
    return api.cast(implementation(api, binding));
  }

  private static Object implementation(Class<?> api, ApiBinding binding) {
    String name = api.getName() + "Impl";
    try {
      Class<?> impl = Class.forName(name, true, api.getClassLoader());
      if (!api.isAssignableFrom(impl)) {
        throw new IllegalArgumentException(name + " does not implement " + api.getName());
      }
      Constructor<?> constructor = impl.getDeclaredConstructor(ApiBinding.class);
      constructor.setAccessible(true); // generated implementations are package-private
      return constructor.newInstance(binding);
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      throw new IllegalArgumentException(api.getName() + " is not a generated client interface: no " + name
          + "(ApiBinding) beside it", e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot create " + name, e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + name, e);
    }
  }
}
