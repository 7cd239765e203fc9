package dev.switchboard.spring.boot;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.runtime.error.ApiException;
import dev.switchboard.runtime.error.SwitchboardException;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * One platform's health: a cheap authenticated read (the first page of agents, one agent asked
 * for) through a directory of its own, whose clients make one attempt within the health timeout.
 * {@code DOWN} names the typed reason: the exception's type, its status when the platform answered,
 * and its message (Switchboard's messages never hold a credential).
 */
public final class SwitchboardHealthIndicator implements HealthIndicator {
  private final AgentDirectory probe;

  /**
   * @param probe the platform's directory, built for health checks (one attempt, short timeout)
   */
  public SwitchboardHealthIndicator(AgentDirectory probe) {
    this.probe = probe;
  }

  @Override
  public Health health() {
    long start = System.nanoTime();
    try {
      probe.list(AgentQuery.builder().pageSize(1).build()).iterator().hasNext();
      return Health.up().withDetail("platform", probe.platform().id())
          .withDetail("millis", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).build();
    } catch (SwitchboardException e) {
      Health.Builder down = Health.down().withDetail("platform", probe.platform().id())
          .withDetail("error", e.getClass().getSimpleName());
      if (e instanceof ApiException && ((ApiException) e).status() > 0) {
        down.withDetail("status", ((ApiException) e).status());
      }
      return down.withDetail("message", String.valueOf(e.getMessage())).build();
    } catch (RuntimeException e) {
      // Not one of ours: its message may quote anything, so only its type.
      return Health.down().withDetail("platform", probe.platform().id())
          .withDetail("error", e.getClass().getSimpleName()).build();
    }
  }
}
