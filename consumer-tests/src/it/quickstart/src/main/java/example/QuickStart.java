package example;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Capability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.chatwoot.ChatwootDirectory;
import dev.switchboard.livechat.LiveChatDirectory;
import dev.switchboard.chatwoot.ChatwootClient;
import dev.switchboard.livechat.LiveChatClient;

public class QuickStart {
  public static void main(String[] args) {
    // Each client uses its platform's own URL unless SWITCHBOARD_<PLATFORM>_URL says otherwise
    // (a self-hosted Chatwoot, or the sandbox).
    Switchboard switchboard = Switchboard.builder()
        .add(ChatwootDirectory.of(ChatwootClient.builder()
            .apiAccessToken(System.getenv("SWITCHBOARD_CHATWOOT_TOKEN")).build(),
            Long.parseLong(System.getenv("SWITCHBOARD_CHATWOOT_ACCOUNT"))))
        .add(LiveChatDirectory.of(LiveChatClient.builder()
            .accessToken(System.getenv("SWITCHBOARD_LIVECHAT_TOKEN")).build()))
        .build();

    for (AgentDirectory directory : switchboard.directories()) {
      directory.list().forEach(agent -> System.out.println(agent));   // pages lazily
      if (directory.supports(Capability.CREATE)) {
        Agent ann = directory.create(NewAgent.named("Ann Agent").email("ann@example.com").build());
        directory.setAvailability(ann.id(), Availability.ONLINE);
        System.out.println("created " + ann);
      }
    }
  }
}
