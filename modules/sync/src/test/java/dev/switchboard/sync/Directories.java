package dev.switchboard.sync;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.runtime.paging.PagedIterable;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Test directories: a real (sandbox) directory with one thing changed, so every request still goes
 * over HTTP to the sandbox.
 */
final class Directories {
  private Directories() {}

  static Switchboard replace(Switchboard sb, AgentDirectory replacement) {
    Switchboard.Builder b = Switchboard.builder();
    for (AgentDirectory d : sb.directories()) {
      b.add(d.platform().equals(replacement.platform()) ? replacement : d);
    }
    return b.build();
  }

  /** Delegates everything; subclasses change one thing. */
  static class Forwarding implements AgentDirectory {
    final AgentDirectory d;

    Forwarding(AgentDirectory d) {
      this.d = d;
    }

    @Override public Platform platform() { return d.platform(); }
    @Override public Set<Capability> capabilities() { return d.capabilities(); }
    @Override public PlatformDescription description() { return d.description(); }
    @Override public PagedIterable<Agent> list(AgentQuery q) { return d.list(q); }
    @Override public Agent get(String id) { return d.get(id); }
    @Override public Agent create(NewAgent a) { return d.create(a); }
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

  /** Fails every create with a plain runtime exception (not a SwitchboardException). */
  static final class FailingCreates extends Forwarding {
    FailingCreates(AgentDirectory d) {
      super(d);
    }

    @Override
    public Agent create(NewAgent a) {
      throw new IllegalStateException("broken on purpose");
    }
  }

  /** The same platform, described as one that cannot rename in place (a new name means a new agent). */
  static final class RenamesByRecreate extends Forwarding {
    private final PlatformDescription description;

    RenamesByRecreate(AgentDirectory d) {
      super(d);
      PlatformDescription real = d.description();
      PlatformDescription.Builder b = PlatformDescription.builder(real.matchKey())
          .requiredToCreate(real.requiredToCreate().toArray(new String[0]))
          .createSetsAvailability(real.createSetsAvailability())
          .rename(PlatformDescription.Rename.RECREATE)
          .rateLimit(real.rateLimit())
          .pageSize(real.pageSize());
      java.util.Set<String> updatable = new java.util.HashSet<>(real.updatable());
      updatable.remove("name");
      this.description = b.updatable(updatable).build();
    }

    @Override
    public PlatformDescription description() {
      return description;
    }
  }
}
