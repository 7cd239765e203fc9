package dev.switchboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.runtime.paging.PagedIterable;
import dev.switchboard.sandbox.junit.SandboxExtension;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Creates at the floor (issue 26, item 1): under a lock that keeps out every other sync, the engine
 * reads the platform once under the lock (the stale-plan check) and then only creates; under the
 * default in-process lock, which cannot vouch for other processes, it asks once more before each
 * create. Counted on the directory, every request going over HTTP to the sandbox.
 */
@ExtendWith(SandboxExtension.class)
class CreatesAtTheFloorTest {
  static final Platform BIRD = SyncEngineTest.BIRD;
  static final String ROSTER = "platforms: [bird]\nagents:\n  - name: Ann Able\n  - name: Bo Baker\n  - name: Cy Cole\n";

  /** Counts listings: the planning read, the stale check, the per-create checks and the settling read. */
  static final class CountingLists extends Directories.Forwarding {
    final AtomicInteger lists = new AtomicInteger();

    CountingLists(AgentDirectory d) {
      super(d);
    }

    @Override
    public PagedIterable<dev.switchboard.facade.Agent> list(AgentQuery query) {
      lists.incrementAndGet();
      return d.list(query);
    }
  }

  private static int listsDuringApply(Switchboard sb, SyncLock lock) {
    CountingLists counting = new CountingLists(sb.directory(BIRD));
    Switchboard counted = Directories.replace(sb, counting);
    SyncEngine engine = SyncEngine.builder().switchboard(counted).lock(lock).build();
    Plan plan = engine.plan(SyncEngineTest.roster(ROSTER));
    int before = counting.lists.get();

    PlatformResult bird = engine.apply(plan, ApplyOptions.DEFAULTS).platform(BIRD).orElseThrow();
    int lists = counting.lists.get() - before;

    assertThat(bird.ok()).as(String.valueOf(bird)).isTrue();
    assertThat(bird.created()).isEqualTo(3);
    assertThat(engine.plan(SyncEngineTest.roster(ROSTER)).isEmpty()).as("nothing left, nothing twice").isTrue();
    return lists;
  }

  @Test
  void underALockThatKeepsOutEverySyncTheCreatesAreNotCheckedOneByOne(Switchboard sb) {
    assertThat(SyncLock.inProcessOnlySyncer().excludesEverySync()).isTrue();
    // One read under the lock: the stale-plan check. No read per create.
    assertThat(listsDuringApply(sb, SyncLock.inProcessOnlySyncer())).isEqualTo(1);
  }

  @Test
  void underTheDefaultLockEachCreateIsCheckedFirst(Switchboard sb) {
    assertThat(SyncLock.inProcess().excludesEverySync()).isFalse();
    // The stale-plan check, then one check per create.
    assertThat(listsDuringApply(sb, SyncLock.inProcess())).isEqualTo(1 + 3);
  }
}
