package dev.switchboard.facade.bundle;

import dev.switchboard.facade.Platform;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.Platforms;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What the all-platforms artifact ({@code switchboard-facade}) promises: its platforms, and a check
 * that each is installed. A fat jar built without merging {@code META-INF/services} files (the
 * shade plugin's {@code ServicesResourceTransformer}) keeps one platform's registration and loses
 * the others; {@link #verifyInstalled()} says so instead of leaving a platform silently missing.
 */
public final class BundledPlatforms {
  private static final String RESOURCE = "/META-INF/switchboard-facade.properties";

  private BundledPlatforms() {}

  /**
   * @return the platforms this artifact brings, in its dependency order
   */
  public static List<Platform> platforms() {
    Properties p = new Properties();
    try (InputStream in = BundledPlatforms.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Arrays.stream(p.getProperty("platforms").split(",")).map(String::trim).map(Platform::of)
        .collect(Collectors.toList());
  }

  /**
   * @throws IllegalStateException naming every bundled platform that {@link Platforms#installed()} does not find
   */
  public static void verifyInstalled() {
    List<Platform> installed = Platforms.installed().stream().map(PlatformProvider::platform).collect(Collectors.toList());
    List<Platform> missing = new ArrayList<>(platforms());
    missing.removeAll(installed);
    if (!missing.isEmpty()) {
      throw new IllegalStateException("platforms not installed: " + missing + " (found " + installed
          + "); a fat jar must merge META-INF/services files");
    }
  }
}
