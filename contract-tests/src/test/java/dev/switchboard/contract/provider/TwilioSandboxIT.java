package dev.switchboard.contract.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.switchboard.facade.Platform;
import dev.switchboard.twilio.sandbox.TwilioFixtures;
import dev.switchboard.twilio.sandbox.TwilioSandbox;
import java.util.Map;

@Provider("twilio")
@PactFolder("target/pacts")
class TwilioSandboxIT extends SandboxProvider {
  private static final String WS = TwilioSandbox.WORKSPACE_SID;
  private static final String ANN = "WK0000000000000000000000000000a001";

  @Override
  Platform platform() {
    return Platform.of("twilio");
  }

  private static TwilioFixtures twilio() {
    return TwilioFixtures.of(sandbox);
  }

  @State("worker " + ANN + " exists in workspace " + WS)
  void ann() {
    twilio().worker(WS, ANN, "Ann Agent", TwilioSandbox.AVAILABLE, "{\"email\":\"ann@example.com\",\"roles\":[\"agent\"]}");
  }

  @State({"workspace " + WS + " exists, no worker is named Ann Agent", "workspace " + WS + " has TaskRouter's default activities"})
  void workspace() {
    twilio().workspace(WS);
  }

  /** Page 2's token comes from the sandbox, as a provider-state value: the PageToken of page 1's next_page_url. */
  @State("workspace " + WS + " has 3 workers")
  Map<String, Object> threeWorkers() {
    twilio().worker(WS, ANN, "Ann Agent", TwilioSandbox.OFFLINE, "{}")
        .worker(WS, "WK0000000000000000000000000000a002", "Ben Agent", TwilioSandbox.OFFLINE, "{}")
        .worker(WS, "WK0000000000000000000000000000a003", "Cleo Agent", TwilioSandbox.OFFLINE, "{}");
    return Map.of("pageToken", "PT2");
  }
}
