package dev.switchboard.contract.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.switchboard.chatwoot.sandbox.ChatwootFixtures;
import dev.switchboard.facade.Platform;

@Provider("chatwoot")
@PactFolder("target/pacts")
class ChatwootSandboxIT extends SandboxProvider {
  @Override
  Platform platform() {
    return Platform.CHATWOOT;
  }

  private static ChatwootFixtures chatwoot() {
    return ChatwootFixtures.of(sandbox);
  }

  @State("account 1 exists, the token is an administrator's, agent 42 is in account 1")
  void agent42() {
    chatwoot().agent(1, 42, "Jane Doe", "jane@example.com", "agent", "online");
  }

  @State("account 1 exists, the token is an administrator's, an agent has email jane@example.com")
  void janeExists() {
    chatwoot().agent(1, 7, "Jane Doe", "jane@example.com", "agent", "online");
  }

  @State({"account 1 exists, the token is an administrator's, no agent 999 is in account 1",
      "account 1 exists, the token is an administrator's, no agent has email jane@example.com"})
  void emptyAccount() {
    // accounts start empty
  }

  @State("account 1 exists, the token is an administrator's, the account has no agent licences left")
  void noLicencesLeft() {
    chatwoot().agentLimit(0);
  }

  @State("account 1 exists, the token is an agent's, not an administrator's")
  void notAnAdministrator() {
    chatwoot().agent(1, 42, "Jane Doe", "jane@example.com", "agent", "online");
    fixtures().denyEverything("chatwoot");
  }

  @State("the token is not valid for account 1")
  void invalidToken() {
    fixtures().revokeKey("chatwoot");
  }
}
