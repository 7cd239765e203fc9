package dev.switchboard.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.bird.sandbox.BirdFixtures;
import dev.switchboard.bird.sandbox.BirdSandbox;
import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.runtime.error.TransportException;
import dev.switchboard.runtime.paging.PagedIterable;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxExtension;
import dev.switchboard.sandbox.junit.SandboxSwitchboard;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Honest sync results (issue 22, item 6): every failed action is listed, a write whose answer was
 * lost is settled by re-reading, an action of several requests says what it did, a remove answered
 * 404 is done, and what cannot be settled is reported as unknown.
 */
@ExtendWith(SandboxExtension.class)
class HonestResultsTest {
  static final Platform CHATWOOT = SyncEngineTest.CHATWOOT;
  static final Platform BIRD = SyncEngineTest.BIRD;
  static final Platform LIVECHAT = SyncEngineTest.LIVECHAT;

  static SyncEngine engine(Switchboard sb) {
    return SyncEngine.builder().switchboard(sb).build();
  }

  @Test
  void everyFailedActionIsInTheResultNotOnlyTheFirst(Switchboard sb) {
    Switchboard broken = Directories.replace(sb, new Directories.FailingCreates(sb.directory(CHATWOOT)));
    Plan plan = engine(broken).plan(SyncEngineTest.roster(SyncEngineTest.ROSTER));

    PlatformResult chatwoot = engine(broken).apply(plan, ApplyOptions.DEFAULTS).platform(CHATWOOT).orElseThrow();

    // Both creates start at once (maxInFlight 8) and both fail; both are reported.
    assertThat(chatwoot.failures()).extracting(o -> o.action().agent()).containsExactlyInAnyOrder("Ada Admin", "Ben Support");
    assertThat(chatwoot.failed()).isEqualTo(2);
    assertThat(chatwoot.failures()).allSatisfy(o -> {
      assertThat(o.status()).isEqualTo(ActionStatus.FAILED);
      assertThat(o.settled()).as("an untyped failure is unclear, so the re-read decided").isTrue();
      assertThat(o.notDone()).containsExactly("not created");
    });
    assertThat(chatwoot.error().getMessage()).contains("and 1 more");
    assertThat(chatwoot.created()).isZero();
  }

  @Test
  void aCreateWhoseAnswerWasLostAfterThePlatformAppliedItIsCountedAsCreated(Sandbox sandbox) {
    try (FaultProxy proxy = new FaultProxy(sandbox)) {
      Switchboard sb = proxy.switchboard(Map.of(), b -> { });
      Plan plan = engine(sb).plan(SyncEngineTest.roster("platforms: [bird]\nagents:\n  - name: Ann Able\n"));
      proxy.faults(Map.of(0, FaultProxy.Fault.ANSWER_LOST));

      PlatformResult bird = engine(sb).apply(plan, ApplyOptions.DEFAULTS).platform(BIRD).orElseThrow();

      assertThat(proxy.fired()).isEqualTo(1);
      assertThat(bird.created()).as(String.valueOf(bird)).isEqualTo(1);
      assertThat(bird.ok()).as(String.valueOf(bird)).isTrue();
      assertThat(bird.outcomes()).singleElement().satisfies(o -> {
        assertThat(o.status()).isEqualTo(ActionStatus.APPLIED);
        assertThat(o.settled()).isTrue();
        assertThat(o.failure()).isInstanceOf(TransportException.class);
        assertThat(o.describe()).contains("created", "re-reading");
      });
      assertThat(SyncEngineTest.names(SandboxSwitchboard.of(sandbox), BIRD)).containsExactly("Ann Able");
    }
  }

  @Test
  void aCreateThatStalledUnanswered(Sandbox sandbox) {
    try (FaultProxy proxy = new FaultProxy(sandbox)) {
      Switchboard sb = proxy.switchboard(Map.of("READ_TIMEOUT", "300"), b -> { });
      Plan plan = engine(sb).plan(SyncEngineTest.roster("platforms: [bird]\nagents:\n  - name: Ann Able\n"));
      proxy.faults(Map.of(0, FaultProxy.Fault.STALL));

      PlatformResult bird = engine(sb).apply(plan, ApplyOptions.DEFAULTS).platform(BIRD).orElseThrow();

      // Sent, timed out: unknown until the re-read, which shows it was not applied.
      assertThat(bird.outcomes()).singleElement().satisfies(o -> {
        assertThat(o.status()).isEqualTo(ActionStatus.FAILED);
        assertThat(o.settled()).isTrue();
        assertThat(o.failure()).isInstanceOf(TransportException.class);
      });
      assertThat(bird.created()).isZero();
      assertThat(bird.failed()).isEqualTo(1);
      assertThat(SyncEngineTest.names(SandboxSwitchboard.of(sandbox), BIRD)).isEmpty();
    }
  }

  @Test
  void aLiveChatCreateWhoseRoutingStatusFailedSaysCreatedAvailabilityNotSet(Sandbox sandbox) {
    try (FaultProxy proxy = new FaultProxy(sandbox)) {
      Switchboard sb = proxy.switchboard(Map.of(), b -> { });
      Plan plan = engine(sb).plan(SyncEngineTest.roster(
          "platforms: [livechat]\nagents:\n  - name: Triage Bot\n    availability: online\n"));
      // v3.4: write 0 is create_bot, write 1 set_routing_status.
      proxy.faults(Map.of(1, FaultProxy.Fault.STATUS_500));

      PlatformResult livechat = engine(sb).apply(plan, ApplyOptions.DEFAULTS).platform(LIVECHAT).orElseThrow();

      assertThat(proxy.writes()).isEqualTo(2);
      assertThat(livechat.created()).as(String.valueOf(livechat)).isEqualTo(1);
      assertThat(livechat.failed()).isEqualTo(1);
      assertThat(livechat.ok()).isFalse();
      assertThat(livechat.outcomes()).singleElement().satisfies(o -> {
        assertThat(o.status()).isEqualTo(ActionStatus.APPLIED);
        assertThat(o.done()).contains(ActionOutcome.CREATED);
        assertThat(o.notDone()).containsExactly("availability not set");
      });
      assertThat(SyncEngineTest.names(SandboxSwitchboard.of(sandbox), LIVECHAT)).containsExactly("Triage Bot");
    }
  }

  @Test
  void aRemoveAnswered404IsDone(Sandbox sandbox, Switchboard sb) {
    BirdFixtures.of(sandbox).agent(BirdSandbox.WORKSPACE, "bird-old", "Old Timer", "active", "old@example.com", false);
    AgentDirectory real = sb.directory(BIRD);
    // Another sync removes the agent between this apply's stale check and its delete.
    AgentDirectory racing = new Directories.Forwarding(real) {
      @Override
      public void delete(String id) {
        real.delete(id);
        real.delete(id);
      }
    };
    Switchboard withRace = Directories.replace(sb, racing);
    Plan plan = engine(withRace).plan(SyncEngineTest.roster("platforms: [bird]\nagents: []\n"));

    PlatformResult bird = engine(withRace).apply(plan, ApplyOptions.builder().confirmRemovals(true).allowMassDelete(true)
        .build()).platform(BIRD).orElseThrow();

    assertThat(bird.ok()).as(String.valueOf(bird)).isTrue();
    assertThat(bird.removed()).isEqualTo(1);
    assertThat(bird.outcomes()).singleElement().satisfies(o -> assertThat(o.done()).containsExactly(ActionOutcome.ALREADY_GONE));
  }

  @Test
  void anOutcomeTheReReadCannotSettleIsReportedUnknown(Switchboard sb) {
    AgentDirectory real = sb.directory(BIRD);
    AtomicBoolean sent = new AtomicBoolean();
    AgentDirectory lost = new Directories.Forwarding(real) {
      @Override
      public Agent create(NewAgent a) {
        real.create(a);
        sent.set(true);
        throw new TransportException("bird", "createAgent", true, new java.net.SocketTimeoutException("timeout"));
      }

      @Override
      public PagedIterable<Agent> list(AgentQuery q) {
        if (sent.get() && q.name() == null) {
          throw new TransportException("bird", "listAgents", false, new java.io.IOException("connection reset"));
        }
        return real.list(q);
      }
    };
    Switchboard broken = Directories.replace(sb, lost);
    Plan plan = engine(broken).plan(SyncEngineTest.roster("platforms: [bird]\nagents:\n  - name: Ann Able\n"));

    PlatformResult bird = engine(broken).apply(plan, ApplyOptions.DEFAULTS).platform(BIRD).orElseThrow();

    assertThat(bird.unknown()).isEqualTo(1);
    assertThat(bird.created()).isZero();
    assertThat(bird.ok()).isFalse();
    assertThat(bird.failures()).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo(ActionStatus.UNKNOWN));
    assertThat(bird.notes()).anyMatch(n -> n.contains("outcome is unknown"));
    assertThat(List.of(bird.error().getMessage())).anyMatch(m -> m.contains("outcome unknown"));
  }
}
