package dev.switchboard.contract.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.switchboard.bcrumbs.sandbox.BcrumbsFixtures;
import dev.switchboard.facade.Platform;

@Provider("bcrumbs")
@PactFolder("target/pacts")
class BcrumbsSandboxIT extends SandboxProvider {
  @Override
  Platform platform() {
    return Platform.BCRUMBS;
  }

  @State("the API key is revoked")
  void revoked() {
    fixtures().revokeKey("bcrumbs");
  }

  @State({"workspace 12 exists", "workspace 12 has no agent missing", "workspace 12 has user u1 without an agent"})
  void workspace() {
    // workspaces exist on first use
  }

  @State("workspace 12 has agent id_123")
  void agent() {
    BcrumbsFixtures.of(sandbox).agent(12, "id_123", "u1", "Ann", "Agent", "ann@example.com");
  }
}
