package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.sandbox.junit.SandboxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class AgentRosterTest {
  @Test
  void createdAgentsAreListedOnEveryPlatform(Switchboard switchboard) {
    List<String> checked = new ArrayList<>();
    for (AgentDirectory directory : switchboard.directories()) {
      if (!directory.supports(Capability.CREATE)) {
        continue;
      }
      checked.add(directory.platform().id());
      // Bird and bcrumbs link an agent to a user account: the user id is theirs, a UUID.
      Agent created = directory.create(NewAgent.named("Test Agent")
          .email("test@example.com").userId(UUID.randomUUID().toString()).build());
      assertTrue(directory.list().stream().anyMatch(a -> a.id().equals(created.id())),
          directory.platform() + " lists the new agent");
      if (directory.supports(Capability.SET_AVAILABILITY)) {
        directory.setAvailability(created.id(), Availability.AWAY);
        assertEquals(Availability.AWAY, directory.availability(created.id()), directory.platform() + " availability");
      }
    }
    // The loop must not pass by checking nothing: these are the platforms that can create agents.
    assertEquals(List.of("bcrumbs", "bird", "chatwoot", "livechat", "twilio"), checked.stream().sorted().toList());
  }
}
