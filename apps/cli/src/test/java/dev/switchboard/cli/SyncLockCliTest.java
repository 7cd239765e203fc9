package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.cli.CliTest.Run;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.spi.Settings;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxExtension;
import dev.switchboard.sync.SyncLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI's sync lock (issue 22, item 7): while another sync holds a platform account's lock file,
 * {@code sync} stops with exit 4 and a message naming the holder, sending nothing; with
 * {@code --wait} it waits, then syncs.
 */
@ExtendWith(SandboxExtension.class)
class SyncLockCliTest {
  @TempDir Path dir;

  @Test
  void aSecondSyncStopsWithExit4OrWaitsWithWait(Sandbox sandbox) throws Exception {
    Map<String, String> env = new HashMap<>(CliTest.env(sandbox));
    env.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    Path roster = dir.resolve("roster.yaml");
    Files.writeString(roster, "platforms: [bird]\nagents:\n  - name: Ann Able\n");
    FileSyncLock files = new FileSyncLock(FileSyncLock.directory(env));
    SyncLock.Key bird = new SyncLock.Key(Platform.BIRD, SyncLock.account(Settings.of(env), Platform.BIRD));
    SyncLock.Held held = files.acquire(bird, Duration.ZERO).orElseThrow();

    Run stopped = CliTest.run(env, "sync", roster.toString());
    Run apply;
    Path plan = dir.resolve("plan.json");
    CliTest.run(env, "sync", roster.toString(), "--plan-out", plan.toString());
    apply = CliTest.run(env, "apply", plan.toString());

    assertThat(stopped.code()).as(stopped.out() + stopped.err()).isEqualTo(Main.LOCKED);
    assertThat(stopped.err()).contains("another sync of bird", "is running", "pid " + ProcessHandle.current().pid(),
        "Run again with --wait");
    assertThat(apply.code()).as(apply.out() + apply.err()).isEqualTo(Main.LOCKED);
    assertThat(Files.exists(plan)).as("--plan-out needs no lock").isTrue();
    assertThat(CliTest.run(env, "agents", "list", "-p", "bird").out()).doesNotContain("Ann Able");

    CompletableFuture<Run> waiting = CompletableFuture.supplyAsync(() -> CliTest.run(env, "sync", roster.toString(), "--wait"));
    Thread.sleep(700);
    assertThat(waiting).as("waits while the lock is held").isNotDone();
    held.close();
    Run waited = waiting.get(30, TimeUnit.SECONDS);
    assertThat(waited.code()).as(waited.out() + waited.err()).isEqualTo(Main.OK);
    assertThat(CliTest.run(env, "agents", "list", "-p", "bird").out()).contains("Ann Able");
  }
}
