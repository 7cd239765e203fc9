package dev.switchboard.spring.boot;

import dev.switchboard.runtime.http.ClientBuilder;

/**
 * A bean of this type changes every platform's client builder before the starter builds it, after
 * the {@code switchboard.*} properties were applied: e.g. to add a pipeline step
 * ({@code b -> b.addPolicy(step)}) or a User-Agent product. Ordered by {@code @Order}.
 */
@FunctionalInterface
public interface SwitchboardClientCustomizer {
  /**
   * @param builder a platform's client builder
   */
  void customize(ClientBuilder<?> builder);
}
