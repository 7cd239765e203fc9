package dev.switchboard.spring.boot;

import dev.switchboard.runtime.http.ClientBuilder;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Hands the application's {@link ObservationRegistry} to every platform's client, so each call is
 * a {@code switchboard.client.requests} observation (a timer, and a span with Micrometer Tracing).
 * The health checks leave it out: their probes are not the application's calls.
 */
final class ObservationClientCustomizer implements SwitchboardClientCustomizer {
  private final ObjectProvider<ObservationRegistry> registry;

  ObservationClientCustomizer(ObjectProvider<ObservationRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public void customize(ClientBuilder<?> builder) {
    registry.ifAvailable(builder::observationRegistry);
  }
}
