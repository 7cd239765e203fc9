package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxSwitchboard;
import dev.switchboard.sync.Roster;
import dev.switchboard.sync.SyncEngine;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One sync at a time per platform account (issue 22, item 7), end to end: two CLI processes sync
 * the demo roster at the same moment against one sandbox (a server in this JVM, a separate process
 * from both CLIs), round after round. Every round must end with no duplicate on any platform, the
 * roster applied, and exit codes 0 (done, or nothing left to do after waiting with --wait) or 4
 * (the other sync held the lock, without --wait); never 1. Rounds: {@code -Dswitchboard.concurrentRounds}
 * (default 20).
 */
class ConcurrentSyncCliTest {
  static final int ROUNDS = Integer.getInteger("switchboard.concurrentRounds", 20);
  @TempDir Path dir;

  @Test
  void twoCliSyncsStartedAtOnceCreateNoDuplicate() throws Exception {
    Path roster = dir.resolve("roster.yaml");
    try (InputStream in = Main.class.getResourceAsStream("/demo-roster.yaml")) {
      Files.copy(Objects.requireNonNull(in), roster);
    }
    Map<String, Integer> codes = new TreeMap<>();
    long start = System.nanoTime();
    try (Sandbox sandbox = Sandbox.start(0)) {
      Switchboard sb = SandboxSwitchboard.of(sandbox);
      Map<String, String> env = new HashMap<>(CliTest.env(sandbox));
      env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
      for (int round = 1; round <= ROUNDS; round++) {
        sandbox.reset();
        sandbox.seedDemoData();
        boolean wait = round % 2 == 0;
        List<Process> both = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          both.add(start(env, roster, wait, dir.resolve("r" + round + "-" + i + ".log")));
        }
        List<Integer> exits = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          Process p = both.get(i);
          if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("round " + round + ": a sync did not end within 90 s");
          }
          exits.add(p.exitValue());
          codes.merge((wait ? "--wait exit " : "exit ") + p.exitValue(), 1, Integer::sum);
        }
        String logs = Files.readString(dir.resolve("r" + round + "-0.log")) + Files.readString(dir.resolve("r" + round + "-1.log"));
        for (AgentDirectory d : sb.directories()) {
          List<Agent> agents = d.list().stream().collect(Collectors.toList());
          // Names where a platform matches by name; ChatCaptain's demo agents have none (and it cannot create).
          List<String> names = agents.stream().map(Agent::name).filter(Objects::nonNull).collect(Collectors.toList());
          List<String> emails = agents.stream().map(Agent::email).filter(Objects::nonNull).collect(Collectors.toList());
          assertThat(names).as("round " + round + " " + d.platform().id() + ": duplicates\n" + logs).doesNotHaveDuplicates();
          assertThat(emails).as("round " + round + " " + d.platform().id() + ": duplicates\n" + logs).doesNotHaveDuplicates();
        }
        assertThat(exits).as("round " + round + " (--wait " + wait + ")\n" + logs)
            .allMatch(c -> c == Main.OK || (!wait && c == Main.LOCKED)).contains(Main.OK);
        if (exits.contains(Main.LOCKED)) {
          assertThat(logs).contains("is running", "Run again with --wait");
        }
        assertThat(SyncEngine.builder().switchboard(sb).build()
            .plan(Roster.read(roster)).isEmpty()).as("round " + round + " converged\n" + logs).isTrue();
      }
    }
    System.out.printf("%nConcurrent CLI syncs: %d rounds in %d s, exit codes %s, 0 duplicates%n", ROUNDS,
        Duration.ofNanos(System.nanoTime() - start).toSeconds(), codes);
  }

  private static Process start(Map<String, String> env, Path roster, boolean wait, Path log) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "sync", roster.toString(), "--yes", "--allow-mass-delete", "-q"));
    if (wait) {
      cmd.add("--wait");
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("SWITCHBOARD_"));
    pb.environment().putAll(env);
    return pb.start();
  }
}
