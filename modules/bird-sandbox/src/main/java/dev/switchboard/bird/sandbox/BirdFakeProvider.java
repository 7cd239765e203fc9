package dev.switchboard.bird.sandbox;

import dev.switchboard.sandbox.Fake;
import dev.switchboard.sandbox.spi.FakeProvider;
import java.time.Clock;
import java.util.Map;

/**
 * Plugs the Bird fake into the sandbox; registered for {@link java.util.ServiceLoader} in this
 * module's {@code META-INF/services}. Its demo workspace is {@link BirdSandbox#WORKSPACE}. Setting
 * names are the Bird provider's own ({@code PlatformProvider.settings()}), repeated as text: a fake
 * depends on no client.
 */
public final class BirdFakeProvider implements FakeProvider {
  /** For {@link java.util.ServiceLoader}. */
  public BirdFakeProvider() {}

  @Override
  public String id() {
    return BirdFake.ID;
  }

  @Override
  public String defaultCredential() {
    return BirdSandbox.ACCESS_KEY;
  }

  @Override
  public Fake create(String credential, Clock clock) {
    return new BirdFake(credential, clock);
  }

  @Override
  public Map<String, String> clientSettings(String baseUrl, String credential) {
    return Map.of("ACCESS_KEY", credential, "WORKSPACE", BirdSandbox.WORKSPACE, "URL", baseUrl);
  }

  @Override
  public String describe(String credential) {
    return "access key " + credential + ", workspace " + BirdSandbox.WORKSPACE;
  }
}
