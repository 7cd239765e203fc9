package dev.switchboard.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version of the Switchboard SDK on the classpath, as the build wrote it
 * ({@code version.properties}, filled in by resource filtering). It is what every client sends in
 * its User-Agent and what {@code switchboard --version} prints, so a report from the field names
 * the exact build.
 */
public final class SdkVersion {
  /** The version, e.g. {@code 0.1.0}; {@code unknown} only if the jar lost its resource. */
  public static final String VERSION = read();

  private SdkVersion() {}

  private static String read() {
    Properties props = new Properties();
    try (InputStream in = SdkVersion.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      // Falls through to "unknown": a missing version must never stop a client from being built.
    }
    return props.getProperty("version", "unknown");
  }
}
