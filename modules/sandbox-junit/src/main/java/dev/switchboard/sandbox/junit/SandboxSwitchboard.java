package dev.switchboard.sandbox.junit;

import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.Platforms;
import dev.switchboard.facade.spi.Settings;
import dev.switchboard.sandbox.Sandbox;

/**
 * A {@link Switchboard} over a {@link Sandbox}: every installed platform (its
 * {@link PlatformProvider}) that the sandbox fakes, configured with the settings the fake hands out
 * (its URL, credential and demo ids), so the directories are built exactly as from real
 * configuration. Neither the sandbox nor this class names a platform.
 */
public final class SandboxSwitchboard {
  private SandboxSwitchboard() {}

  /**
   * @param sandbox a running sandbox
   * @return a switchboard with every installed platform the sandbox fakes, in classpath order
   */
  public static Switchboard of(Sandbox sandbox) {
    Switchboard.Builder b = Switchboard.builder();
    Settings settings = Settings.of(sandbox.settings());
    for (PlatformProvider provider : Platforms.installed()) {
      Platform platform = provider.platform();
      if (sandbox.platforms().contains(platform.id())) {
        b.add(provider.directory(settings.forPlatform(platform)));
      }
    }
    return b.build();
  }
}
