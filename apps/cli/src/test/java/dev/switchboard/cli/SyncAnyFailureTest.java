package dev.switchboard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.runtime.paging.PagedIterable;
import dev.switchboard.sandbox.junit.SandboxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failure of any kind on one platform, not only a SwitchboardException, is reported for that
 * platform and the others are still planned and applied.
 */
@ExtendWith(SandboxExtension.class)
class SyncAnyFailureTest {
  @TempDir Path dir;

  private static final String ROSTER = String.join("\n",
      "platforms: [chatwoot, bird, livechat]",
      "agents:",
      "  - name: Ada Admin",
      "    email: ada@example.com",
      "    role: administrator",
      "");

  @Test
  void anUntypedFailureWhileReadingOnePlatformLeavesTheOthersPlanned(Switchboard sb) throws Exception {
    Switchboard broken = replace(sb, new Failing(sb.directory(Platform.of("bird")), true));

    List<Sync.PlatformPlan> plan = Sync.plan(broken, roster(), Set.of(), false);

    Sync.PlatformPlan bird = plan.stream().filter(p -> p.platform().equals(Platform.of("bird"))).findFirst().orElseThrow();
    assertThat(bird.error()).contains("IllegalStateException", "broken on purpose");
    assertThat(plan.stream().filter(p -> !p.platform().equals(Platform.of("bird")))).allMatch(p -> p.error() == null)
        .allMatch(p -> !p.actions().isEmpty());
  }

  @Test
  void anUntypedFailureWhileApplyingOnePlatformLeavesTheOthersApplied(Switchboard sb) throws Exception {
    Switchboard broken = replace(sb, new Failing(sb.directory(Platform.of("chatwoot")), false));
    List<Sync.PlatformPlan> plan = Sync.plan(broken, roster(), Set.of(), false);

    List<Sync.PlatformResult> results = Sync.apply(broken, plan, done -> { });

    Sync.PlatformResult chatwoot = results.stream().filter(r -> r.platform().equals(Platform.of("chatwoot"))).findFirst().orElseThrow();
    assertThat(chatwoot.error()).contains("IllegalStateException", "broken on purpose");
    assertThat(results.stream().filter(r -> !r.platform().equals(Platform.of("chatwoot")))).allMatch(Sync.PlatformResult::ok)
        .allMatch(r -> r.created() == 1);
  }

  private Roster roster() throws Exception {
    Path f = dir.resolve("roster.yaml");
    Files.writeString(f, ROSTER);
    return Roster.read(f);
  }

  private static Switchboard replace(Switchboard sb, AgentDirectory replacement) {
    Switchboard.Builder b = Switchboard.builder();
    for (AgentDirectory d : sb.directories()) {
      b.add(d.platform().equals(replacement.platform()) ? replacement : d);
    }
    return b.build();
  }

  /** A real directory that fails, with a plain runtime exception, on list or on create. */
  private static final class Failing implements AgentDirectory {
    private final AgentDirectory d;
    private final boolean onList;

    Failing(AgentDirectory d, boolean onList) {
      this.d = d;
      this.onList = onList;
    }

    private static IllegalStateException broken() {
      return new IllegalStateException("broken on purpose");
    }

    @Override public Platform platform() { return d.platform(); }
    @Override public Set<Capability> capabilities() { return d.capabilities(); }
    @Override public dev.switchboard.facade.PlatformDescription description() { return d.description(); }
    @Override public PagedIterable<Agent> list(AgentQuery q) {
      if (onList) {
        throw broken();
      }
      return d.list(q);
    }
    @Override public Agent get(String id) { return d.get(id); }
    @Override public Agent create(NewAgent a) {
      if (!onList) {
        throw broken();
      }
      return d.create(a);
    }
    @Override public Agent update(String id, AgentUpdate u) { return d.update(id, u); }
    @Override public void delete(String id) { d.delete(id); }
    @Override public Availability availability(String id) { return d.availability(id); }
    @Override public void setAvailability(String id, Availability a) { d.setAvailability(id, a); }
    @Override public CompletableFuture<List<Agent>> listAsync(AgentQuery q) { return d.listAsync(q); }
    @Override public CompletableFuture<Agent> getAsync(String id) { return d.getAsync(id); }
    @Override public CompletableFuture<Agent> createAsync(NewAgent a) { return d.createAsync(a); }
    @Override public CompletableFuture<Agent> updateAsync(String id, AgentUpdate u) { return d.updateAsync(id, u); }
    @Override public CompletableFuture<Void> deleteAsync(String id) { return d.deleteAsync(id); }
    @Override public CompletableFuture<Availability> availabilityAsync(String id) { return d.availabilityAsync(id); }
    @Override public CompletableFuture<Void> setAvailabilityAsync(String id, Availability a) {
      return d.setAvailabilityAsync(id, a);
    }
    @Override public Object client() { return d.client(); }
  }
}
