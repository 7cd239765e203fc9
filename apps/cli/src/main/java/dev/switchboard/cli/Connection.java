package dev.switchboard.cli;

import dev.switchboard.facade.Switchboard;
import dev.switchboard.facade.spi.Settings;
import dev.switchboard.facade.spi.SettingsException;
import dev.switchboard.sandbox.Sandbox;
import dev.switchboard.sandbox.junit.SandboxSwitchboard;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where the CLI's agents live: the platforms whose credentials are set (environment variables, or
 * a properties file with the same names; the environment wins), or, with none set, the embedded
 * sandbox seeded with demo data. Credential values are never printed.
 *
 * <p>Each installed platform names its own keys ({@code SWITCHBOARD_<ID>_...}, see its
 * {@link dev.switchboard.facade.spi.PlatformProvider#settings()}), e.g.
 * {@code SWITCHBOARD_BIRD_ACCESS_KEY}, {@code SWITCHBOARD_BIRD_WORKSPACE},
 * {@code [SWITCHBOARD_BIRD_URL]}; a platform is configured when its credential is set.
 */
final class Connection implements AutoCloseable {
  final Switchboard switchboard;
  private final Sandbox sandbox;

  private Connection(Switchboard switchboard, Sandbox sandbox) {
    this.switchboard = switchboard;
    this.sandbox = sandbox;
  }

  /** A configuration problem; nothing was sent. */
  static final class Misconfigured extends Exception {
    private static final long serialVersionUID = 1L;

    Misconfigured(String message) {
      super(message);
    }
  }

  static Connection open(Map<String, String> env, Path configFile, boolean forceSandbox, PrintWriter err)
      throws Misconfigured {
    Map<String, String> settings = new HashMap<>();
    if (configFile != null) {
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(configFile)) {
        p.load(r);
      } catch (IOException e) {
        throw new Misconfigured("cannot read config file " + configFile + ": " + e.getMessage());
      }
      p.stringPropertyNames().forEach(k -> settings.put(k, p.getProperty(k)));
    }
    env.forEach((k, v) -> {
      if (k.startsWith("SWITCHBOARD_")) {
        settings.put(k, v);
      }
    });
    if (!forceSandbox) {
      Switchboard configured;
      try {
        configured = Switchboard.builder().addInstalled(Settings.of(settings)).build();
      } catch (SettingsException e) {
        throw new Misconfigured(e.getMessage());
      }
      if (!configured.directories().isEmpty()) {
        return new Connection(configured, null);
      }
    }
    Sandbox sandbox = Sandbox.start(0);
    sandbox.seedDemoData();
    err.println((forceSandbox ? "Using" : "No credentials configured: using")
        + " the embedded sandbox with demo data on 127.0.0.1:" + sandbox.port() + ".");
    err.flush();
    return new Connection(SandboxSwitchboard.of(sandbox), sandbox);
  }

  boolean isSandbox() {
    return sandbox != null;
  }

  @Override
  public void close() {
    if (sandbox != null) {
      sandbox.close();
    }
  }
}
