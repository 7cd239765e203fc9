package dev.switchboard.facade.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.UnsupportedCapabilityException;
import dev.switchboard.runtime.paging.PagedIterable;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * What a platform lacks is said in words a CLI user reads ("acme cannot set availability"), not
 * as Java ({@code capabilities(): [LIST]}, {@code set_availability}, {@code update.email}).
 */
class UnsupportedMessageTest {
  /** A directory that can only list, and change only name and role. */
  private static final class ListOnly extends BaseDirectory {
    ListOnly() {
      super(Platform.of("acme"), EnumSet.of(Capability.LIST), PlatformDescription.builder(PlatformDescription.MatchKey.NAME).build());
    }

    @Override
    protected PagedIterable<Agent> listing(AgentQuery query) {
      throw new AssertionError("not called");
    }

    @Override
    public Object client() {
      return null;
    }

    void update(AgentUpdate update) {
      onlyChanges(update, "updateAgent", Set.of("role", "name"));
    }
  }

  private static String refusal(Executable call) {
    UnsupportedCapabilityException e = org.junit.jupiter.api.Assertions.assertThrows(UnsupportedCapabilityException.class, call);
    assertThat(e.getMessage()).doesNotContain("capabilities()", "[", "_", "update.", "does not support");
    return e.getMessage();
  }

  @Test
  void eachMissingCapabilityIsNamedInWords() {
    ListOnly d = new ListOnly();
    String why = " (its API has no such operation)";
    assertThat(refusal(() -> d.get("1"))).isEqualTo("acme cannot read an agent" + why);
    assertThat(refusal(() -> d.create(NewAgent.named("Ada").build()))).isEqualTo("acme cannot create agents" + why);
    assertThat(refusal(() -> d.update("1", AgentUpdate.builder().name("Ada").build()))).isEqualTo("acme cannot change agents" + why);
    assertThat(refusal(() -> d.delete("1"))).isEqualTo("acme cannot remove agents" + why);
    assertThat(refusal(() -> d.availability("1"))).isEqualTo("acme cannot read availability" + why);
    assertThat(refusal(() -> d.setAvailability("1", Availability.ONLINE))).isEqualTo("acme cannot set availability" + why);
    assertThat(refusal(() -> {
      try {
        d.setAvailabilityAsync("1", Availability.ONLINE).join();
      } catch (CompletionException e) {
        throw e.getCause();
      }
    })).isEqualTo("acme cannot set availability" + why);
  }

  @Test
  void aFieldThePlatformCannotChangeIsNamedWithWhatItCan() {
    assertThat(refusal(() -> new ListOnly().update(AgentUpdate.builder().email("a@example.com").build())))
        .isEqualTo("acme cannot change an agent's email (it can change only name and role)");
  }

  @Test
  void theOperationStaysForPrograms() {
    UnsupportedCapabilityException e = org.junit.jupiter.api.Assertions.assertThrows(UnsupportedCapabilityException.class,
        () -> new ListOnly().setAvailability("1", Availability.ONLINE));
    assertThat(e.operation()).isEqualTo("set_availability");
    assertThat(e.provider()).isEqualTo("acme");
    assertThat(new UnsupportedCapabilityException(Platform.of("acme"), "update.email", "it keeps no email").getMessage())
        .isEqualTo("acme cannot change an agent's email (it keeps no email)");
    assertThat(new UnsupportedCapabilityException(Platform.of("acme"), Capability.DELETE, "agents leave by themselves"))
        .hasMessage("acme cannot remove agents (agents leave by themselves)");
  }
}
