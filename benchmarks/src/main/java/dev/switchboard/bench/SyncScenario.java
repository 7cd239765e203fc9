package dev.switchboard.bench;

import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxSwitchboard;
import dev.switchboard.sync.ApplyOptions;
import dev.switchboard.sync.ApplyResult;
import dev.switchboard.sync.Plan;
import dev.switchboard.sync.PlatformResult;
import dev.switchboard.sync.Roster;
import dev.switchboard.sync.RosterAgent;
import dev.switchboard.sync.SyncEngine;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The roster sync at scale (issue 15): a roster of {@code agents} agents on Bird and bcrumbs,
 * planned and applied through an in-process sandbox that answers every request after
 * {@code latencyMs} and serves at most {@code rate} requests a second per platform; the engine's
 * client-side limiter is set to the same rate. Then a second plan, which must find nothing to do.
 *
 * <p>The floor is what that latency and rate allow for the requests the sync sends: per platform,
 * the two lists before any write (the plan's and apply's stale check, one page each on an empty
 * platform) one latency each, then the 2 requests of every create (the check that no agent with
 * that key appeared, and the create) at {@code rate}. The platforms run side by side, so the floor
 * is one platform's. With {@code onlySyncer} the engine's lock is
 * {@link dev.switchboard.sync.SyncLock#inProcessOnlySyncer()}, which keeps out every other sync, so
 * no create is checked first: its floor is the creates alone at {@code rate} after one latency
 * (issue 26's creates-only floor). Peak heap is the JVM's (the sandbox's 2 x {@code agents} agents included).
 *
 * <p>Prints one line of {@code key=value} pairs: {@code benchmarks/sync} collects them.
 */
public final class SyncScenario {
  private SyncScenario() {}

  /**
   * @param args {@code agents latencyMs rate maxInFlight [onlySyncer]} ({@code rate} 0: no limit on
   *     either side; {@code onlySyncer} true: the lock that keeps out every other sync)
   */
  public static void main(String[] args) {
    int agents = Integer.parseInt(args[0]);
    long latencyMs = Long.parseLong(args[1]);
    double rate = Double.parseDouble(args[2]);
    int maxInFlight = Integer.parseInt(args[3]);
    boolean onlySyncer = args.length > 4 && Boolean.parseBoolean(args[4]);
    List<Platform> platforms = List.of(Platform.BIRD, Platform.BCRUMBS);

    try (Sandbox sandbox = Sandbox.start(0)) {
      for (Platform p : platforms) {
        sandbox.simulate(p.id(), Duration.ofMillis(latencyMs), rate > 0 ? rate : Double.POSITIVE_INFINITY);
      }
      Switchboard switchboard = SandboxSwitchboard.of(sandbox);
      Switchboard only = Switchboard.builder().add(switchboard.directory(Platform.BIRD))
          .add(switchboard.directory(Platform.BCRUMBS)).build();
      java.util.concurrent.atomic.AtomicInteger retryAfters = new java.util.concurrent.atomic.AtomicInteger();
      SyncEngine.Builder b = SyncEngine.builder().switchboard(only).maxInFlight(maxInFlight)
          .lock(onlySyncer ? dev.switchboard.sync.SyncLock.inProcessOnlySyncer() : dev.switchboard.sync.SyncLock.inProcess())
          .listener(new dev.switchboard.sync.SyncListener() {
            @Override
            public void waiting(Platform platform, Duration wait, String reason) {
              if (reason.equals("Retry-After")) {
                retryAfters.incrementAndGet();
              }
            }
          });
      for (Platform p : platforms) {
        b.rateLimit(p, rate);
      }
      SyncEngine engine = b.build();
      Roster.Builder roster = Roster.builder().platforms(Platform.BIRD, Platform.BCRUMBS);
      for (int i = 1; i <= agents; i++) {
        String n = String.format(Locale.ROOT, "%05d", i);
        roster.agent(RosterAgent.named("Agent " + n).email("agent" + n + "@example.com").userId("user-" + n));
      }
      Roster built = roster.build();
      resetPeaks();

      long t0 = System.nanoTime();
      Plan plan = engine.plan(built);
      long t1 = System.nanoTime();
      ApplyResult result = engine.apply(plan, ApplyOptions.DEFAULTS);
      long t2 = System.nanoTime();
      Plan again = engine.plan(built);
      long t3 = System.nanoTime();

      int created = result.platforms().stream().mapToInt(PlatformResult::created).sum();
      // What the platforms hold afterwards, read back (not timed): a create sent twice shows here as
      // a second agent with the same name and email, whatever the results said.
      int onPlatforms = 0;
      int duplicates = 0;
      for (Platform p : platforms) {
        List<dev.switchboard.facade.Agent> listed = only.directory(p).list(dev.switchboard.facade.AgentQuery.ALL)
            .stream().toList();
        onPlatforms += listed.size();
        duplicates += listed.size() - (int) listed.stream().map(a -> a.name() + "\u0000" + a.email()).distinct().count();
      }
      double seconds = (t2 - t0) / 1e9;
      double latency = latencyMs / 1000.0;
      // Per platform: 2 lists of one page before any write, then check + create for every agent
      // (or, under a lock that keeps out every sync, the creates alone).
      double createsOnlyFloor = latency + (rate > 0 ? agents / rate : 0);
      double floor = onlySyncer ? createsOnlyFloor : 2 * latency + (rate > 0 ? 2.0 * agents / rate : 0);
      System.out.printf(Locale.ROOT,
          "mode=%s agents=%d platforms=2 latencyMs=%d rate=%s maxInFlight=%d created=%d ok=%s planSeconds=%.2f "
              + "syncSeconds=%.2f floorSeconds=%.2f ratio=%.3f createsOnlyFloorSeconds=%.2f secondPlanSeconds=%.2f "
              + "secondPlanActions=%d agentsOnPlatforms=%d duplicates=%d retryAfterWaits=%d peakHeapMiB=%.1f"
              + " maxHeapMiB=%.0f cpuSeconds=%.1f%n",
          onlySyncer ? "onlySyncerLock" : "checkedCreates", agents, latencyMs, rate > 0 ? String.valueOf(rate) : "none", maxInFlight, created, result.ok(), (t1 - t0) / 1e9,
          seconds, floor, floor > 0 ? seconds / floor : 0, createsOnlyFloor, (t3 - t2) / 1e9, again.actionCount(),
          onPlatforms, duplicates, retryAfters.get(), peakHeap() / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0,
          ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9);
      if (!result.ok() || created != 2 * agents || again.actionCount() != 0 || onPlatforms != 2 * agents
          || duplicates != 0) {
        result.platforms().forEach(r -> System.out.println(r.platform().id() + ": " + r.error()));
        System.exit(1);
      }
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
