package dev.switchboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.runtime.http.RetryPolicy;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxSwitchboard;
import dev.switchboard.sync.FaultProxy.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The sync fault matrix (issue 22, acceptance): each platform that can create agents x each fault
 * ({@link Fault}: reset before the answer, answer lost after the server applied, 500, 429, stall
 * past the read timeout) x where it strikes (the first write, a middle write, two writes). Faults
 * come from a {@link FaultProxy} in front of the sandbox; the apply under test makes 3 creates (one
 * with an availability), a rename and, where the platform removes agents, a remove. Per cell: the
 * result's counts equal what the sandbox holds afterwards (action by action), every action not
 * entirely applied is in {@link PlatformResult#failures()}, nothing stays unknown (the re-read that
 * settles is not faulted), and a second sync converges with no duplicate. The totals are printed.
 * ChatCaptain is not a row: a sync sends it no write (it cannot create or remove agents).
 */
class SyncFaultMatrixTest {
  static final RetryPolicy POLICY = RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(5))
      .maxDelay(Duration.ofMillis(20)).maxRetryAfter(Duration.ofSeconds(1)).build();
  static final List<String> PLATFORMS = List.of("chatwoot", "bird", "livechat", "bcrumbs");
  static final List<String> WHERE = List.of("first write", "middle write", "two writes");

  record Cell(String platform, Fault fault, String where, int fired, int applied, int failed, int unknown,
      int settled, int notStarted, boolean converged) {}

  @Test
  void everyFaultAtEveryPlaceGivesCountsThatMatchThePlatformAndASecondSyncConverges() {
    long start = System.nanoTime();
    List<Cell> cells = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (Sandbox sandbox = Sandbox.start(0); FaultProxy proxy = new FaultProxy(sandbox)) {
      Switchboard direct = SandboxSwitchboard.of(sandbox);
      Switchboard proxied = proxy.switchboard(Map.of("READ_TIMEOUT", "300"), b -> b.retryPolicy(POLICY));
      for (String id : PLATFORMS) {
        Platform p = Platform.of(id);
        int writes = calibrate(sandbox, proxy, direct, proxied, p);
        for (Fault fault : Fault.values()) {
          for (String where : WHERE) {
            Map<Integer, Fault> faults = new LinkedHashMap<>();
            if (where.equals("first write")) {
              faults.put(0, fault);
            } else if (where.equals("middle write")) {
              faults.put(writes / 2, fault);
            } else {
              faults.put(0, fault);
              faults.put(1, fault);
            }
            try {
              cells.add(cell(sandbox, proxy, direct, proxied, p, fault, where, faults));
            } catch (AssertionError e) {
              problems.add(id + " / " + fault + " / " + where + ": " + e.getMessage());
            }
          }
        }
      }
    }
    print(cells, Duration.ofNanos(System.nanoTime() - start));
    assertThat(problems).as("cells whose result did not match the platform").isEmpty();
    assertThat(cells).hasSize(PLATFORMS.size() * Fault.values().length * WHERE.size());
    assertThat(cells.stream().mapToInt(Cell::fired).sum()).as("faults struck").isPositive();
    assertThat(cells).as("cells where no fault struck").allMatch(c -> c.fired() > 0);
  }

  /** A fault-free run of the same apply: how many writes it makes. */
  private static int calibrate(Sandbox sandbox, FaultProxy proxy, Switchboard direct, Switchboard proxied, Platform p) {
    Plan plan = prepare(sandbox, direct, proxied, p);
    proxy.faults(Map.of());
    PlatformResult r = apply(proxied, plan).platform(p).orElseThrow();
    assertThat(r.ok()).as(p.id() + " without faults: " + r).isTrue();
    assertThat(proxy.writes()).as(p.id() + " writes").isGreaterThanOrEqualTo(4);
    return proxy.writes();
  }

  private static Cell cell(Sandbox sandbox, FaultProxy proxy, Switchboard direct, Switchboard proxied, Platform p,
      Fault fault, String where, Map<Integer, Fault> faults) {
    Plan plan = prepare(sandbox, direct, proxied, p);
    proxy.faults(faults);
    PlatformResult r = apply(proxied, plan).platform(p).orElseThrow();
    int fired = proxy.fired();
    proxy.faults(Map.of());
    String label = p.id() + " / " + fault + " / " + where + ": " + describe(r);

    // Every action is accounted for, and each one not entirely applied is listed.
    assertThat(r.outcomes().size() + r.notStarted()).as(label).isEqualTo(plan.platform(p).orElseThrow().actions().size());
    assertThat(r.failures()).as(label).hasSize(r.failed() + r.unknown())
        .allSatisfy(o -> assertThat(o.failure() != null || !o.notDone().isEmpty()).isTrue());
    assertThat(r.unknown()).as(label + ": the settling re-read is not faulted, so nothing stays unknown").isZero();
    assertThat(r.ok()).as(label).isEqualTo(r.failures().isEmpty() && r.notStarted() == 0 && r.error() == null);
    if (r.ok()) {
      // "ok" must mean the roster holds there: nothing left for the next sync (a fault on a request
      // the roster did not ask for, such as LiveChat's default routing status, may leave it so).
      assertThat(SyncEngine.builder().switchboard(direct).build().plan(roster(p), PlanOptions.DEFAULTS).isEmpty())
          .as(label + ": reported ok, so nothing is left to do").isTrue();
    }

    // What the result says equals what the platform holds, action by action.
    AgentDirectory d = direct.directory(p);
    List<Agent> now = d.list().stream().collect(Collectors.toList());
    PlatformDescription rules = d.description();
    int createdThere = 0;
    for (PlannedAction a : plan.platform(p).orElseThrow().actions()) {
      Optional<ActionOutcome> o = r.outcomes().stream().filter(x -> x.action().equals(a)).findFirst();
      switch (a.type()) {
        case CREATE: {
          Optional<Agent> there = byKey(rules, now, a.key());
          boolean said = o.map(x -> x.did(ActionOutcome.CREATED) || x.did(ActionOutcome.ALREADY_THERE)).orElse(false);
          assertThat(there.isPresent()).as(label + ": '" + a.agent() + "' there").isEqualTo(said);
          createdThere += there.isPresent() ? 1 : 0;
          String wanted = a.fields().get("availability");
          if (there.isPresent() && wanted != null && there.get().availability() != Availability.UNKNOWN) {
            boolean set = wanted.equals(there.get().availability().name().toLowerCase(Locale.ROOT));
            boolean saidNotSet = o.get().notDone().contains("availability not set");
            assertThat(saidNotSet).as(label + ": '" + a.agent() + "' availability " + there.get().availability()).isEqualTo(!set);
          }
          break;
        }
        case REMOVE: {
          boolean gone = now.stream().noneMatch(x -> x.id().equals(a.agentId()));
          boolean said = o.map(x -> x.did(ActionOutcome.REMOVED) || x.did(ActionOutcome.ALREADY_GONE)).orElse(false);
          assertThat(gone).as(label + ": '" + a.agent() + "' gone").isEqualTo(said);
          break;
        }
        case UPDATE: {
          String name = now.stream().filter(x -> x.id().equals(a.agentId())).map(Agent::name).findFirst().orElse(null);
          boolean said = o.map(x -> x.did(ActionOutcome.UPDATED)).orElse(false);
          assertThat(Objects.equals(name, a.fields().get("name"))).as(label + ": renamed").isEqualTo(said);
          break;
        }
        default:
          throw new AssertionError("unexpected " + a.type());
      }
    }
    assertThat(createdThere).as(label + ": created").isEqualTo(r.created() + r.skipped());

    // A second sync, without faults, converges: the next plan is empty and no key is there twice.
    SyncEngine again = SyncEngine.builder().switchboard(direct).build();
    ApplyResult second = again.apply(again.plan(roster(p), PlanOptions.DEFAULTS),
        ApplyOptions.builder().confirmRemovals(true).allowMassDelete(true).build());
    assertThat(second.ok()).as(label + ": second sync " + second).isTrue();
    boolean converged = again.plan(roster(p), PlanOptions.DEFAULTS).isEmpty();
    assertThat(converged).as(label + ": converged").isTrue();
    List<String> keys = d.list().stream().map(x -> RosterAgent.key(rules.matchKey(), x.name(), x.email()))
        .filter(Objects::nonNull).collect(Collectors.toList());
    assertThat(keys).as(label + ": duplicates").doesNotHaveDuplicates();

    int applied = (int) r.outcomes().stream().filter(o -> o.status() == ActionStatus.APPLIED).count();
    int settled = (int) r.outcomes().stream().filter(ActionOutcome::settled).count();
    return new Cell(p.id(), fault, where, fired, applied, r.failed(), r.unknown(), settled, r.notStarted(), converged);
  }

  /** Empties the sandbox, seeds the agents to rename and to remove, and plans through the proxy. */
  private static Plan prepare(Sandbox sandbox, Switchboard direct, Switchboard proxied, Platform p) {
    sandbox.reset();
    AgentDirectory d = direct.directory(p);
    d.create(seed("Dee Done", "dee@example.com", p));
    if (d.supports(Capability.DELETE)) {
      d.create(seed("Old Timer", "old@example.com", p));
    }
    return SyncEngine.builder().switchboard(proxied).build().plan(roster(p), PlanOptions.DEFAULTS);
  }

  private static NewAgent seed(String name, String email, Platform p) {
    NewAgent.Builder b = NewAgent.named(name).email(email).userId(java.util.UUID.nameUUIDFromBytes(email.getBytes()).toString());
    return (p.id().equals("chatwoot") ? b.role("agent") : b).build();
  }

  static Roster roster(Platform p) {
    String role = p.id().equals("chatwoot") ? "    role: agent\n" : "";
    String yaml = "platforms: [" + p.id() + "]\nagents:\n"
        + agent("Ann Able", "ann@example.com", role + "    availability: away\n")
        + agent("Bea Bold", "bea@example.com", role)
        + agent("Cid Calm", "cid@example.com", role)
        + agent("Dee Renamed", "dee@example.com", role + "    renamedFrom: Dee Done\n");
    return SyncEngineTest.roster(yaml);
  }

  private static String agent(String name, String email, String more) {
    return "  - name: " + name + "\n    email: " + email + "\n    userId: "
        + java.util.UUID.nameUUIDFromBytes(email.getBytes()) + "\n" + more;
  }

  private static ApplyResult apply(Switchboard proxied, Plan plan) {
    return SyncEngine.builder().switchboard(proxied).build()
        .apply(plan, ApplyOptions.builder().confirmRemovals(true).allowMassDelete(true).build());
  }

  private static Optional<Agent> byKey(PlatformDescription rules, List<Agent> now, String key) {
    return now.stream().filter(x -> key.equals(RosterAgent.key(rules.matchKey(), x.name(), x.email()))).findFirst();
  }

  private static String describe(PlatformResult r) {
    return "created " + r.created() + ", updated " + r.updated() + ", removed " + r.removed() + ", failed " + r.failed()
        + ", unknown " + r.unknown() + ", not started " + r.notStarted() + ", outcomes "
        + r.outcomes().stream().map(ActionOutcome::describe).collect(Collectors.toList());
  }

  private static void print(List<Cell> cells, Duration took) {
    StringBuilder s = new StringBuilder(String.format("%nSync fault matrix: %d cells in %d s%n", cells.size(), took.toSeconds()));
    s.append(String.format("%-20s %-13s %6s %6s %8s %7s %7s %8s %11s %9s%n", "fault", "where", "cells", "fired",
        "applied", "failed", "unknown", "settled", "not started", "converged"));
    for (Fault f : Fault.values()) {
      for (String w : WHERE) {
        List<Cell> row = cells.stream().filter(c -> c.fault() == f && c.where().equals(w)).collect(Collectors.toList());
        s.append(String.format("%-20s %-13s %6d %6d %8d %7d %7d %8d %11d %9d%n", f.name().toLowerCase(Locale.ROOT), w,
            row.size(), row.stream().mapToInt(Cell::fired).sum(), row.stream().mapToInt(Cell::applied).sum(),
            row.stream().mapToInt(Cell::failed).sum(), row.stream().mapToInt(Cell::unknown).sum(),
            row.stream().mapToInt(Cell::settled).sum(), row.stream().mapToInt(Cell::notStarted).sum(),
            row.stream().filter(Cell::converged).count()));
      }
    }
    System.out.print(s);
  }
}
