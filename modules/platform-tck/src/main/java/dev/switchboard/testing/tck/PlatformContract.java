package dev.switchboard.testing.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.UnsupportedCapabilityException;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.Platforms;
import dev.switchboard.facade.spi.Settings;
import dev.switchboard.runtime.error.AuthenticationException;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.NotFoundException;
import dev.switchboard.sandbox.Sandbox;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The directory tests every platform shares, as reusable code: for each installed platform
 * ({@link PlatformProvider}, found by {@link java.util.ServiceLoader}) that the sandbox fakes, its
 * directory is built by its provider from the settings its fake hands out, and then held to what
 * it publishes (its capabilities and {@link PlatformDescription}) over loopback HTTP against the
 * fake; nothing is mocked. A platform's module runs it with an empty subclass in its tests:
 *
 * <pre>{@code
 * class ToyPlatformTest extends PlatformContract {}
 * }</pre>
 *
 * <p>Override {@link #includes(Platform)} to run it on fewer platforms.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PlatformContract {
  private Sandbox sandbox;

  /** For subclasses. */
  protected PlatformContract() {}

  /** One sandbox for the class; each check starts from a reset one. */
  @BeforeAll
  void startSandbox() {
    sandbox = Sandbox.start(0);
  }

  /** Stops the sandbox. */
  @AfterAll
  void stopSandbox() {
    sandbox.close();
  }

  /**
   * @param platform an installed platform with a fake
   * @return whether to check it here; every one by default
   */
  protected boolean includes(Platform platform) {
    return true;
  }

  /**
   * @return the platforms checked: installed, faked and included
   */
  protected final List<PlatformProvider> platforms() {
    return Platforms.installed().stream()
        .filter(p -> Sandbox.installed().stream().anyMatch(f -> f.id().equals(p.platform().id())))
        .filter(p -> includes(p.platform()))
        .collect(Collectors.toList());
  }

  /**
   * @return one container of checks per platform
   */
  @TestFactory
  Stream<DynamicContainer> contract() {
    List<PlatformProvider> providers = platforms();
    assertThat(providers).as("installed platforms with a sandbox fake").isNotEmpty();
    return providers.stream().map(p -> DynamicContainer.dynamicContainer(p.platform().id(), Stream.of(
        check("describes itself as its provider does", () -> describesItself(p)),
        check("lists what it creates, by its match key", () -> createsAndLists(p)),
        check("updates what its description says it can", () -> updatesWhatItSays(p)),
        check("sets availability as its description says", () -> setsAvailability(p)),
        check("deletes", () -> deletes(p)),
        check("requires what its description says, before sending", () -> requiresFields(p)),
        check("refuses what it lacks", () -> refusesWhatItLacks(p)),
        check("lists the same agents async", () -> listsAsync(p)),
        check("answers a wrong credential with an authentication error", () -> rejectsWrongCredential(p)))));
  }

  private DynamicTest check(String name, Runnable body) {
    return DynamicTest.dynamicTest(name, () -> {
      sandbox.reset();
      body.run();
    });
  }

  private AgentDirectory directory(PlatformProvider p, Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>(sandbox.settings());
    overrides.forEach((name, value) -> settings.put(Settings.key(p.platform(), name), value));
    return p.directory(Settings.of(settings).forPlatform(p.platform()));
  }

  private AgentDirectory directory(PlatformProvider p) {
    return directory(p, Map.of());
  }

  /** A new agent carrying every field the platform requires, and an availability. */
  private static NewAgent newAgent(PlatformDescription d, String name, Availability availability) {
    NewAgent.Builder b = NewAgent.named(name);
    String tag = UUID.randomUUID().toString();
    for (String field : d.requiredToCreate()) {
      switch (field) {
        case "name":
          break;
        case "email":
          b.email(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com");
          break;
        case "userId":
          b.userId(tag);
          break;
        case "surname":
          b.surname("Contract");
          break;
        case "role":
          throw new AssertionError("a required role has no portable value; extend the suite for this platform");
        default:
          throw new AssertionError("required field '" + field + "' is not a NewAgent field");
      }
    }
    if (d.createSetsAvailability()) {
      b.availability(availability);
    }
    return b.build();
  }

  private static List<String> ids(Iterable<Agent> agents) {
    List<String> out = new ArrayList<>();
    agents.forEach(a -> out.add(a.id()));
    return out;
  }

  private void describesItself(PlatformProvider p) {
    AgentDirectory d = directory(p);
    assertThat(d.platform()).isEqualTo(p.platform());
    assertThat(d.description()).isEqualTo(p.description());
    assertThat(p.settings()).as("settings").anyMatch(PlatformProvider.Setting::credential);
    PlatformDescription desc = p.description();
    assertThat(desc.rateLimit().source()).as("where the rate limit was looked for").isNotBlank();
    if (d.supports(Capability.CREATE)) {
      assertThat(desc.requiredToCreate()).as("a platform that creates needs a name").startsWith("name");
    } else {
      assertThat(desc.rename()).isIn(PlatformDescription.Rename.UNSUPPORTED, PlatformDescription.Rename.IN_PLACE);
    }
    if (!d.supports(Capability.UPDATE)) {
      assertThat(desc.updatable()).as("updatable without UPDATE").isEmpty();
    }
    if (desc.rename() == PlatformDescription.Rename.IN_PLACE) {
      assertThat(desc.updatable()).as("renames in place, so name is updatable").contains("name");
    }
  }

  private void createsAndLists(PlatformProvider p) {
    AgentDirectory d = directory(p);
    if (!d.supports(Capability.CREATE)) {
      return;
    }
    PlatformDescription desc = d.description();
    Agent created = d.create(newAgent(desc, "Contract Ann", Availability.ONLINE));
    assertThat(created.id()).isNotBlank();
    assertThat(created.platform()).isEqualTo(p.platform());
    assertThat(created.name()).isEqualTo("Contract Ann");
    List<Agent> listed = d.list().stream().filter(a -> a.id().equals(created.id())).collect(Collectors.toList());
    assertThat(listed).hasSize(1);
    if (desc.matchKey() == PlatformDescription.MatchKey.EMAIL) {
      assertThat(listed.get(0).email()).as("the match key comes back").isEqualToIgnoringCase("contract.ann@example.com");
    } else {
      assertThat(listed.get(0).name()).as("the match key comes back").isEqualTo("Contract Ann");
    }
    if (d.supports(Capability.GET)) {
      assertThat(d.get(created.id()).id()).isEqualTo(created.id());
    }
  }

  private void updatesWhatItSays(PlatformProvider p) {
    AgentDirectory d = directory(p);
    PlatformDescription desc = d.description();
    if (!d.supports(Capability.CREATE) || !d.supports(Capability.UPDATE)) {
      return;
    }
    Agent created = d.create(newAgent(desc, "Contract Ben", Availability.ONLINE));
    if (desc.updatable().contains("name")) {
      Agent updated = d.update(created.id(), AgentUpdate.builder().name("Contract Benjamin").build());
      assertThat(updated.name()).isEqualTo("Contract Benjamin");
      assertThat(d.list().stream().filter(a -> a.id().equals(created.id())).map(Agent::name))
          .containsExactly("Contract Benjamin");
    }
    // A field outside the description is refused before anything is sent.
    for (String field : List.of("name", "role", "avatarUrl", "availability", "surname", "email")) {
      if (!desc.updatable().contains(field)) {
        assertThatThrownBy(() -> d.update(created.id(), update(field))).as("update." + field)
            .isInstanceOf(UnsupportedCapabilityException.class).hasMessageContaining(field);
      }
    }
  }

  private static AgentUpdate update(String field) {
    AgentUpdate.Builder b = AgentUpdate.builder();
    switch (field) {
      case "name":
        return b.name("x").build();
      case "role":
        return b.role("x").build();
      case "avatarUrl":
        return b.avatarUrl("https://example.com/a.png").build();
      case "availability":
        return b.availability(Availability.AWAY).build();
      case "surname":
        return b.surname("x").build();
      default:
        return b.email("x@example.com").build();
    }
  }

  private void setsAvailability(PlatformProvider p) {
    AgentDirectory d = directory(p);
    PlatformDescription desc = d.description();
    if (!d.supports(Capability.CREATE) || !d.supports(Capability.GET_AVAILABILITY)) {
      return; // the suite checks availability on an agent it can create itself
    }
    Agent created = d.create(newAgent(desc, "Contract Cleo", Availability.AWAY));
    if (desc.createSetsAvailability()) {
      assertThat(d.availability(created.id())).as("the create set it").isEqualTo(Availability.AWAY);
    }
    if (d.supports(Capability.SET_AVAILABILITY)) {
      d.setAvailability(created.id(), Availability.OFFLINE);
      assertThat(d.availability(created.id())).isEqualTo(Availability.OFFLINE);
      assertThatThrownBy(() -> d.setAvailability(created.id(), Availability.UNKNOWN))
          .isInstanceOf(InvalidInputException.class).hasMessageContaining("availability");
    }
  }

  private void deletes(PlatformProvider p) {
    AgentDirectory d = directory(p);
    if (!d.supports(Capability.CREATE) || !d.supports(Capability.DELETE)) {
      return;
    }
    Agent created = d.create(newAgent(d.description(), "Contract Dan", Availability.ONLINE));
    d.delete(created.id());
    assertThat(ids(d.list())).doesNotContain(created.id());
    if (d.supports(Capability.GET)) {
      assertThatThrownBy(() -> d.get(created.id())).isInstanceOf(NotFoundException.class);
    }
  }

  private void requiresFields(PlatformProvider p) {
    AgentDirectory d = directory(p);
    if (!d.supports(Capability.CREATE)) {
      return;
    }
    PlatformDescription desc = d.description();
    List<String> before = ids(d.list());
    for (String field : desc.requiredToCreate()) {
      NewAgent full = newAgent(desc, "Contract Eve", Availability.ONLINE);
      NewAgent.Builder without = NewAgent.named(field.equals("name") ? " " : full.name());
      if (!field.equals("email") && full.email() != null) {
        without.email(full.email());
      }
      if (!field.equals("userId") && full.userId() != null) {
        without.userId(full.userId());
      }
      if (!field.equals("surname") && full.surname() != null) {
        without.surname(full.surname());
      }
      assertThatThrownBy(() -> d.create(without.build())).as("create without " + field)
          .isInstanceOf(InvalidInputException.class).hasMessageContaining(field);
    }
    assertThat(ids(d.list())).as("nothing was created").isEqualTo(before);
  }

  private void refusesWhatItLacks(PlatformProvider p) {
    AgentDirectory d = directory(p);
    for (Capability c : Capability.values()) {
      if (d.supports(c)) {
        continue;
      }
      Runnable call = syncCall(d, c);
      Supplier<java.util.concurrent.CompletableFuture<?>> async = asyncCall(d, c);
      assertThatThrownBy(call::run).as(c.name()).isInstanceOf(UnsupportedCapabilityException.class);
      assertThatThrownBy(() -> async.get().join()).as(c.name() + " async").isInstanceOf(CompletionException.class)
          .hasCauseInstanceOf(UnsupportedCapabilityException.class);
    }
  }

  private static Runnable syncCall(AgentDirectory d, Capability c) {
    switch (c) {
      case LIST:
        return () -> d.list().iterator().hasNext();
      case GET:
        return () -> d.get("some-id");
      case CREATE:
        return () -> d.create(NewAgent.named("Nobody").email("nobody@example.com").userId(UUID.randomUUID().toString())
            .build());
      case UPDATE:
        return () -> d.update("some-id", AgentUpdate.builder().name("x").build());
      case DELETE:
        return () -> d.delete("some-id");
      case GET_AVAILABILITY:
        return () -> d.availability("some-id");
      default:
        return () -> d.setAvailability("some-id", Availability.ONLINE);
    }
  }

  private static Supplier<java.util.concurrent.CompletableFuture<?>> asyncCall(AgentDirectory d, Capability c) {
    switch (c) {
      case LIST:
        return () -> d.listAsync(AgentQuery.ALL);
      case GET:
        return () -> d.getAsync("some-id");
      case CREATE:
        return () -> d.createAsync(NewAgent.named("Nobody").email("nobody@example.com")
            .userId(UUID.randomUUID().toString()).build());
      case UPDATE:
        return () -> d.updateAsync("some-id", AgentUpdate.builder().name("x").build());
      case DELETE:
        return () -> d.deleteAsync("some-id");
      case GET_AVAILABILITY:
        return () -> d.availabilityAsync("some-id");
      default:
        return () -> d.setAvailabilityAsync("some-id", Availability.ONLINE);
    }
  }

  private void listsAsync(PlatformProvider p) {
    sandbox.seedDemoData();
    AgentDirectory d = directory(p);
    if (d.supports(Capability.CREATE)) {
      d.create(newAgent(d.description(), "Contract Fay", Availability.ONLINE));
    }
    List<String> sync = ids(d.list());
    assertThat(sync).as("agents listed").isNotEmpty();
    assertThat(ids(d.listAsync(AgentQuery.ALL).join())).isEqualTo(sync);
  }

  private void rejectsWrongCredential(PlatformProvider p) {
    // The fake's own credential with something appended: a value of the right shape (a LiveChat
    // token keeps its region prefix) that the fake does not accept.
    Map<String, String> fake = sandbox.clientSettings(p.platform().id());
    Map<String, String> wrong = new HashMap<>();
    p.settings().stream().filter(PlatformProvider.Setting::credential)
        .forEach(s -> wrong.put(s.name(), fake.getOrDefault(s.name(), "") + "-wrong"));
    AgentDirectory d = directory(p, wrong);
    assertThatThrownBy(() -> d.list().iterator().hasNext()).isInstanceOf(AuthenticationException.class);
  }
}
