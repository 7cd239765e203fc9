package dev.switchboard.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.bcrumbs.sandbox.BcrumbsFixtures;
import dev.switchboard.bcrumbs.sandbox.BcrumbsSandbox;
import dev.switchboard.bird.sandbox.BirdFixtures;
import dev.switchboard.bird.sandbox.BirdSandbox;
import dev.switchboard.chatwoot.sandbox.ChatwootFixtures;
import dev.switchboard.chatwoot.sandbox.ChatwootSandbox;
import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.runtime.paging.PagedIterable;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The engine over the sandbox (loopback HTTP): plan, apply, safety and honesty rules. */
@ExtendWith(SandboxExtension.class)
class SyncEngineTest {
  static final Platform CHATWOOT = Platform.of("chatwoot");
  static final Platform BIRD = Platform.of("bird");
  static final Platform LIVECHAT = Platform.of("livechat");
  static final Platform BCRUMBS = Platform.of("bcrumbs");

  static final String ROSTER = String.join("\n",
      "platforms: [chatwoot, bird, livechat, bcrumbs]",
      "agents:",
      "  - name: Ada Admin",
      "    email: ada@example.com",
      "    role: administrator",
      "    userId: user-ada",
      "    availability: online",
      "  - name: Ben Support",
      "    email: ben@example.com",
      "    userId: user-ben",
      "    platforms: [chatwoot, bird, bcrumbs]",
      "");

  static Roster roster(String yaml) {
    return Roster.parse(yaml, "roster.yaml", List.of(Platform.CHATWOOT, BIRD, Platform.CHATCAPTAIN, LIVECHAT, BCRUMBS));
  }

  static List<String> names(Switchboard sb, Platform p) {
    return sb.directory(p).list().stream().map(Agent::name).sorted().collect(Collectors.toList());
  }

  static SyncEngine engine(Switchboard sb) {
    return SyncEngine.builder().switchboard(sb).build();
  }

  @Test
  void applyingAPlanMakesTheNextPlanEmptyAndThePlanSurvivesJson(Switchboard sb) {
    Plan plan = Plan.fromJson(engine(sb).plan(roster(ROSTER)).toJson());

    assertThat(plan.platform(CHATWOOT).orElseThrow().actions()).extracting(PlannedAction::type)
        .containsExactly(ActionType.CREATE, ActionType.CREATE);
    ApplyResult result = engine(sb).apply(plan, ApplyOptions.DEFAULTS);

    assertThat(result.ok()).as(String.valueOf(result)).isTrue();
    assertThat(names(sb, CHATWOOT)).containsExactly("Ada Admin", "Ben Support");
    assertThat(names(sb, BIRD)).containsExactly("Ada Admin", "Ben Support");
    assertThat(names(sb, LIVECHAT)).containsExactly("Ada Admin");
    assertThat(sb.directory(BIRD).list(AgentQuery.byName("Ada Admin")).stream().findFirst().orElseThrow().availability())
        .isEqualTo(Availability.ONLINE);
    assertThat(engine(sb).plan(roster(ROSTER)).isEmpty()).isTrue();
  }

  @Test
  void twoConcurrentAppliesOfOnePlanCreateNoDuplicate(Switchboard sb) throws Exception {
    Plan plan = engine(sb).plan(roster(ROSTER));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    Callable<ApplyResult> apply = () -> {
      start.await();
      return engine(sb).apply(plan, ApplyOptions.DEFAULTS);
    };
    List<Future<ApplyResult>> runs = List.of(pool.submit(apply), pool.submit(apply));
    start.countDown();
    List<ApplyResult> results = new ArrayList<>();
    for (Future<ApplyResult> f : runs) {
      results.add(f.get(60, TimeUnit.SECONDS));
    }
    pool.shutdown();

    for (Platform p : List.of(CHATWOOT, BIRD, LIVECHAT, BCRUMBS)) {
      List<String> names = names(sb, p);
      assertThat(names).as(p.id()).doesNotHaveDuplicates().isNotEmpty();
      // One apply created the agents; the other found the platform changed and did nothing there.
      assertThat(results.stream().mapToInt(r -> r.platform(p).orElseThrow().created()).sum()).as(p.id())
          .isEqualTo(names.size());
      assertThat(results.stream().filter(r -> r.platform(p).orElseThrow().error() instanceof StalePlanException))
          .as(p.id()).hasSize(1);
    }
  }

  @Test
  void anAgentThatAppearsAfterTheStaleCheckIsNotCreatedAgain(Switchboard sb) {
    // Another process creates Ada on bcrumbs between this apply's re-read and its create.
    AgentDirectory real = sb.directory(BCRUMBS);
    AtomicBoolean raced = new AtomicBoolean();
    AgentDirectory racing = new Directories.Forwarding(real) {
      @Override
      public PagedIterable<Agent> list(AgentQuery q) {
        if (q.email() != null && raced.compareAndSet(false, true)) {
          real.create(dev.switchboard.facade.NewAgent.named("Ada Admin").email("ada@example.com").userId("user-ada").build());
        }
        return real.list(q);
      }
    };
    Switchboard withRace = Directories.replace(sb, racing);
    Plan plan = engine(withRace).plan(roster(ROSTER));

    PlatformResult bcrumbs = engine(withRace).apply(plan, ApplyOptions.DEFAULTS).platform(BCRUMBS).orElseThrow();

    assertThat(bcrumbs.ok()).as(String.valueOf(bcrumbs.error())).isTrue();
    assertThat(bcrumbs.skipped()).isEqualTo(1);
    assertThat(bcrumbs.notes()).anyMatch(n -> n.contains("'Ada Admin' was already on bcrumbs"));
    assertThat(names(sb, BCRUMBS)).containsExactly("Ada Admin", "Ben Support");
  }

  @Test
  void aStalePlanIsRefusedOnThePlatformThatChanged(Switchboard sb) {
    Plan plan = engine(sb).plan(roster(ROSTER));
    sb.directory(BIRD).create(dev.switchboard.facade.NewAgent.named("Someone Else").build());

    ApplyResult result = engine(sb).apply(plan, ApplyOptions.DEFAULTS);

    PlatformResult bird = result.platform(BIRD).orElseThrow();
    assertThat(bird.error()).isInstanceOf(StalePlanException.class);
    assertThat(bird.error().getMessage()).contains("bird changed since the plan was made", "plan again");
    assertThat(bird.created()).isZero();
    assertThat(names(sb, BIRD)).containsExactly("Someone Else");
    assertThat(result.platform(CHATWOOT).orElseThrow().ok()).isTrue();
  }

  @Test
  void anUntypedFailureOnOnePlatformLeavesTheOthersApplied(Switchboard sb) {
    Switchboard broken = Directories.replace(sb, new Directories.FailingCreates(sb.directory(CHATWOOT)));
    Plan plan = engine(broken).plan(roster(ROSTER));

    ApplyResult result = engine(broken).apply(plan, ApplyOptions.DEFAULTS);

    PlatformResult chatwoot = result.platform(CHATWOOT).orElseThrow();
    assertThat(chatwoot.error()).isInstanceOf(ActionFailedException.class);
    assertThat(chatwoot.error().getMessage()).contains("IllegalStateException", "broken on purpose");
    assertThat(chatwoot.error().getCause()).isInstanceOf(IllegalStateException.class);
    for (Platform p : List.of(BIRD, LIVECHAT, BCRUMBS)) {
      assertThat(result.platform(p).orElseThrow().ok()).as(p.id()).isTrue();
    }
    assertThat(names(sb, BIRD)).containsExactly("Ada Admin", "Ben Support");
    assertThat(names(sb, BCRUMBS)).containsExactly("Ada Admin", "Ben Support");
  }

  @Test
  void aRenameIsAnUpdateWhereThePlatformRenamesInPlaceAndARecreateWhereItCannot(Sandbox sandbox, Switchboard sb) {
    ChatwootFixtures.of(sandbox).agent(ChatwootSandbox.ACCOUNT, 7, "Bob Berg", "bob@example.com", "agent", "online");
    BirdFixtures.of(sandbox).agent(BirdSandbox.WORKSPACE, "bird-bob", "Bob Berg", "active", "bob@example.com", false);
    BcrumbsFixtures.of(sandbox).agent(BcrumbsSandbox.WORKSPACE, "bc-bob", "user-bob", "Bob Berg", null, "bob@example.com");
    String renamed = String.join("\n",
        "platforms: [chatwoot, bird, bcrumbs]",
        "agents:",
        "  - name: Robert Berg",
        "    renamedFrom: Bob Berg",
        "    email: bob@example.com",
        "    userId: user-bob",
        "");
    // Bird as described renames in place; the same Bird described as a platform that cannot.
    Switchboard recreating = Directories.replace(sb, new Directories.RenamesByRecreate(sb.directory(BIRD)));

    Plan inPlace = engine(sb).plan(roster(renamed));
    Plan recreate = engine(recreating).plan(roster(renamed));

    for (Platform p : List.of(CHATWOOT, BIRD, BCRUMBS)) {
      PlannedAction a = inPlace.platform(p).orElseThrow().actions().get(0);
      assertThat(inPlace.platform(p).orElseThrow().actions()).as(p.id()).hasSize(1);
      assertThat(a.type()).as(p.id()).isEqualTo(ActionType.UPDATE);
      assertThat(a.fields()).as(p.id()).containsEntry("name", "Robert Berg");
    }
    PlannedAction bird = recreate.platform(BIRD).orElseThrow().actions().get(0);
    assertThat(recreate.platform(BIRD).orElseThrow().actions()).hasSize(1);
    assertThat(bird.type()).isEqualTo(ActionType.RECREATE);
    assertThat(bird.agentId()).isEqualTo("bird-bob");
    assertThat(bird.summary()).contains("'Bob Berg' (id bird-bob) is removed", "'Robert Berg' created", "NEW id");

    assertThatThrownBy(() -> engine(recreating).apply(recreate, ApplyOptions.DEFAULTS))
        .isInstanceOf(ConfirmationRequiredException.class).hasMessageContaining("bird: recreate 1");
    ApplyResult done = engine(recreating).apply(recreate, ApplyOptions.builder().confirmRemovals(true).allowMassDelete(true).build());
    assertThat(done.ok()).as(String.valueOf(done)).isTrue();
    assertThat(done.platform(BIRD).orElseThrow().recreated()).isEqualTo(1);
    List<Agent> birds = sb.directory(BIRD).list().stream().collect(Collectors.toList());
    assertThat(birds).extracting(Agent::name).containsExactly("Robert Berg");
    assertThat(birds.get(0).id()).isNotEqualTo("bird-bob");
    assertThat(sb.directory(CHATWOOT).get("7").name()).isEqualTo("Robert Berg");
  }

  @Test
  void removalsNeedConfirmationAndMassDeletionItsOwnPermission(Sandbox sandbox, Switchboard sb) {
    sandbox.seedDemoData();
    Map<Platform, List<String>> before = Map.of(CHATWOOT, names(sb, CHATWOOT), BIRD, names(sb, BIRD));
    Roster nobody = roster("platforms: [chatwoot, bird]\nagents: []\n");
    Plan plan = engine(sb).plan(nobody);

    assertThat(plan.count(ActionType.REMOVE)).isEqualTo(before.get(CHATWOOT).size() + before.get(BIRD).size());
    assertThatThrownBy(() -> engine(sb).apply(plan, ApplyOptions.DEFAULTS))
        .isInstanceOf(ConfirmationRequiredException.class).hasMessageContaining("not confirmed")
        .satisfies(e -> assertThat(((ConfirmationRequiredException) e).massDelete()).isFalse());
    assertThatThrownBy(() -> engine(sb).apply(plan, ApplyOptions.builder().confirmRemovals(true).build()))
        .isInstanceOf(ConfirmationRequiredException.class).hasMessageContaining("more than 50%")
        .satisfies(e -> assertThat(((ConfirmationRequiredException) e).massDelete()).isTrue());
    assertThat(Map.of(CHATWOOT, names(sb, CHATWOOT), BIRD, names(sb, BIRD))).isEqualTo(before);

    ApplyResult all = engine(sb).apply(plan, ApplyOptions.builder().confirmRemovals(true).allowMassDelete(true).build());
    assertThat(all.ok()).as(String.valueOf(all)).isTrue();
    assertThat(names(sb, BIRD)).isEmpty();
  }

  @Test
  void rosterValuesAreCheckedAgainstEachPlatformsDescriptionBeforeAnythingIsRead(Switchboard sb) {
    String boss = "platforms: [chatwoot, livechat]\nagents:\n  - name: Ada\n    email: ada@example.com\n    role: boss\n";

    assertThatThrownBy(() -> engine(sb).plan(roster(boss))).isInstanceOf(RosterException.class)
        .hasMessageContaining("roster.yaml:5: agent 'Ada' has role 'boss', which chatwoot does not have (roles there: "
            + "administrator, agent)");
  }

  @Test
  void fieldsAPlatformCannotStoreAreNotesAndWhatItCannotFixIsDrift(Sandbox sandbox, Switchboard sb) {
    sandbox.seedDemoData();
    Plan plan = engine(sb).plan(roster(String.join("\n",
        "platforms: [chatcaptain, livechat]",
        "agents:",
        "  - name: Greeter Bot",
        "    email: greeter@example.com",
        "    role: agent",
        "")));

    PlatformPlan livechat = plan.platform(LIVECHAT).orElseThrow();
    assertThat(livechat.notes()).anyMatch(n -> n.startsWith("livechat does not store email") && n.contains("line 3"))
        .anyMatch(n -> n.startsWith("livechat does not store role"));
    PlatformPlan captain = plan.platform(Platform.CHATCAPTAIN).orElseThrow();
    assertThat(captain.actions()).isEmpty();
    assertThat(captain.drift()).extracting(Drift::agent, Drift::field).contains(org.assertj.core.groups.Tuple.tuple("Greeter Bot", "presence"));
  }

  @Test
  void anUntypedFailureWhileReadingOnePlatformLeavesTheOthersPlanned(Switchboard sb) {
    Switchboard broken = Directories.replace(sb, new Directories.Forwarding(sb.directory(BIRD)) {
      @Override
      public PagedIterable<Agent> list(AgentQuery q) {
        throw new IllegalStateException("broken on purpose");
      }
    });

    Plan plan = engine(broken).plan(roster(ROSTER));

    assertThat(plan.platform(BIRD).orElseThrow().error()).contains("unexpected IllegalStateException", "broken on purpose");
    for (Platform p : List.of(CHATWOOT, LIVECHAT, BCRUMBS)) {
      assertThat(plan.platform(p).orElseThrow().error()).as(p.id()).isNull();
      assertThat(plan.platform(p).orElseThrow().actions()).as(p.id()).isNotEmpty();
    }
    ApplyResult result = engine(broken).apply(plan, ApplyOptions.DEFAULTS);
    assertThat(result.platform(BIRD).orElseThrow().ok()).isFalse();
    assertThat(result.platform(CHATWOOT).orElseThrow().ok()).isTrue();
  }

  @Test
  void a429TheClientRetriesHoldsTheRequestForItsRetryAfterAndTheActionGoesOn(Sandbox sandbox, Switchboard sb) {
    Plan plan = engine(sb).plan(roster(ROSTER));
    List<String> waits = java.util.Collections.synchronizedList(new ArrayList<>());
    SyncEngine engine = SyncEngine.builder().switchboard(sb).listener(new SyncListener() {
      @Override
      public void waiting(Platform platform, java.time.Duration wait, String reason) {
        waits.add(platform.id() + " " + wait.toSeconds() + " " + reason);
      }
    }).build();
    // The next 2 bcrumbs requests answer 429 with Retry-After: 1; the client's retry step (3 attempts
    // by default) resends the request, so the engine sees no 429 and does not resend it itself.
    sandbox.throttle("bcrumbs", 2);

    long start = System.nanoTime();
    ApplyResult result = engine.apply(plan, ApplyOptions.DEFAULTS);

    assertThat(result.ok()).as(String.valueOf(result)).isTrue();
    assertThat(waits).doesNotContain("bcrumbs 1 Retry-After");
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(1_000_000_000L);
    assertThat(names(sb, BCRUMBS)).containsExactly("Ada Admin", "Ben Support");
  }

  @Test
  void aClientSideRateLimitPacesAPlatform(Switchboard sb) {
    Plan plan = engine(sb).plan(roster(ROSTER));
    SyncEngine slow = SyncEngine.builder().switchboard(sb).rateLimit(BIRD, 4).build();

    long start = System.nanoTime();
    ApplyResult result = slow.apply(plan, ApplyOptions.DEFAULTS);
    double seconds = (System.nanoTime() - start) / 1e9;

    // Bird: 1 list (stale check), 2 checks + 2 creates, 1 availability = 6 requests at 4/s: >= 1.25 s.
    assertThat(result.ok()).isTrue();
    assertThat(seconds).isGreaterThanOrEqualTo(1.2);
    assertThat(slow.rateLimit(BIRD)).isEqualTo(4.0);
    assertThat(engine(sb).rateLimit(CHATWOOT)).isEqualTo(50.0); // 3000 a minute, from Chatwoot's description
  }

  @Test
  void aRetryAfterLongerThanTheEngineWaitsEndsThatPlatformOnly(Sandbox sandbox, Switchboard sb) {
    Plan plan = engine(sb).plan(roster(ROSTER));
    List<String> waits = java.util.Collections.synchronizedList(new ArrayList<>());
    SyncEngine impatient = SyncEngine.builder().switchboard(sb).maxRetryAfter(java.time.Duration.ZERO)
        .listener(new SyncListener() {
          @Override
          public void waiting(Platform platform, java.time.Duration wait, String reason) {
            waits.add(platform.id() + " " + reason);
          }
        }).build();
    sandbox.throttle("bcrumbs", 1_000); // every bcrumbs request answers 429 with Retry-After: 1

    ApplyResult result = impatient.apply(plan, ApplyOptions.DEFAULTS);

    PlatformResult bcrumbs = result.platform(BCRUMBS).orElseThrow();
    assertThat(bcrumbs.ok()).isFalse();
    assertThat(bcrumbs.error().getCause()).isInstanceOf(dev.switchboard.runtime.error.RateLimitedException.class);
    assertThat(waits).as("the engine did not hold bcrumbs for a Retry-After above its limit").doesNotContain("bcrumbs Retry-After");
    for (Platform p : List.of(CHATWOOT, BIRD, LIVECHAT)) {
      assertThat(result.platform(p).orElseThrow().ok()).as(p.id()).isTrue();
    }
  }

  @Test
  void aListenerThatThrowsNeitherFailsAnActionNorLosesTheResults(Switchboard sb) {
    Plan plan = engine(sb).plan(roster(ROSTER));
    SyncEngine engine = SyncEngine.builder().switchboard(sb).listener(new SyncListener() {
      @Override
      public void actionFinished(Platform platform, PlannedAction action, Throwable failure) {
        throw new IllegalStateException("listener broken on purpose");
      }

      @Override
      public void platformFinished(PlatformResult result) {
        throw new IllegalStateException("listener broken on purpose");
      }
    }).build();

    ApplyResult result = engine.apply(plan, ApplyOptions.DEFAULTS);

    assertThat(result.ok()).as(String.valueOf(result)).isTrue();
    assertThat(result.platforms()).hasSize(4);
    assertThat(names(sb, BIRD)).containsExactly("Ada Admin", "Ben Support");
  }
}
