package dev.switchboard.contract.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.switchboard.facade.Platform;
import dev.switchboard.intercom.sandbox.IntercomFixtures;

@Provider("intercom")
@PactFolder("target/pacts")
class IntercomSandboxIT extends SandboxProvider {
  @Override
  Platform platform() {
    return Platform.of("intercom");
  }

  private static IntercomFixtures intercom() {
    return IntercomFixtures.of(sandbox);
  }

  @State("admin 991267460 exists")
  void admin() {
    intercom().admin("991267460", "Ciaran Lee", "admin@example.com", false);
  }

  @State("admin 991267460 exists, the workspace makes an away status reason mandatory")
  void reasonMandatory() {
    admin();
    intercom().awayReasonsMandatory();
  }

  @State("no admin 404 exists")
  void noAdmin() {
    // the sandbox starts with no admin
  }

  @State("the access token is not valid")
  void invalidToken() {
    admin();
    fixtures().revokeKey("intercom");
  }
}
