package dev.switchboard.bcrumbs.sandbox;

import dev.switchboard.sandbox.Fake;
import dev.switchboard.sandbox.spi.FakeProvider;
import java.time.Clock;
import java.util.Map;

/**
 * Plugs the bcrumbs fake into the sandbox; registered for {@link java.util.ServiceLoader} in this
 * module's {@code META-INF/services}. Its demo workspace is {@link BcrumbsSandbox#WORKSPACE}.
 * Setting names are the bcrumbs provider's own ({@code PlatformProvider.settings()}), repeated as
 * text: a fake depends on no client.
 */
public final class BcrumbsFakeProvider implements FakeProvider {
  /** For {@link java.util.ServiceLoader}. */
  public BcrumbsFakeProvider() {}

  @Override
  public String id() {
    return BcrumbsFake.ID;
  }

  @Override
  public String defaultCredential() {
    return BcrumbsSandbox.API_KEY;
  }

  @Override
  public Fake create(String credential, Clock clock) {
    return new BcrumbsFake(credential, clock);
  }

  /** The GraphQL gateway's path. */
  @Override
  public String basePath() {
    return "/core/gq";
  }

  @Override
  public Map<String, String> clientSettings(String baseUrl, String credential) {
    return Map.of("API_KEY", credential, "WORKSPACE", String.valueOf(BcrumbsSandbox.WORKSPACE), "URL", baseUrl);
  }

  @Override
  public String describe(String credential) {
    return "API key " + credential + ", workspace " + BcrumbsSandbox.WORKSPACE;
  }
}
