package dev.switchboard.bench;

import dev.switchboard.bench.raw.RawClients;
import java.lang.management.ManagementFactory;

/**
 * One first call in a fresh JVM: builds a contender's client and gets one full Bird agent, then
 * prints {@code done} at once (the parent, {@link Scenarios}, times process start to that line),
 * and afterwards {@code times <jvmStartMs> <mainMs> <doneMs>} for the breakdown. Nothing runs
 * before the call that the contender does not need.
 */
public final class ColdStartProbe {
  private ColdStartProbe() {}

  /**
   * @param args {@code port facade|feign|syncOnly|raw|nativePeer}
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    long main = System.currentTimeMillis();
    int port = Integer.parseInt(args[0]);
    String id;
    switch (args[1]) {
      case "facade" -> id = Contenders.birdDirectory(port, LoopbackServer.WORKSPACE).get(LoopbackServer.AGENT_ID).id();
      case "feign" -> id = Contenders.bird(port).agents().getAgent(LoopbackServer.WORKSPACE, LoopbackServer.AGENT_ID).getId();
      case "raw" -> {
        RawClients raw = Contenders.raw(port);
        id = raw.getAgent(LoopbackServer.WORKSPACE, LoopbackServer.AGENT_ID).id();
      }
      case "syncOnly" -> id = Contenders.syncOnly(port).getAgent(LoopbackServer.WORKSPACE, LoopbackServer.AGENT_ID).getId();
      case "nativePeer" -> id = Contenders.nativePeer(port).getAgent(LoopbackServer.WORKSPACE, LoopbackServer.AGENT_ID).getId();
      default -> throw new IllegalArgumentException("unknown contender " + args[1]);
    }
    long done = System.currentTimeMillis();
    Checks.agent(id);
    System.out.println("done");
    System.out.flush();
    System.out.println("times " + ManagementFactory.getRuntimeMXBean().getStartTime() + " " + main + " " + done);
    System.exit(0); // the JDK and OkHttp clients keep non-daemon threads for a while
  }
}
