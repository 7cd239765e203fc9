package dev.switchboard.twilio.sandbox;

import dev.switchboard.sandbox.Fake;
import dev.switchboard.sandbox.spi.FakeProvider;
import java.time.Clock;
import java.util.Map;

/**
 * Plugs the Twilio TaskRouter fake into the sandbox; registered for {@link java.util.ServiceLoader} in
 * this module's {@code META-INF/services}. Its credential is the auth token of
 * {@link TwilioSandbox#ACCOUNT_SID}; its demo workspace is {@link TwilioSandbox#WORKSPACE_SID}. Setting
 * names are the Twilio provider's own, repeated as text: a fake depends on no client.
 */
public final class TwilioFakeProvider implements FakeProvider {
  /** For {@link java.util.ServiceLoader}. */
  public TwilioFakeProvider() {}

  @Override
  public String id() {
    return TwilioFake.ID;
  }

  @Override
  public String defaultCredential() {
    return TwilioSandbox.AUTH_TOKEN;
  }

  @Override
  public Fake create(String credential, Clock clock) {
    return new TwilioFake(credential, clock);
  }

  @Override
  public Map<String, String> clientSettings(String baseUrl, String credential) {
    return Map.of("ACCOUNT_SID", TwilioSandbox.ACCOUNT_SID, "AUTH_TOKEN", credential,
        "WORKSPACE_SID", TwilioSandbox.WORKSPACE_SID, "URL", baseUrl);
  }

  @Override
  public String describe(String credential) {
    return "account " + TwilioSandbox.ACCOUNT_SID + ", auth token " + credential + ", workspace "
        + TwilioSandbox.WORKSPACE_SID;
  }
}
