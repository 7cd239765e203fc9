package dev.switchboard.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.bird.BirdDirectory;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Streams every agent of a {@code paged-N} workspace (N pages of 100 full agents) through the
 * facade's auto-pager, in a fresh JVM that {@link Scenarios} starts with {@code -Xmx256m}, and prints
 * one JSON line.
 *
 * <p>Two modes. {@code time}: wall time of the whole stream, plus the peak heap used right after
 * each garbage collection the JVM chose to run (GC notifications: the sum over pools of
 * {@code memoryUsageAfterGc}) and the peak used heap sampled every 5 ms (garbage included).
 * {@code heap}: the same stream with a forced full GC every 10,000 agents, recording the live heap
 * there, so growth with the count shows directly; the forced GCs' time is left out of its wall time.
 */
public final class PagingProbe {
  private PagingProbe() {}

  /**
   * @param args {@code port pages time|heap}
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    int pages = Integer.parseInt(args[1]);
    boolean heapMode = args[2].equals("heap");
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    AtomicLong peakAfterGc = new AtomicLong();
    AtomicLong gcCount = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
          return;
        }
        GarbageCollectionNotificationInfo info =
            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (MemoryUsage u : info.getGcInfo().getMemoryUsageAfterGc().values()) {
          used += u.getUsed();
        }
        gcCount.incrementAndGet();
        peakAfterGc.accumulateAndGet(used, Math::max);
      }, null, null);
    }

    BirdDirectory directory = Contenders.birdDirectory(port, "paged-" + pages);
    System.gc();
    long baseline = memory.getHeapMemoryUsage().getUsed();
    peakAfterGc.set(0);
    gcCount.set(0);

    AtomicLong peakSampled = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peakSampled.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();

    List<Long> live = new ArrayList<>();
    long[] count = {0};
    long[] checksum = {0};
    long[] paused = {0};
    long start = System.nanoTime();
    directory.list(AgentQuery.ALL.withPageSize(LoopbackServer.PAGE_SIZE)).forEach(agent -> {
      count[0]++;
      checksum[0] += agent.id().length();
      if (heapMode && count[0] % 10_000 == 0) {
        long t = System.nanoTime();
        System.gc();
        live.add(memory.getHeapMemoryUsage().getUsed());
        paused[0] += System.nanoTime() - t;
      }
    });
    long wallNanos = System.nanoTime() - start - paused[0];
    sampler.interrupt();
    sampler.join();
    Thread.sleep(200); // let the last GC notifications arrive

    long expected = (long) pages * LoopbackServer.PAGE_SIZE;
    if (count[0] != expected) {
      throw new IllegalStateException("expected " + expected + " agents, streamed " + count[0]);
    }
    StringBuilder json = new StringBuilder();
    json.append(String.format(Locale.ROOT,
        "{\"mode\":\"%s\",\"pages\":%d,\"agents\":%d,\"checksum\":%d,\"wallMs\":%.1f,\"agentsPerSecond\":%.0f,"
            + "\"baselineLiveBytes\":%d,\"peakUsedAfterGcBytes\":%d,\"gcCount\":%d,\"peakSampledUsedBytes\":%d,"
            + "\"maxHeapBytes\":%d,\"liveAfterForcedGcBytes\":%s}",
        heapMode ? "heap" : "time", pages, count[0], checksum[0], wallNanos / 1e6,
        count[0] / (wallNanos / 1e9), baseline, peakAfterGc.get(), gcCount.get(), peakSampled.get(),
        memory.getHeapMemoryUsage().getMax(), live));
    System.out.println(json);
  }
}
