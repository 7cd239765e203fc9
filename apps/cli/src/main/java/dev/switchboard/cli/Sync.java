package dev.switchboard.cli;

import dev.switchboard.facade.Platform;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.Platforms;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the CLI's commands share about platforms: the installed ones, and a failure in words. The
 * roster sync itself is the {@code switchboard-sync} library ({@link dev.switchboard.sync.SyncEngine}).
 */
final class Sync {
  private Sync() {}

  /** The installed platforms, in classpath order, found once. */
  private static volatile Map<Platform, PlatformProvider> installed;

  static Map<Platform, PlatformProvider> installed() {
    Map<Platform, PlatformProvider> m = installed;
    if (m == null) {
      m = new LinkedHashMap<>();
      for (PlatformProvider p : Platforms.installed()) {
        m.put(p.platform(), p);
      }
      installed = m;
    }
    return m;
  }

  static String describe(RuntimeException e) {
    return e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
