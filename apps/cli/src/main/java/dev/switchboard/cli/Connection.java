package dev.switchboard.cli;

import dev.switchboard.facade.Platform;
import dev.switchboard.facade.Switchboard;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.PlatformSettings;
import dev.switchboard.facade.spi.Settings;
import dev.switchboard.facade.spi.SettingsException;
import dev.switchboard.sandbox.Sandbox;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where a command's agents live: the platforms it touches, each built from its settings
 * (environment variables, or a {@link ConfigFile} with the same names; the environment wins, the
 * command line's tuning options win over both), or, only when asked with {@code --sandbox}, the
 * embedded sandbox seeded with demo data. A platform the command touches without its settings is
 * a configuration error naming the missing keys: the CLI never falls back to a throwaway sandbox,
 * so a sync cannot "succeed" against one. Credential values are never printed.
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

  /**
   * The global options that shape a connection.
   *
   * @param overrides settings the command line sets on every platform (its {@code --timeout}), winning over the rest
   */
  record Options(boolean quiet, boolean verbose, boolean wireLog, Map<String, String> overrides) {
    static final Options DEFAULT = new Options(false, false, false, Map.of());
  }

  /** A configuration problem; nothing was sent. Each line names a key or a file. */
  static final class Misconfigured extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    Misconfigured(String message) {
      this(List.of(message));
    }

    Misconfigured(List<String> problems) {
      super(String.join("; ", problems));
      this.problems = List.copyOf(problems);
    }

    List<String> problems() {
      return problems;
    }
  }

  /**
   * @param settings the settings read from the environment and the config file
   * @param platforms the platforms the command touches; each must be configured (or the sandbox asked for)
   * @param useSandbox whether {@code --sandbox} (or {@code demo}) asked for the embedded sandbox
   * @throws Misconfigured naming every missing or wrong key of every platform, before anything is sent
   */
  static Connection open(Map<String, String> settings, Collection<Platform> platforms, boolean useSandbox,
      PrintWriter err, Options options) throws Misconfigured {
    if (useSandbox) {
      return sandbox(platforms, err, options);
    }
    Map<String, String> all = tuned(settings, options);
    List<String> problems = new ArrayList<>();
    Switchboard.Builder b = Switchboard.builder();
    for (Platform p : platforms) {
      PlatformProvider provider = CliPlatforms.providers().get(p);
      PlatformSettings ps = Settings.of(all).forPlatform(p);
      if (!provider.configured(ps)) {
        problems.add(p.id() + " is not configured: set " + missing(provider, ps)
            + " (or use --sandbox for the embedded sandbox)");
        continue;
      }
      try {
        b.add(provider.directory(ps));
      } catch (SettingsException e) {
        problems.add(p.id() + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new Misconfigured(problems);
    }
    Connection c = new Connection(b.build(), null, all);
    c.describe(err, options);
    return c;
  }

  /** The required keys of a platform that are not set, in the provider's order. */
  static String missing(PlatformProvider provider, PlatformSettings ps) {
    List<String> keys = provider.settings().stream().filter(PlatformProvider.Setting::required)
        .filter(s -> !ps.has(s.name())).map(s -> ps.key(s.name())).collect(Collectors.toList());
    return keys.isEmpty() ? "its settings" : String.join(", ", keys);
  }

  private static Connection sandbox(Collection<Platform> platforms, PrintWriter err, Options options) throws Misconfigured {
    Sandbox sandbox = Sandbox.start(0);
    try {
      sandbox.seedDemoData();
      List<String> problems = platforms.stream().filter(p -> !sandbox.platforms().contains(p.id()))
          .map(p -> "the embedded sandbox has no " + p.id()).collect(Collectors.toList());
      if (!problems.isEmpty()) {
        throw new Misconfigured(problems);
      }
      Map<String, String> all = tuned(sandbox.settings(), options);
      Switchboard.Builder b = Switchboard.builder();
      for (Platform p : platforms) {
        try {
          b.add(CliPlatforms.providers().get(p).directory(Settings.of(all).forPlatform(p)));
        } catch (SettingsException e) {
          throw new Misconfigured(p.id() + ": " + e.getMessage());
        }
      }
      if (!options.quiet()) {
        err.println("Using the embedded sandbox with demo data on 127.0.0.1:" + sandbox.port()
            + " (nothing reaches a real platform).");
      }
      Connection c = new Connection(b.build(), sandbox, all);
      c.describe(err, options);
      return c;
    } catch (Misconfigured | RuntimeException e) {
      sandbox.close();
      throw e;
    }
  }

  /**
   * The command line's settings over the rest, and with {@code --wire-log} every platform logs its
   * full exchanges (credentials never written).
   */
  private static Map<String, String> tuned(Map<String, String> settings, Options options) {
    Map<String, String> m = new HashMap<>(settings);
    for (Platform p : CliPlatforms.platforms()) {
      options.overrides().forEach((name, value) -> m.put(Settings.key(p, name), value));
      if (options.wireLog()) {
        m.putIfAbsent(Settings.key(p, PlatformSettings.WIRE_LOG), "full");
      }
    }
    return m;
  }

  /**
   * @param platform a platform
   * @return the base URL its client calls, as configured ({@code SWITCHBOARD_<ID>_URL}, the
   *     sandbox's), or empty when it uses its client's built-in default
   */
  Optional<String> url(Platform platform) {
    return Optional.ofNullable(settings.get(Settings.key(platform, "URL")));
  }

  /**
   * @param platform a platform
   * @return its account in words without secrets, for the sync lock: the URL and the platform's
   *     required non-secret settings (account, workspace, chatbot ids), never the credential
   */
  String account(Platform platform) {
    return dev.switchboard.sync.SyncLock.account(Settings.of(settings), platform);
  }

  /** {@code --verbose}: where each platform's calls go. */
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
