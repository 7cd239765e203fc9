package dev.switchboard.intercom;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.PlatformSettings;
import java.util.List;

/**
 * Plugs Intercom in ({@code META-INF/services}): {@code SWITCHBOARD_INTERCOM_TOKEN}, optionally
 * {@code SWITCHBOARD_INTERCOM_URL} (a regional host) and {@code SWITCHBOARD_INTERCOM_VERSION} (the
 * {@code Intercom-Version} sent, 2.14 by default).
 */
public final class IntercomPlatformProvider implements PlatformProvider {
  private static final List<Setting> SETTINGS = List.of(
      Setting.credential("TOKEN", "the access token (Authorization: Bearer)"),
      Setting.optional("URL", "base URL: " + IntercomClient.DEFAULT_BASE_URL + " (default), " + IntercomClient.EU_BASE_URL
          + " or " + IntercomClient.AU_BASE_URL + ", where the workspace is hosted"),
      Setting.optional("VERSION", "the Intercom-Version header every call sends (default "
          + IntercomClient.DEFAULT_VERSION + ")"),
      PlatformSettings.WIRE_LOG_SETTING);

  /** For {@link java.util.ServiceLoader}. */
  public IntercomPlatformProvider() {}

  @Override
  public Platform platform() {
    return IntercomDirectory.PLATFORM;
  }

  @Override
  public PlatformDescription description() {
    return IntercomDirectory.DESCRIPTION;
  }

  @Override
  public List<Setting> settings() {
    return SETTINGS;
  }

  @Override
  public AgentDirectory directory(PlatformSettings s) {
    IntercomClient.Builder c = IntercomClient.builder().accessToken(s.required("TOKEN"));
    s.apply("URL", c::baseUrl);
    s.apply("VERSION", c::version);
    s.configure(c); // wire log, timeouts, retries, and the user's client customizers (e.g. an ObservationRegistry)
    return IntercomDirectory.of(c.build());
  }
}
