package dev.switchboard.cli;

import dev.switchboard.facade.Platform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sync ROSTER.yaml}: a shell over the switchboard-sync library (see {@link RosterSync}). */
@Command(name = "sync", description = {"Make the agents on the roster's platforms match a roster file.",
    "Prints the plan in brief (counts, then every remove and recreate; every action with --verbose), asks before "
        + "removing, applies, and prints the results. --json prints one document in every path, errors included "
        + "(schema: output.schema.json in the CLI jar; see docs/cli.md)."},
    footer = RosterFormat.TEXT)
final class SyncCommand implements Callable<Integer> {
  static final String DETAILED_EXITCODE = "--detailed-exitcode";

  @ParentCommand Main main;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ROSTER.yaml", description = "The roster (format below).") Path roster;

  @Option(names = {"-p", "--platform"}, converter = CliPlatforms.PlatformConverter.class,
      completionCandidates = CliPlatforms.Ids.class,
      description = "Only these platforms (repeatable; ${COMPLETION-CANDIDATES}); default: the roster's.")
  List<Platform> only = new ArrayList<>();

  @Option(names = "--dry-run", description = "Show the plan; change nothing.") boolean dryRun;

  @Option(names = "--plan-out", paramLabel = "PLAN.json",
      description = "Write the plan to this file and change nothing; `switchboard apply PLAN.json` applies it later, "
          + "`switchboard show PLAN.json` shows every action.")
  Path planOut;

  @Option(names = DETAILED_EXITCODE, description = "With --dry-run or --plan-out, as Terraform's plan: exit 0 when "
      + "nothing is to change, 2 when changes are pending, 1 on any error (bad input included).")
  boolean detailedExitCode;

  @Option(names = "--keep-extra", description = "Do not remove agents missing from the roster.") boolean keepExtra;

  @Mixin Confirmation confirm;

  @Mixin Tuning tuning;

  @Option(names = "--json", description = "Print one JSON document (plan, results, errors, exit code) instead of tables.")
  boolean json;

  @Override
  public Integer call() {
    tuning.check(spec.commandLine());
    if (detailedExitCode && !dryRun && planOut == null) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          DETAILED_EXITCODE + " goes with --dry-run or --plan-out (an applying sync has no changes pending)");
    }
    Report report = new Report(main, "sync", json).detailedExitCode(detailedExitCode);
    return RosterSync.sync(main, report, new RosterSync.SyncRequest(roster, new LinkedHashSet<>(only), dryRun, keepExtra,
        confirm.yes, confirm.allowMassDelete, planOut, false, confirm.waitForLock, detailedExitCode, tuning));
  }
}
