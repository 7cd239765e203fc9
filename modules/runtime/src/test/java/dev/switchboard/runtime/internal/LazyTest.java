package dev.switchboard.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
  @Test
  void buildsOnceWhateverTheNumberOfThreadsAsking() throws Exception {
    AtomicInteger builds = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    Lazy<Object> lazy = Lazy.of(() -> {
      builds.incrementAndGet();
      return new Object();
    });
    assertThat(lazy.isBuilt()).isFalse();
    ExecutorService pool = Executors.newFixedThreadPool(16);
    List<Future<Object>> got = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      got.add(pool.submit(() -> {
        start.await();
        return lazy.get();
      }));
    }
    start.countDown();
    Object first = got.get(0).get(10, TimeUnit.SECONDS);
    for (Future<Object> f : got) {
      assertThat(f.get(10, TimeUnit.SECONDS)).isSameAs(first);
    }
    pool.shutdownNow();
    assertThat(builds).hasValue(1);
    assertThat(lazy.isBuilt()).isTrue();
  }

  @Test
  void aFailedBuildIsThrownAndTriedAgainNextTime() {
    AtomicInteger calls = new AtomicInteger();
    Lazy<String> lazy = Lazy.of(() -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("first build fails");
      }
      return "built";
    });
    assertThatThrownBy(lazy::get).hasMessage("first build fails");
    assertThat(lazy.isBuilt()).isFalse();
    assertThat(lazy.get()).isEqualTo("built");
    assertThat(calls).hasValue(2);
  }
}
