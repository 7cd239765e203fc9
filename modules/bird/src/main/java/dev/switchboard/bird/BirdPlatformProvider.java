package dev.switchboard.bird;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.PlatformSettings;
import java.util.List;

/**
 * Plugs Bird in ({@code META-INF/services}): {@code SWITCHBOARD_BIRD_ACCESS_KEY},
 * {@code SWITCHBOARD_BIRD_WORKSPACE}, optionally {@code SWITCHBOARD_BIRD_URL}.
 */
public final class BirdPlatformProvider implements PlatformProvider {
  private static final List<Setting> SETTINGS = List.of(
      Setting.credential("ACCESS_KEY", "Bird access key"),
      Setting.required("WORKSPACE", "the workspace whose agents are managed"),
      Setting.optional("URL", "base URL (default " + BirdClient.DEFAULT_BASE_URL + ")"),
      PlatformSettings.WIRE_LOG_SETTING);

  /** For {@link java.util.ServiceLoader}. */
  public BirdPlatformProvider() {}

  @Override
  public Platform platform() {
    return Platform.BIRD;
  }

  @Override
  public PlatformDescription description() {
    return BirdDirectory.DESCRIPTION;
  }

  @Override
  public List<Setting> settings() {
    return SETTINGS;
  }

  @Override
  public AgentDirectory directory(PlatformSettings s) {
    BirdClient.Builder c = BirdClient.builder().accessKey(s.required("ACCESS_KEY"));
    s.apply("URL", c::baseUrl);
    s.wireLog(c::wireLog);
    return BirdDirectory.of(c.build(), s.required("WORKSPACE"));
  }
}
