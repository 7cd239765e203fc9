package dev.switchboard.bcrumbs;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.PlatformSettings;
import java.util.List;

/**
 * Plugs bcrumbs in ({@code META-INF/services}): {@code SWITCHBOARD_BCRUMBS_API_KEY},
 * {@code SWITCHBOARD_BCRUMBS_WORKSPACE}, optionally {@code SWITCHBOARD_BCRUMBS_URL}.
 */
public final class BcrumbsPlatformProvider implements PlatformProvider {
  private static final List<Setting> SETTINGS = List.of(
      Setting.credential("API_KEY", "bcrumbs API key"),
      Setting.required("WORKSPACE", "the workspace id (a number)").ofType(Setting.Type.NUMBER),
      Setting.optional("URL", "GraphQL endpoint"),
      PlatformSettings.WIRE_LOG_SETTING);

  /** For {@link java.util.ServiceLoader}. */
  public BcrumbsPlatformProvider() {}

  @Override
  public Platform platform() {
    return Platform.BCRUMBS;
  }

  @Override
  public PlatformDescription description() {
    return BcrumbsDirectory.DESCRIPTION;
  }

  @Override
  public List<Setting> settings() {
    return SETTINGS;
  }

  @Override
  public AgentDirectory directory(PlatformSettings s) {
    BcrumbsClient.Builder c = BcrumbsClient.builder().apiKey(s.required("API_KEY"));
    s.apply("URL", c::baseUrl);
    s.configure(c); // wire log, timeouts, retries, and the user's client customizers (e.g. an ObservationRegistry)
    return BcrumbsDirectory.of(c.build(), (int) s.number("WORKSPACE"));
  }
}
