package dev.switchboard.contract.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.switchboard.chatcaptain.sandbox.ChatCaptainFixtures;
import dev.switchboard.facade.Platform;

@Provider("chatcaptain")
@PactFolder("target/pacts")
class ChatCaptainSandboxIT extends SandboxProvider {
  @Override
  Platform platform() {
    return Platform.CHATCAPTAIN;
  }

  private static ChatCaptainFixtures captain() {
    return ChatCaptainFixtures.of(sandbox);
  }

  @State("chatbot bot1 exists with agent ag1, the key may list its inbox agents")
  void agentAg1() {
    captain().agent("bot1", "ag1", true);
  }

  @State("chatbot bot1 exists, the key lacks chatbots.inbox.agents.notifications.get")
  void lacksPermission() {
    captain().chatbot("bot1");
    fixtures().denyEverything("chatcaptain");
  }

  @State("chatbot bot1 exists, the key's agent has a push token")
  void pushToken() {
    captain().chatbot("bot1").pushToken("bot1", "cVA6cG-ztyB-M8_7yul:APA91b");
  }

  @State({"chatbot bot1 exists, the key's agent may edit its notification settings",
      "chatbot bot1 exists, the key's agent may edit its online status"})
  void chatbot() {
    captain().chatbot("bot1");
  }

  @State("no chatbot nobot exists")
  void noChatbot() {
    // the sandbox starts with no chatbot but the demo one
  }

  @State("the key is not valid")
  void invalidKey() {
    captain().chatbot("bot1");
    fixtures().revokeKey("chatcaptain");
  }
}
