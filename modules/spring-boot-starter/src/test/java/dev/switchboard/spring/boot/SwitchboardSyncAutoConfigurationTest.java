package dev.switchboard.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.facade.Platform;
import dev.switchboard.sync.SyncEngine;
import dev.switchboard.sync.SyncLock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The sync engine bean, and which lock keeps its syncs apart (issue 22, item 7). */
class SwitchboardSyncAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(SwitchboardAutoConfiguration.class, SwitchboardSyncAutoConfiguration.class))
      .withPropertyValues("switchboard.bird.access-key=k-123", "switchboard.bird.workspace=w1",
          "switchboard.bird.url=http://127.0.0.1:9/bird");

  /** A LockProvider as ShedLock's in-memory ones behave: one holder per name; records what it was asked. */
  static final class MemoryLockProvider implements LockProvider {
    final Map<String, Boolean> held = new ConcurrentHashMap<>();
    final List<LockConfiguration> asked = new ArrayList<>();

    @Override
    public synchronized Optional<SimpleLock> lock(LockConfiguration config) {
      asked.add(config);
      if (held.putIfAbsent(config.getName(), true) != null) {
        return Optional.empty();
      }
      return Optional.of(() -> held.remove(config.getName()));
    }
  }

  @Test
  void withAShedLockProviderSyncsOfOneAccountTakeTurnsThroughIt() throws Exception {
    MemoryLockProvider provider = new MemoryLockProvider();
    runner.withBean(LockProvider.class, () -> provider).run(context -> {
      assertThat(context).hasSingleBean(SyncEngine.class);
      SyncLock lock = context.getBean(SyncLock.class);
      assertThat(lock).isInstanceOf(ShedLockSyncLock.class);
      SyncLock.Key key = new SyncLock.Key(Platform.BIRD, "http://127.0.0.1:9/bird|WORKSPACE=w1");

      Optional<SyncLock.Held> first = lock.acquire(key, Duration.ZERO);
      Optional<SyncLock.Held> second = lock.acquire(key, Duration.ofMillis(600));
      assertThat(first).isPresent();
      assertThat(second).as("held by the first").isEmpty();
      first.get().close();
      Optional<SyncLock.Held> third = lock.acquire(key, Duration.ZERO);
      assertThat(third).isPresent();
      third.get().close();

      assertThat(provider.asked).extracting(LockConfiguration::getName).allMatch(n -> n.startsWith("switchboard-sync-bird-")
          && n.length() <= 64 && !n.contains("w1"));
      assertThat(provider.asked.size()).as("the wait polled the provider again").isGreaterThanOrEqualTo(4);
    });
  }

  @Test
  void withoutALockProviderTheLockIsTheProcesssOwn() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(SyncEngine.class).doesNotHaveBean(SyncLock.class);
    });
    runner.withClassLoader(new FilteredClassLoader(LockProvider.class)).run(context -> {
      assertThat(context).hasSingleBean(SyncEngine.class).doesNotHaveBean(SyncLock.class);
    });
  }

  @Test
  void withoutSwitchboardSyncThereIsNoEngine() {
    runner.withClassLoader(new FilteredClassLoader(SyncEngine.class)).run(context -> {
      assertThat(context).doesNotHaveBean(SyncEngine.class);
    });
  }
}
