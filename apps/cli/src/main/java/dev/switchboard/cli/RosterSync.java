package dev.switchboard.cli;

import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.sync.ActionType;
import dev.switchboard.sync.ApplyOptions;
import dev.switchboard.sync.ApplyResult;
import dev.switchboard.sync.ConfirmationRequiredException;
import dev.switchboard.sync.Plan;
import dev.switchboard.sync.PlanOptions;
import dev.switchboard.sync.PlatformResult;
import dev.switchboard.sync.Roster;
import dev.switchboard.sync.RosterException;
import dev.switchboard.sync.SyncEngine;
import dev.switchboard.sync.SyncListener;
import dev.switchboard.sync.SyncLockedException;
import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code sync} and {@code demo}: a thin shell over the {@code switchboard-sync} library. It reads
 * and checks the roster (exit 2 before anything is sent), plans, asks for confirmation of
 * removals, applies, and prints a brief plan and the results, or one {@link Report} document.
 */
final class RosterSync {
  private RosterSync() {}

  /** How {@code sync} was asked to run. */
  record SyncRequest(Path roster, Set<Platform> only, boolean dryRun, boolean keepExtra, boolean yes,
      boolean allowMassDelete, Path planOut, boolean demo, boolean waitForLock, boolean detailedExitCode, Tuning tuning) {}

  static int sync(Main main, Report report, SyncRequest req) {
    Roster roster;
    try {
      roster = Roster.read(req.roster(), CliPlatforms.platforms());
      List<String> problems = roster.check(RosterSync::installedDescription);
      if (!problems.isEmpty()) {
        throw new RosterException(problems);
      }
    } catch (RosterException e) {
      return nothingSent(main, report, e.problems());
    }
    List<Platform> touched = roster.platforms().stream()
        .filter(p -> req.only().isEmpty() || req.only().contains(p)).collect(Collectors.toList());
    try (Connection c = main.connect(touched, req.demo())) {
      SyncEngine engine = engine(main, c, report.json(), req.waitForLock(), req.tuning());
      PlanOptions options = PlanOptions.DEFAULTS.onlyPlatforms(req.only()).keepExtra(req.keepExtra());
      int[] stop = {Main.OK};
      boolean[] pending = {false};
      // Shows the plan, handles --plan-out and --dry-run, asks for confirmation; null: apply nothing.
      Function<Plan, ApplyOptions> review = plan -> {
        report.plan(plan);
        show(main, report, plan);
        plan.platforms().stream().filter(p -> p.error() != null).forEach(p -> report.error(p.platform().id(),
            Messages.withoutClassNames(p.error())));
        boolean planFailed = plan.platforms().stream().anyMatch(p -> p.error() != null);
        int planCode = planFailed ? Main.FAILED : Main.OK;
        pending[0] = !planFailed && req.detailedExitCode() && !plan.isEmpty();
        if (req.planOut() != null) {
          try {
            Files.writeString(req.planOut(), plan.toJson(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            report.error(null, "cannot write the plan to " + req.planOut() + ": " + Messages.ioReason(e));
            stop[0] = Main.BAD_INPUT;
            return null;
          }
          report.put("planFile", req.planOut().toString());
          if (!report.json()) {
            main.out.println();
            main.out.println("Plan written to " + req.planOut() + "; nothing was changed. Apply it with: switchboard apply "
                + req.planOut());
          }
          stop[0] = planCode;
          return null;
        }
        if (req.dryRun()) {
          if (!report.json()) {
            main.out.println();
            main.out.println("Dry run: nothing was changed.");
          }
          stop[0] = planCode;
          return null;
        }
        Integer refused = confirm(main, report, plan, req.yes() || req.demo());
        if (refused != null) {
          stop[0] = refused;
          return null;
        }
        return ApplyOptions.builder().confirmRemovals(true).allowMassDelete(req.allowMassDelete() || req.demo()).build();
      };
      if (req.planOut() != null || req.dryRun()) {
        // Nothing is applied: no need to wait for (or hold) another sync's lock.
        review.apply(engine.plan(roster, options));
        return pending[0] && stop[0] == Main.OK ? report.finishPending() : report.finish(stop[0]);
      }
      ApplyResult result;
      try {
        // The lock of every platform account is held from the planning read to the last action, so
        // a sync started at the same time elsewhere on this machine waits (--wait) or stops.
        SyncEngine.SyncRun run = engine.sync(roster, options, review);
        if (run.result() == null) {
          return report.finish(stop[0]);
        }
        result = run.result();
      } catch (SyncLockedException e) {
        return report.finish(locked(report, e, req.waitForLock()));
      } catch (ConfirmationRequiredException e) {
        return report.finish(refuse(report, e));
      }
      int code = results(main, report, result, req.waitForLock());
      if (req.demo()) {
        long again = engine.plan(roster, options).actionCount();
        report.put("secondRunActions", again);
        if (!report.json()) {
          main.out.println();
          main.out.println(again == 0 ? "Second sync: nothing to change on any platform (the sync is idempotent)."
              : "Second sync would still change " + again + " thing(s).");
        }
        if (again != 0 && code == Main.OK) {
          code = Main.FAILED;
        }
      }
      return report.finish(code);
    } catch (RosterException e) {
      // A platform's own description (as configured) rules out a roster value.
      return nothingSent(main, report, e.problems());
    } catch (Connection.Misconfigured e) {
      return nothingSent(main, report, e.problems());
    }
  }

  /** Bad input or configuration found before anything was sent: exit 2 (1 with --detailed-exitcode, see Main). */
  static int nothingSent(Main main, Report report, List<String> problems) {
    problems.forEach(p -> report.error(null, p));
    main.err.println("Nothing was sent to any platform.");
    return report.finish(Main.BAD_INPUT);
  }

  /** The brief plan (every action with --verbose) and its notes, once per run and none with --quiet. */
  static void show(Main main, Report report, Plan plan) {
    if (report.json()) {
      return;
    }
    Output.plan(main.out, plan, main.verbose);
    if (!main.quiet) {
      Output.notes(main.out, plan);
    }
  }

  /** Prints an apply's results and returns the exit code they call for. */
  static int results(Main main, Report report, ApplyResult result, boolean waited) {
    report.results(result);
    if (!report.json()) {
      main.out.println();
      main.out.println("Result:");
      Output.results(main.out, result);
    }
    for (PlatformResult r : result.platforms()) {
      if (r.error() instanceof SyncLockedException) {
        locked(report, (SyncLockedException) r.error(), waited);
      } else if (!r.ok()) {
        report.error(r.platform().id(), r.platform().id() + ": " + (r.unknown() > 0 ? r.unknown()
            + " action(s) with an unknown outcome" : r.error() != null ? Messages.withoutClassNames(r.error().getMessage())
            : (r.failed() + r.notStarted()) + " action(s) not done"));
      }
    }
    return exitCode(result);
  }

  private static PlatformDescription installedDescription(Platform p) {
    PlatformProvider provider = CliPlatforms.providers().get(p);
    return provider == null ? null : provider.description();
  }

  /** How long {@code --wait} waits for another sync of the same platform account. */
  static final Duration LOCK_WAIT = Duration.ofMinutes(30);

  static SyncEngine engine(Main main, Connection c, boolean json, boolean waitForLock, Tuning tuning) {
    SyncListener progress = main.quiet ? SyncListener.NONE : new Progress(main.err, System.console() != null);
    SyncEngine.Builder b = SyncEngine.builder().switchboard(c.switchboard).listener(progress)
        .lock(new FileSyncLock(FileSyncLock.directory(main.env()))).lockWait(waitForLock ? LOCK_WAIT : Duration.ZERO);
    c.switchboard.directories().forEach(d -> b.account(d.platform(), c.account(d.platform())));
    tuning.apply(b);
    return b.build();
  }

  /**
   * The exit code a result calls for: 3 when an action's outcome is unknown (check the platform
   * first), else 1 when anything was not applied, else 4 when a platform was left alone because
   * another sync held it, else 0.
   */
  static int exitCode(ApplyResult result) {
    if (result.platforms().stream().anyMatch(r -> r.unknown() > 0)) {
      return Main.UNKNOWN;
    }
    boolean locked = false;
    for (PlatformResult r : result.platforms()) {
      if (r.error() instanceof SyncLockedException) {
        locked = true;
      } else if (!r.ok()) {
        return Main.FAILED;
      }
    }
    return locked ? Main.LOCKED : Main.OK;
  }

  private static int locked(Report report, SyncLockedException e, boolean waited) {
    report.error(null, e.getMessage() + (waited ? "." : ". Run again with --wait to wait for it."));
    return Main.LOCKED;
  }

  /**
   * Removes and recreates need {@code --yes}, or a y on a terminal.
   *
   * @return null to go on, or the exit code when the plan is refused
   */
  static Integer confirm(Main main, Report report, Plan plan, boolean yes) {
    int removes = plan.count(ActionType.REMOVE);
    int recreates = plan.count(ActionType.RECREATE);
    if (yes || removes + recreates == 0) {
      return null;
    }
    String what = (removes > 0 ? "removes " + removes + " agent(s)" : "")
        + (removes > 0 && recreates > 0 ? " and " : "")
        + (recreates > 0 ? "recreates " + recreates + " agent(s) (new ids)" : "");
    Console console = System.console();
    if (console != null && !report.json()) {
      main.out.flush();
      String answer = console.readLine("The plan %s (listed above). Apply it? [y/N] ", what);
      if (answer != null && answer.trim().toLowerCase(Locale.ROOT).matches("y|yes")) {
        return null;
      }
      report.error(null, "not applied: nothing was sent");
      return Main.BAD_INPUT;
    }
    report.error(null, "the plan " + what + "; nothing was sent. Run again with --yes to apply it "
        + "(or --keep-extra to keep agents that are not in the roster).");
    return Main.BAD_INPUT;
  }

  static int refuse(Report report, ConfirmationRequiredException e) {
    report.error(null, e.getMessage() + (e.massDelete() ? ". Run again with --allow-mass-delete if that is meant." : "."));
    return Main.BAD_INPUT;
  }
}
