package dev.switchboard.cli;

import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.PlatformSettings;
import dev.switchboard.facade.spi.Platforms;
import dev.switchboard.facade.spi.Settings;
import dev.switchboard.facade.spi.SettingsException;
import dev.switchboard.sandbox.Sandbox;
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
  /** The settings the platforms were built from, for naming a platform's URL in messages. */
  private final Map<String, String> settings;

  private Connection(Switchboard switchboard, Sandbox sandbox, Map<String, String> settings) {
    this.switchboard = switchboard;
    this.sandbox = sandbox;
    this.settings = settings;
  }

  /** The global options that shape a connection: what the CLI says, and whether the wire is logged. */
  record Options(boolean quiet, boolean verbose, boolean wireLog) {
    static final Options DEFAULT = new Options(false, false, false);
  }

  /**
   * @param platform a platform
   * @return the base URL its client calls, as configured ({@code SWITCHBOARD_<ID>_URL}, the
   *     sandbox's), or empty when it uses its client's built-in default
   */
  java.util.Optional<String> url(Platform platform) {
    return java.util.Optional.ofNullable(settings.get(Settings.key(platform, "URL")));
  }

  /**
   * @param platform a platform
   * @return its account in words without secrets, for the sync lock: the URL and the platform's
   *     required non-secret settings (account, workspace, chatbot ids), never the credential
   */
  String account(Platform platform) {
    return dev.switchboard.sync.SyncLock.account(Settings.of(settings), platform);
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
    return open(env, configFile, forceSandbox, err, Options.DEFAULT);
  }

  static Connection open(Map<String, String> env, Path configFile, boolean forceSandbox, PrintWriter err,
      Options options) throws Misconfigured {
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
        configured = Switchboard.builder().addInstalled(Settings.of(withWireLog(settings, options))).build();
      } catch (SettingsException e) {
        throw new Misconfigured(e.getMessage());
      }
      if (!configured.directories().isEmpty()) {
        Connection c = new Connection(configured, null, settings);
        c.describe(err, options);
        return c;
      }
    }
    Sandbox sandbox = Sandbox.start(0);
    sandbox.seedDemoData();
    if (!options.quiet()) {
      err.println((forceSandbox ? "Using" : "No credentials configured: using")
          + " the embedded sandbox with demo data on 127.0.0.1:" + sandbox.port() + ".");
    }
    // As SandboxSwitchboard.of does, with the wire log setting added when asked for.
    Map<String, String> sandboxSettings = new HashMap<>();
    Switchboard.Builder b = Switchboard.builder();
    for (PlatformProvider provider : Platforms.installed()) {
      Platform platform = provider.platform();
      if (sandbox.platforms().contains(platform.id())) {
        sandbox.clientSettings(platform.id()).forEach((name, value) -> sandboxSettings.put(Settings.key(platform, name), value));
      }
    }
    Map<String, String> withLog = withWireLog(sandboxSettings, options);
    for (PlatformProvider provider : Platforms.installed()) {
      if (sandbox.platforms().contains(provider.platform().id())) {
        b.add(provider.directory(Settings.of(withLog).forPlatform(provider.platform())));
      }
    }
    Connection c = new Connection(b.build(), sandbox, sandboxSettings);
    c.describe(err, options);
    return c;
  }

  /** With {@code --wire-log}, every platform logs its full exchanges (credentials never written). */
  private static Map<String, String> withWireLog(Map<String, String> settings, Options options) {
    if (!options.wireLog()) {
      return settings;
    }
    Map<String, String> m = new HashMap<>(settings);
    for (PlatformProvider p : Platforms.installed()) {
      m.putIfAbsent(Settings.key(p.platform(), PlatformSettings.WIRE_LOG), "full");
    }
    return m;
  }

  /** {@code --verbose}: which platforms are configured, and where each one's calls go. */
  private void describe(PrintWriter err, Options options) {
    if (options.verbose()) {
      switchboard.directories().forEach(d -> err.println("switchboard: " + d.platform().id() + " at "
          + url(d.platform()).orElse("its default URL")));
    }
    err.flush();
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
