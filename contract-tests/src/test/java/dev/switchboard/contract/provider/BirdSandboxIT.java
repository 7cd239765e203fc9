package dev.switchboard.contract.provider;

import au.com.dius.pact.provider.junitsupport.Provider;
import au.com.dius.pact.provider.junitsupport.State;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;
import dev.switchboard.bird.sandbox.BirdFixtures;
import dev.switchboard.facade.Platform;
import java.util.Map;

@Provider("bird")
@PactFolder("target/pacts")
class BirdSandboxIT extends SandboxProvider {
  private static final String MEDIA = "123e4567-e89b-12d3-a456-426614174002";

  @Override
  Platform platform() {
    return Platform.BIRD;
  }

  private static BirdFixtures bird() {
    return BirdFixtures.of(sandbox);
  }

  private static void ann(boolean isCaller) {
    bird().agent("w1", "a1", "Ann Agent", "active", "ann@example.com", isCaller);
  }

  @State({"agent a1 exists in workspace w1", "agent a1 exists in workspace w1 under workload rule r1",
      "agent a1 of workspace w1 has media file " + MEDIA, "workspace w1 exists, an agent named Ann Agent exists in it"})
  void agentA1() {
    ann(false);
  }

  @State("agent a1 of workspace w1 has media file " + MEDIA + " still being processed")
  void mediaNotReady() {
    ann(false);
    bird().mediaNotReady(MEDIA);
  }

  @State({"no agent missing in workspace w1",
      "workspace w1 exists, team 123e4567-e89b-12d3-a456-426614174001 is in it, no agent is named Ann Agent"})
  void emptyWorkspace() {
    bird().workspace("w1");
  }

  @State("the access key belongs to agent a1 in workspace w1")
  void caller() {
    ann(true);
  }

  @State("the access key has used up its rate limit for the next 5 seconds")
  void rateLimited() {
    // Pact's HTTP client retries a 429 once; a short Retry-After keeps the build fast (the pact matches \d+).
    bird().workspace("w1");
    fixtures().rateLimit("bird", 2, 1);
  }

  @State("the access key is revoked")
  void revoked() {
    ann(true);
    fixtures().revokeKey("bird");
  }

  /** Page 2's token comes from the sandbox, as a provider-state value. */
  @State("workspace w1 has 3 agents")
  Map<String, Object> threeAgents() {
    ann(false);
    bird().agent("w1", "a2", "Ben Agent", "away", "ben@example.com", false)
        .agent("w1", "a3", "Cleo Agent", "away", "cleo@example.com", false);
    return Map.of("pageToken", "cGFnZS0y");
  }
}
