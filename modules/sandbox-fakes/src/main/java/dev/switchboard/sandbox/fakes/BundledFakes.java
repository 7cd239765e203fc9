package dev.switchboard.sandbox.fakes;

import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.spi.FakeProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What the all-fakes artifact ({@code switchboard-sandbox-fakes}) promises: the platforms whose
 * fakes it brings, and a check that each is installed. A fat jar built without merging
 * {@code META-INF/services} files (the shade plugin's {@code ServicesResourceTransformer}) keeps one
 * fake's registration and loses the others; {@link #verifyInstalled()} says so instead of leaving a
 * platform silently missing from the sandbox.
 */
public final class BundledFakes {
  private static final String RESOURCE = "/META-INF/switchboard-sandbox-fakes.properties";

  private BundledFakes() {}

  /**
   * @return the ids of the platforms whose fakes this artifact brings, in its dependency order
   */
  public static List<String> platforms() {
    Properties p = new Properties();
    try (InputStream in = BundledFakes.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Arrays.stream(p.getProperty("platforms").split(",")).map(String::trim).collect(Collectors.toList());
  }

  /**
   * @throws IllegalStateException naming every bundled platform whose fake {@link Sandbox#installed()} does not find
   */
  public static void verifyInstalled() {
    List<String> installed = Sandbox.installed().stream().map(FakeProvider::id).collect(Collectors.toList());
    List<String> missing = new ArrayList<>(platforms());
    missing.removeAll(installed);
    if (!missing.isEmpty()) {
      throw new IllegalStateException("sandbox fakes not installed: " + missing + " (found " + installed
          + "); a fat jar must merge META-INF/services files");
    }
  }
}
