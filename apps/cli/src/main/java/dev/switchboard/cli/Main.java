package dev.switchboard.cli;

import dev.switchboard.facade.Platform;
import dev.switchboard.runtime.SdkVersion;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard}: manage agents on every platform from one command line, and keep one roster
 * in sync everywhere. Exit codes: 0 done, 1 a platform failed, 2 bad input or configuration
 * (nothing was sent), 3 an action's outcome is unknown, 4 another sync holds a platform account.
 * Each command is a class of its own; this one holds the options every command inherits.
 *
 * <p>The root command's scope is {@link ScopeType#INHERIT}: every subcommand, to any depth, gets
 * {@code --help}/{@code --version} and the exit-code table from here, so a new subcommand cannot
 * be added without them.
 */
@Command(name = "switchboard", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Manage support agents across helpdesk and chat platforms (each installed platform plugs itself in).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:Done.",
        "1:A platform failed (its error is shown; the other platforms were still applied).",
        "2:Bad input or configuration: an unknown option or value, an invalid roster or plan file, a platform "
            + "that is not configured, a plan that removes agents without --yes (or --allow-mass-delete). Nothing "
            + "was sent. (With sync --detailed-exitcode: changes pending; errors are 1.)",
        "3:An action's outcome is unknown: it was sent, its answer was lost, and a re-read could not tell whether it "
            + "took effect. Check that platform before the next sync.",
        "4:Another sync of a platform account is running (the lock in the cache directory); nothing was sent there. "
            + "--wait waits for it."},
    subcommands = {AgentsCommand.class, SyncCommand.class, ApplyCommand.class, ShowCommand.class, DoctorCommand.class,
        DemoCommand.class, CompletionCommand.class, HelpCommand.class})
public final class Main implements Callable<Integer> {
  /** {@code --version}: the build's version, the same one the clients send in their User-Agent. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"switchboard " + SdkVersion.VERSION};
    }
  }

  static final int OK = 0;
  static final int FAILED = 1;
  static final int BAD_INPUT = 2;
  static final int UNKNOWN = 3;
  static final int LOCKED = 4;
  /** {@code sync --detailed-exitcode} with --dry-run or --plan-out: the plan has changes (Terraform's 2). */
  static final int CHANGES_PENDING = 2;

  // Inherited by every subcommand, so `sync x.yaml --sandbox` works like `--sandbox sync x.yaml`:
  // picocli gives each subcommand a copy of the option bound to these same fields.
  @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
      description = "A file of SWITCHBOARD_* settings: KEY=value or export KEY=value lines (the environment wins).")
  Path config;

  @Option(names = "--sandbox", scope = ScopeType.INHERIT,
      description = "Use the embedded sandbox with demo data instead of real platforms (nothing else ever does but demo).")
  boolean sandbox;

  @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
      description = "Print only results and errors: no notices, notes or progress, no log below ERROR.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "Also print every planned action, say where each platform's calls go, log Switchboard's DEBUG "
          + "events (retries, waits), and show the stack trace of an unexpected failure.")
  boolean verbose;

  @Option(names = "--wire-log", scope = ScopeType.INHERIT,
      description = "Log every HTTP exchange (method, URL, status, time, headers, bodies) to stderr; credentials and "
          + "secret-named fields are never written.")
  boolean wireLog;

  @Option(names = "--timeout", scope = ScopeType.INHERIT, paramLabel = "DURATION", converter = Tuning.DurationConverter.class,
      description = "Limit of each platform call, retries included (e.g. 30s, 500ms, 2m); sets every platform's "
          + "SWITCHBOARD_<ID>_CALL_TIMEOUT.")
  Duration timeout;

  @Spec CommandSpec spec;

  private final Map<String, String> env;
  PrintWriter out;
  PrintWriter err;

  Main(Map<String, String> env, PrintWriter out, PrintWriter err) {
    this.env = env;
    this.out = out;
    this.err = err;
  }

  /**
   * @param args the command line
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(args, System.getenv(), out, err));
  }

  /** Runs one command line; the tests' entry point. */
  static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(new Main(env, out, err));
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code == CommandLine.ExitCode.USAGE ? BAD_INPUT : code;
  }

  /** The whole command tree, wired to {@code main}'s streams; the tests walk it. */
  static CommandLine commandLine(Main main) {
    CommandLine cli = new CommandLine(main);
    cli.setOut(main.out).setErr(main.err);
    cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? BAD_INPUT : FAILED);
    // A usage error: the message and where help is, not the whole help (which buried the message).
    cli.setParameterExceptionHandler((e, args) -> {
      CommandLine cmd = e.getCommandLine();
      List<String> words = List.of(cmd.getCommandSpec().qualifiedName().split(" "));
      List<String> given = Arrays.asList(args);
      // Under --json the error is the same document a command prints, so a script reads one shape.
      Report report = new Report(main, words.size() > 1 ? words.get(1) : words.get(0),
          given.contains("--json") && words.size() > 1 && REPORTING.contains(words.get(1)))
          .detailedExitCode(given.contains(SyncCommand.DETAILED_EXITCODE));
      report.error(null, e.getMessage());
      main.err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for its usage.");
      return report.finish(BAD_INPUT);
    });
    // A failure no command caught: one line without class names (the trace only with --verbose),
    // exit 1, instead of picocli's default stack trace.
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      main.err.println("error: " + (e instanceof RuntimeException ? Messages.describe((RuntimeException) e)
          : Messages.withoutClassNames(e.getMessage())));
      if (main.verbose) {
        e.printStackTrace(main.err);
      }
      main.err.flush();
      return FAILED;
    });
    return cli;
  }

  /** The commands whose --json output is a {@link Report} document (the others print agents). */
  private static final Set<String> REPORTING = Set.of("sync", "apply", "show", "demo", "doctor", "agents");

  @Override
  public Integer call() {
    return missingCommand(spec, err);
  }

  /** A command that only groups subcommands was run bare: bad input, naming the commands it has. */
  static int missingCommand(CommandSpec spec, PrintWriter err) {
    err.println("error: name a command: " + String.join(", ", spec.subcommands().keySet()));
    err.println("Run '" + spec.qualifiedName() + " --help' for its usage.");
    return BAD_INPUT;
  }

  /** @return the environment this command runs in (the process's, or a test's) */
  Map<String, String> env() {
    return env;
  }

  /**
   * Connects the platforms a command touches: each needs its settings, or {@code --sandbox}.
   *
   * @param platforms the platforms the command touches
   * @param forceSandbox whether the command always runs in the embedded sandbox ({@code demo})
   * @throws Connection.Misconfigured naming every missing key, before anything is sent
   */
  Connection connect(Collection<Platform> platforms, boolean forceSandbox) throws Connection.Misconfigured {
    if (quiet && verbose) {
      throw new Connection.Misconfigured("--quiet and --verbose cannot be used together");
    }
    Logging.configure(quiet, verbose, wireLog);
    return Connection.open(settings(), platforms, sandbox || forceSandbox, err,
        new Connection.Options(quiet, verbose, wireLog, overrides()));
  }

  /** The settings from the config file and the environment (which wins). */
  Map<String, String> settings() throws Connection.Misconfigured {
    Map<String, String> settings = new HashMap<>();
    if (config != null) {
      settings.putAll(ConfigFile.read(config));
    }
    env.forEach((k, v) -> {
      if (k.startsWith("SWITCHBOARD_")) {
        settings.put(k, v);
      }
    });
    return settings;
  }

  /** What the command line sets on every platform, over the environment. */
  private Map<String, String> overrides() {
    return timeout == null ? Map.of() : Map.of("CALL_TIMEOUT", String.valueOf(timeout.toMillis()));
  }
}
