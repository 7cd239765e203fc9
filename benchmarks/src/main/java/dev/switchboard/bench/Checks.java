package dev.switchboard.bench;

import org.openjdk.jmh.infra.Blackhole;

/** Cheap checks inside the measured calls, so no contender is timed while it fails or skips work. */
final class Checks {
  private Checks() {}

  static String agent(String id) {
    if (!LoopbackServer.AGENT_ID.equals(id)) {
      throw new IllegalStateException("expected agent " + LoopbackServer.AGENT_ID + ", got " + id);
    }
    return id;
  }

  static String sameAgent(String expected, String id) {
    if (!expected.equals(id)) {
      throw new IllegalStateException("expected agent " + expected + ", got " + id);
    }
    return id;
  }

  static String created(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalStateException("create returned no id");
    }
    return id;
  }

  /** Hands every agent of a page to the blackhole, and checks there were a whole page of them. */
  static int page(Iterable<?> agents, Blackhole bh) {
    int n = 0;
    for (Object a : agents) {
      bh.consume(a);
      n++;
    }
    if (n != LoopbackServer.PAGE_SIZE) {
      throw new IllegalStateException("expected " + LoopbackServer.PAGE_SIZE + " agents, got " + n);
    }
    return n;
  }

  /** Every contender decoded the whole agent, down to the deepest fields. */
  static void deep(dev.switchboard.bird.model.Agent a) {
    require(a.getWeeklySchedule().getSunday().getTo().getMinute() == 1
        && a.getWorkload().getRule().getCapacity().getEmail() == 1
        && a.getCreatedAt() != null && a.getAvailability().getUpdatedAt() != null
        && a.getAssignedSkills().get(0).getSelectedValues().get(0).getId() != null
        && a.getRoles().get(0).getWorkspaces().size() == 1, "feign");
  }

  static void deep(dev.switchboard.bench.nativebird.model.Agent a) {
    require(a.getWeeklySchedule().getSunday().getTo().getMinute() == 1
        && a.getWorkload().getRule().getCapacity().getEmail() == 1
        && a.getCreatedAt() != null && a.getAvailability().getUpdatedAt() != null
        && a.getAssignedSkills().get(0).getSelectedValues().get(0).getId() != null
        && a.getRoles().get(0).getWorkspaces().size() == 1, "native");
  }

  static void deep(dev.switchboard.bench.raw.RawBirdModel.Agent a) {
    require(a.weeklySchedule().sunday().to().minute() == 1
        && a.workload().rule().capacity().email() == 1
        && a.createdAt() != null && a.availability().updatedAt() != null
        && a.assignedSkills().get(0).selectedValues().get(0).id() != null
        && a.roles().get(0).workspaces().size() == 1, "raw");
  }

  private static void require(boolean ok, String who) {
    if (!ok) {
      throw new IllegalStateException(who + ": the agent was not decoded in full");
    }
  }
}
