package dev.switchboard.bench;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxSwitchboard;
import java.util.UUID;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The sandbox as users' tests meet it: a warm in-process sandbox, called through the facade over
 * loopback keep-alive connections. Each call includes the sandbox's spec validation of the
 * request. The question is the median time per get and per create (BENCHMARKS.md, "The sandbox").
 */
public class SandboxCalls {
  /** One sandbox and a Bird directory on it, with one agent to read. */
  @State(Scope.Benchmark)
  public static class Running {
    Sandbox sandbox;
    AgentDirectory bird;
    AgentDirectory chatwoot;
    String agentId;

    /** Starts the sandbox (TCP_NODELAY is its default) and creates the agent the gets read. */
    @Setup(Level.Trial)
    public void start() {
      sandbox = Sandbox.start(0);
      bird = SandboxSwitchboard.of(sandbox).directory(Platform.BIRD);
      chatwoot = SandboxSwitchboard.of(sandbox).directory(Platform.CHATWOOT);
      agentId = bird.create(NewAgent.named("Bench Agent").build()).id();
    }

    /** Empties the sandbox between iterations, so creates do not pile up across the run. */
    @TearDown(Level.Iteration)
    public void empty() {
      sandbox.reset();
      agentId = bird.create(NewAgent.named("Bench Agent").build()).id();
    }

    /** Stops the sandbox. */
    @TearDown(Level.Trial)
    public void stop() {
      sandbox.close();
    }
  }

  /**
   * @param s the sandbox
   * @return the agent
   */
  @Benchmark
  public Object birdGet(Running s) {
    return Checks.sameAgent(s.agentId, s.bird.get(s.agentId).id());
  }

  /**
   * @param s the sandbox
   * @return the created agent
   */
  @Benchmark
  public Object birdCreate(Running s) {
    // Bird refuses a second agent of the same name (409), as the real platform does.
    return Checks.created(s.bird.create(NewAgent.named("Created Agent " + UUID.randomUUID()).build()).id());
  }

  /**
   * @param s the sandbox
   * @return the created agent
   */
  @Benchmark
  public Object chatwootCreate(Running s) {
    return Checks.created(s.chatwoot.create(
        NewAgent.named("Created Agent").email(UUID.randomUUID() + "@example.com").build()).id());
  }
}
