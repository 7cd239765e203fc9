package dev.switchboard.contract.provider;

import au.com.dius.pact.provider.junit5.HttpTestTarget;
import au.com.dius.pact.provider.junit5.PactVerificationContext;
import au.com.dius.pact.provider.junit5.PactVerificationInvocationContextProvider;
import dev.switchboard.facade.Platform;
import dev.switchboard.sandbox.Fixtures;
import dev.switchboard.sandbox.Sandbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pact provider verification of the sandbox: every interaction of a platform's pact is replayed
 * against the sandbox, after the interaction's provider state is set up with {@link Fixtures} and the platform's own
 * fixtures (its fake module's, e.g. {@code BirdFixtures}).
 * The sandbox accepts the keys the consumer tests used. Subclasses name the provider and its states.
 */
abstract class SandboxProvider {
  static final Sandbox.Keys CONSUMER_KEYS = Sandbox.Keys.of(java.util.Map.of("chatwoot", "chatwoot-test-token",
      "bird", "bird-test-access-key", "chatcaptain", "chatcaptain-test-key", "livechat", "fra:livechat-test-access-token",
      "bcrumbs", "bcrumbs-test-api-key"));

  static Sandbox sandbox;

  @BeforeAll
  static void start() {
    sandbox = Sandbox.start(0, CONSUMER_KEYS);
  }

  @AfterAll
  static void stop() {
    sandbox.close();
  }

  abstract Platform platform();

  /** @return the faults every platform has (revoked key, rate limit); a platform's own facts are its fake module's fixtures */
  static Fixtures fixtures() {
    return sandbox.fixtures();
  }

  @BeforeEach
  void target(PactVerificationContext context) {
    sandbox.reset();
    context.setTarget(new HttpTestTarget("127.0.0.1", sandbox.port(), "/" + platform().id()));
  }

  @TestTemplate
  @ExtendWith(PactVerificationInvocationContextProvider.class)
  void sandboxHonoursThePact(PactVerificationContext context) {
    context.verifyInteraction();
  }
}
