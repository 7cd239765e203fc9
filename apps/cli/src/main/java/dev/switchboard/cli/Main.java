package dev.switchboard.cli;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.NewAgent;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.Platforms;
import dev.switchboard.runtime.error.SwitchboardException;
import dev.switchboard.runtime.SdkVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code switchboard}: manage agents on every platform from one command line, and keep one roster
 * in sync everywhere. Exit codes: 0 done, 1 a platform failed, 2 bad input or configuration
 * (nothing was sent), 3 an action's outcome is unknown, 4 another sync holds a platform account.
 *
 * <p>The root command's scope is {@link ScopeType#INHERIT}: every subcommand, to any depth, gets
 * {@code --help}/{@code --version} and the exit-code table from here, so a new subcommand cannot
 * be added without them (before, only the root had {@code --help}, and {@code sync --help} was an
 * unknown option, exit 2).
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
            + "was sent.",
        "3:An action's outcome is unknown: it was sent, its answer was lost, and a re-read could not tell whether it "
            + "took effect. Check that platform before the next sync.",
        "4:Another sync of a platform account is running (the lock in the cache directory); nothing was sent there. "
            + "--wait waits for it."},
    subcommands = {Main.Agents.class, Main.SyncCommand.class, Main.ApplyCommand.class, Main.Demo.class, Main.Completion.class,
        CommandLine.HelpCommand.class})
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

  // Inherited by every subcommand, so `sync x.yaml --sandbox` works like `--sandbox sync x.yaml`:
  // picocli gives each subcommand a copy of the option bound to these same fields.
  @Option(names = "--config", scope = ScopeType.INHERIT,
      description = "Properties file with SWITCHBOARD_* settings (the environment wins).")
  Path config;

  @Option(names = "--sandbox", scope = ScopeType.INHERIT,
      description = "Use the embedded sandbox even if credentials are set.")
  boolean sandbox;

  @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
      description = "Print only results and errors: no notices, no log below ERROR.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
      description = "Also say where each platform's calls go, log Switchboard's DEBUG events (retries, waits), "
          + "and show the stack trace of an unexpected failure.")
  boolean verbose;

  @Option(names = "--wire-log", scope = ScopeType.INHERIT,
      description = "Log every HTTP exchange (method, URL, status, time, headers, bodies) to stderr; credentials and "
          + "secret-named fields are never written.")
  boolean wireLog;

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

  @Override
  public Integer call() {
    return missingCommand(spec, err);
  }

  /** A command that only groups subcommands was run bare: bad input, with its usage on stderr. */
  static int missingCommand(CommandSpec spec, PrintWriter err) {
    err.println("error: name a command (" + String.join(", ", spec.subcommands().keySet()) + ")");
    spec.commandLine().usage(err);
    return BAD_INPUT;
  }

  /** @return the environment this command runs in (the process's, or a test's) */
  Map<String, String> env() {
    return env;
  }

  Connection connect(boolean forceSandbox) throws Connection.Misconfigured {
    if (quiet && verbose) {
      throw new Connection.Misconfigured("--quiet and --verbose cannot be used together");
    }
    Logging.configure(quiet, verbose, wireLog);
    return Connection.open(env, config, sandbox || forceSandbox, err, new Connection.Options(quiet, verbose, wireLog));
  }

  /** The installed platforms, in classpath order, found once: converters, help and completion ask often. */
  private static volatile Map<Platform, PlatformProvider> installed;

  static Map<Platform, PlatformProvider> installedProviders() {
    Map<Platform, PlatformProvider> found = installed;
    if (found == null) {
      Map<Platform, PlatformProvider> m = new LinkedHashMap<>();
      Platforms.installed().forEach(p -> m.put(p.platform(), p));
      found = java.util.Collections.unmodifiableMap(m);
      installed = found;
    }
    return found;
  }

  static List<Platform> installedPlatforms() {
    return List.copyOf(installedProviders().keySet());
  }

  static Platform platform(String id) {
    for (Platform p : installedPlatforms()) {
      if (p.id().equalsIgnoreCase(id)) {
        return p;
      }
    }
    throw new CommandLine.TypeConversionException("unknown platform '" + id + "' (known: " + knownPlatforms() + ")");
  }

  /** The installed platforms' ids, as help texts and errors list them. */
  static String knownPlatforms() {
    return installedPlatforms().stream().map(Platform::id).collect(Collectors.joining(", "));
  }

  /** The values {@code --platform} takes: every installed platform (also its help text and shell completion). */
  static final class InstalledPlatforms implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return installedPlatforms().stream().map(Platform::id).iterator();
    }
  }

  static Availability availability(String s) {
    try {
      Availability a = Availability.valueOf(s.toUpperCase(Locale.ROOT));
      if (a != Availability.UNKNOWN) {
        return a;
      }
    } catch (IllegalArgumentException ignored) {
      // reported below
    }
    throw new CommandLine.TypeConversionException("availability must be online, away or offline, was '" + s + "'");
  }

  /** {@code agents list|get|create|update|delete|availability}. */
  @Command(name = "agents", description = "List and manage agents on one platform (or list all).",
      subcommands = {Agents.ListCmd.class, Agents.Get.class, Agents.Create.class, Agents.Update.class,
          Agents.Delete.class, Agents.AvailabilityCmd.class, CommandLine.HelpCommand.class})
  static final class Agents implements Callable<Integer> {
    @ParentCommand Main main;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return missingCommand(spec, main.err);
    }

    /** Runs an action against one platform's directory, mapping failures to exit codes. */
    abstract static class OnPlatform implements Callable<Integer> {
      @ParentCommand Agents agents;

      @Option(names = {"-p", "--platform"}, required = true, converter = PlatformConverter.class,
          completionCandidates = InstalledPlatforms.class, description = "One of: ${COMPLETION-CANDIDATES}")
      Platform platform;

      @Option(names = "--json", description = "Print JSON (fields, not sentences) instead of a table.")
      boolean json;

      abstract Object act(AgentDirectory d);

      @Override
      public Integer call() {
        Main main = agents.main;
        Connection c;
        try {
          c = main.connect(false);
        } catch (Connection.Misconfigured e) {
          main.err.println("error: " + e.getMessage());
          return BAD_INPUT;
        }
        try (c) {
          AgentDirectory d = c.switchboard.find(platform).orElse(null);
          if (d == null) {
            main.err.println("error: " + platform.id() + " is not configured (set its SWITCHBOARD_"
                + platform.id().toUpperCase(Locale.ROOT) + "_* variables)");
            return BAD_INPUT;
          }
          print(main, act(d));
          return OK;
        } catch (SwitchboardException e) {
          main.err.println("error: " + Messages.describe(e, c.url(platform)));
          return e instanceof dev.switchboard.runtime.error.InvalidInputException
              || e instanceof dev.switchboard.facade.UnsupportedCapabilityException ? BAD_INPUT : FAILED;
        } catch (IllegalArgumentException e) {
          // The facade's own checks of a value before any request (an email, a name): bad input.
          main.err.println("error: " + platform.id() + ": " + Messages.describe(e));
          return BAD_INPUT;
        }
      }

      /** What a command that changes or reads one thing prints: fields for --json, a sentence otherwise. */
      record Outcome(Map<String, Object> fields, String sentence) {}

      private void print(Main main, Object result) {
        if (result instanceof Agent) {
          result = List.of((Agent) result);
        }
        if (result instanceof List<?>) {
          @SuppressWarnings("unchecked")
          List<Agent> list = (List<Agent>) result;
          if (json) {
            Output.json(main.out, list.stream().map(Output::agentJson).collect(Collectors.toList()));
          } else {
            Output.agents(main.out, list);
          }
        } else if (result instanceof Outcome) {
          Outcome o = (Outcome) result;
          if (json) {
            Output.json(main.out, o.fields());
          } else {
            main.out.println(o.sentence());
          }
        }
      }
    }

    @Command(name = "list", description = "List the agents of a platform.")
    static final class ListCmd extends OnPlatform {
      @Option(names = "--name", description = "Only agents whose name contains this.") String name;
      @Option(names = "--email", description = "Only the agent with this email.") String email;

      @Override
      Object act(AgentDirectory d) {
        return d.list(new AgentQuery(name, email, 0)).stream().collect(Collectors.toList());
      }
    }

    @Command(name = "get", description = "Show one agent.")
    static final class Get extends OnPlatform {
      @Parameters(paramLabel = "ID") String id;

      @Override
      Object act(AgentDirectory d) {
        return d.get(id);
      }
    }

    @Command(name = "create", description = "Create an agent.")
    static final class Create extends OnPlatform {
      @Option(names = "--name", required = true) String name;
      @Option(names = "--surname") String surname;
      @Option(names = "--email") String email;
      @Option(names = "--role") String role;
      @Option(names = "--user-id") String userId;
      @Option(names = "--availability", converter = AvailabilityConverter.class) Availability availability;

      @Override
      Object act(AgentDirectory d) {
        return d.create(NewAgent.named(name).surname(surname).email(email).role(role).userId(userId)
            .availability(availability).build());
      }
    }

    @Command(name = "update", description = "Change an agent; only the given fields change.")
    static final class Update extends OnPlatform {
      @Parameters(paramLabel = "ID") String id;
      @Option(names = "--name") String name;
      @Option(names = "--surname") String surname;
      @Option(names = "--email") String email;
      @Option(names = "--role") String role;
      @Option(names = "--avatar-url") String avatarUrl;
      @Option(names = "--availability", converter = AvailabilityConverter.class) Availability availability;

      @Override
      Object act(AgentDirectory d) {
        AgentUpdate.Builder u = AgentUpdate.builder();
        if (name != null) {
          u.name(name);
        }
        if (surname != null) {
          u.surname(surname);
        }
        if (email != null) {
          u.email(email);
        }
        if (role != null) {
          u.role(role);
        }
        if (avatarUrl != null) {
          u.avatarUrl(avatarUrl);
        }
        if (availability != null) {
          u.availability(availability);
        }
        return d.update(id, u.build());
      }
    }

    @Command(name = "delete", description = "Remove an agent.")
    static final class Delete extends OnPlatform {
      @Parameters(paramLabel = "ID") String id;

      @Override
      Object act(AgentDirectory d) {
        d.delete(id);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("platform", platform.id());
        fields.put("id", id);
        fields.put("deleted", true);
        return new Outcome(fields, "deleted " + platform.id() + " agent " + id);
      }
    }

    @Command(name = "availability", description = "Show an agent's availability, or set it with --set.")
    static final class AvailabilityCmd extends OnPlatform {
      @Parameters(paramLabel = "ID") String id;
      @Option(names = "--set", converter = AvailabilityConverter.class) Availability set;

      @Override
      Object act(AgentDirectory d) {
        if (set != null) {
          d.setAvailability(id, set);
        }
        String now = (set != null ? set : d.availability(id)).name().toLowerCase(Locale.ROOT);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("platform", platform.id());
        fields.put("id", id);
        fields.put("availability", now);
        fields.put("changed", set != null);
        return new Outcome(fields, platform.id() + " agent " + id + ": " + now);
      }
    }
  }

  /** {@code sync ROSTER.yaml}: a shell over the switchboard-sync library (see {@link RosterSync}). */
  @Command(name = "sync", description = "Make the agents on the roster's platforms match a roster file.",
      footer = RosterSync.ROSTER_FORMAT)
  static final class SyncCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Parameters(paramLabel = "ROSTER.yaml") Path roster;

    @Option(names = {"-p", "--platform"}, converter = PlatformConverter.class, completionCandidates = InstalledPlatforms.class,
        description = "Only these platforms (repeatable; ${COMPLETION-CANDIDATES}); default: the roster's.")
    List<Platform> only = new ArrayList<>();

    @Option(names = "--dry-run", description = "Show the plan; change nothing.") boolean dryRun;

    @Option(names = "--plan-out", paramLabel = "PLAN.json",
        description = "Write the plan to this file and change nothing; `switchboard apply PLAN.json` applies it later.")
    Path planOut;

    @Option(names = "--keep-extra", description = "Do not remove agents missing from the roster.") boolean keepExtra;

    @Mixin Confirmation confirm;

    @Option(names = "--json", description = "Print JSON instead of tables.") boolean json;

    @Option(names = "--wait", description = "When another sync of a platform account is running on this machine, wait "
        + "for it (up to 30 minutes) instead of stopping with exit code 4.") boolean waitForLock;

    @Override
    public Integer call() {
      return RosterSync.sync(main, new RosterSync.SyncRequest(roster, new LinkedHashSet<>(only), dryRun, keepExtra, json,
          confirm.yes, confirm.allowMassDelete, planOut, false, waitForLock));
    }
  }

  /** What lets {@code sync} and {@code apply} send a plan that removes agents: one definition for both. */
  static final class Confirmation {
    @Option(names = {"-y", "--yes"}, description = "Apply removes and recreates without asking.") boolean yes;

    @Option(names = "--allow-mass-delete",
        description = "Allow a plan that removes more than half of a platform's agents.") boolean allowMassDelete;
  }

  /** {@code apply PLAN.json}: a plan written by {@code sync --plan-out}, refused where a platform changed since. */
  @Command(name = "apply", description = {"Apply a plan written by `sync --plan-out`.",
      "Each platform is read again first; where its agents changed since the plan was made, the plan is not "
          + "applied there (a stale plan: plan again)."})
  static final class ApplyCommand implements Callable<Integer> {
    @ParentCommand Main main;

    @Parameters(paramLabel = "PLAN.json") Path plan;

    @Mixin Confirmation confirm;

    @Option(names = "--json", description = "Print JSON instead of tables.") boolean json;

    @Option(names = "--wait", description = "When another sync of a platform account is running on this machine, wait "
        + "for it (up to 30 minutes) instead of leaving that platform alone (exit code 4).") boolean waitForLock;

    @Override
    public Integer call() {
      return RosterSync.apply(main, plan, confirm.yes, confirm.allowMassDelete, json, waitForLock);
    }
  }

  /** {@code demo}: the sample roster into the sandbox, twice. */
  @Command(name = "demo", description = "Sync a sample roster to all five platforms of the embedded sandbox.")
  static final class Demo implements Callable<Integer> {
    @ParentCommand Main main;

    @Option(names = "--json", description = "Print JSON instead of tables.") boolean json;

    @Override
    public Integer call() throws IOException {
      Path roster = Files.createTempFile("switchboard-demo-roster", ".yaml");
      try (InputStream in = Main.class.getResourceAsStream("/demo-roster.yaml")) {
        Files.copy(in, roster, StandardCopyOption.REPLACE_EXISTING);
      }
      try {
        // The embedded sandbox only: removes there need no confirmation.
        return RosterSync.sync(main, new RosterSync.SyncRequest(roster, Set.of(), false, false, json, true, true, null, true, false));
      } finally {
        Files.deleteIfExists(roster);
      }
    }
  }

  /** {@code completion bash|zsh}: picocli's generated completion script for the whole command tree. */
  @Command(name = "completion", description = {
      "Print a shell completion script for switchboard, generated from its commands and options.",
      "bash: run `source <(switchboard completion bash)`, or save the output in a bash-completion.d folder.",
      "zsh: prints the same bash script, not a native zsh one. When zsh sources it, the script turns on zsh's "
          + "bashcompinit and completes through it: `source <(switchboard completion zsh)` in ~/.zshrc."})
  static final class Completion implements Callable<Integer> {
    @ParentCommand Main main;

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "SHELL", converter = ShellConverter.class, completionCandidates = Shells.class,
        description = "bash or zsh")
    String shell;

    @Override
    public Integer call() {
      // Both shells get the one script: picocli writes only bash, and its script loads zsh's
      // bashcompinit itself when it runs under zsh.
      main.out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
      main.out.flush();
      return OK;
    }
  }

  /** The shells {@code completion} serves. */
  static final class Shells implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return List.of("bash", "zsh").iterator();
    }
  }

  /** Checks {@code completion}'s SHELL at parse time, so a wrong one is bad input (exit 2). */
  static final class ShellConverter implements CommandLine.ITypeConverter<String> {
    @Override
    public String convert(String value) {
      for (String shell : new Shells()) {
        if (shell.equals(value)) {
          return shell;
        }
      }
      throw new CommandLine.TypeConversionException("SHELL must be bash or zsh, was '" + value + "'");
    }
  }

  /** Converts {@code --platform} values. */
  static final class PlatformConverter implements CommandLine.ITypeConverter<Platform> {
    @Override
    public Platform convert(String value) {
      return platform(value);
    }
  }

  /** Converts availability values. */
  static final class AvailabilityConverter implements CommandLine.ITypeConverter<Availability> {
    @Override
    public Availability convert(String value) {
      return availability(value);
    }
  }
}
