package dev.switchboard.intercom.sandbox;

import dev.switchboard.sandbox.Fake;
import dev.switchboard.sandbox.spi.FakeProvider;
import java.time.Clock;
import java.util.Map;

/**
 * Plugs the Intercom fake into the sandbox; registered for {@link java.util.ServiceLoader} in this
 * module's {@code META-INF/services}. Its demo admins are {@link IntercomSandbox#ADMIN} and
 * {@link IntercomSandbox#AWAY_ADMIN}. Setting names are the Intercom provider's own
 * ({@code PlatformProvider.settings()}), repeated as text: a fake depends on no client.
 */
public final class IntercomFakeProvider implements FakeProvider {
  /** For {@link java.util.ServiceLoader}. */
  public IntercomFakeProvider() {}

  @Override
  public String id() {
    return IntercomFake.ID;
  }

  @Override
  public String defaultCredential() {
    return IntercomSandbox.TOKEN;
  }

  @Override
  public Fake create(String credential, Clock clock) {
    return new IntercomFake(credential, clock);
  }

  @Override
  public Map<String, String> clientSettings(String baseUrl, String credential) {
    return Map.of("TOKEN", credential, "URL", baseUrl);
  }

  @Override
  public String describe(String credential) {
    return "access token " + credential + ", demo admins " + IntercomSandbox.ADMIN + " and " + IntercomSandbox.AWAY_ADMIN;
  }
}
