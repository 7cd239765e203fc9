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
import dev.switchboard.sync.PlannedAction;
import dev.switchboard.sync.PlatformResult;
import dev.switchboard.sync.Roster;
import dev.switchboard.sync.RosterException;
import dev.switchboard.sync.SyncEngine;
import dev.switchboard.sync.SyncListener;
import dev.switchboard.sync.SyncLockedException;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;

/**
 * {@code sync}, {@code apply} and {@code demo}: a thin shell over the {@code switchboard-sync}
 * library. It reads and checks the roster (exit 2 before anything is sent), plans, asks for
 * confirmation of removals, applies, and prints tables or JSON.
 */
final class RosterSync {
  private RosterSync() {}

  /** {@code sync --help}'s footer: the roster format. */
  static final String ROSTER_FORMAT = ""
      + "%n"
      + "Roster format (YAML; schema: roster.schema.json in switchboard-sync, see the README):%n"
      + "  # yaml-language-server: $schema=<path or URL of roster.schema.json>%n"
      + "  platforms: [chatwoot, bird, livechat]   # default: every installed platform%n"
      + "  agents:                                 # [] means nobody: needs --yes (and --allow-mass-delete)%n"
      + "    - name: Ada Admin                     # required; the match key where a platform keeps no email%n"
      + "      email: ada@example.com              # the match key where the platform keeps one (chatwoot, bcrumbs)%n"
      + "      role: administrator                 # checked against the platform's roles (chatwoot: agent, administrator)%n"
      + "      userId: user-ada                    # the platform's user (bcrumbs needs it)%n"
      + "      surname: Admin                      # bcrumbs surname%n"
      + "      availability: online                # online | away | offline%n"
      + "      platforms: [chatwoot, bird]         # default: all of the roster's platforms%n"
      + "      renamedFrom: Ada A.                 # previous name: rename (or recreate) instead of remove + create%n"
      + "%n"
      + "A roster value a platform cannot store is shown as a note; a difference the sync cannot fix%n"
      + "there is shown as drift. Removes and recreates need --yes (or a y on a terminal); removing more%n"
      + "than half of a platform's agents also needs --allow-mass-delete.%n";

  /** How {@code sync} was asked to run. */
  record SyncRequest(Path roster, Set<Platform> only, boolean dryRun, boolean keepExtra, boolean json, boolean yes,
      boolean allowMassDelete, Path planOut, boolean demo, boolean waitForLock) {}

  static int sync(Main main, SyncRequest req) {
    Roster roster;
    try {
      roster = Roster.read(req.roster(), Main.installedPlatforms());
      List<String> problems = roster.check(RosterSync::installedDescription);
      if (!problems.isEmpty()) {
        throw new RosterException(problems);
      }
    } catch (RosterException e) {
      e.problems().forEach(p -> main.err.println("error: " + p));
      main.err.println("Nothing was sent to any platform.");
      return Main.BAD_INPUT;
    }
    try (Connection c = main.connect(req.demo())) {
      // A roster platform without credentials is a configuration problem, as in `agents list`:
      // exit 2 before anything is sent, not a failure halfway through (exit 1).
      List<Platform> unconfigured = roster.platforms().stream()
          .filter(p -> req.only().isEmpty() || req.only().contains(p))
          .filter(p -> c.switchboard.find(p).isEmpty())
          .collect(Collectors.toList());
      if (!unconfigured.isEmpty()) {
        unconfigured.forEach(p -> main.err.println("error: " + p.id()
            + " is not configured (set its SWITCHBOARD_* variables, or leave it out with -p)"));
        main.err.println("Nothing was sent to any platform.");
        return Main.BAD_INPUT;
      }
      SyncEngine engine = engine(main, c, req.json(), req.waitForLock());
      PlanOptions options = new PlanOptions(req.only(), req.keepExtra());
      Map<String, Object> report = new LinkedHashMap<>();
      int[] stop = {Main.OK};
      // Shows the plan, handles --plan-out and --dry-run, asks for confirmation; null: apply nothing.
      Function<Plan, ApplyOptions> review = plan -> {
        report.put("plan", Output.planJson(plan));
        if (!req.json()) {
          main.out.println("Plan:");
          Output.plan(main.out, plan);
        }
        boolean planFailed = plan.platforms().stream().anyMatch(p -> p.error() != null);
        if (req.planOut() != null) {
          try {
            Files.writeString(req.planOut(), plan.toJson(), StandardCharsets.UTF_8);
          } catch (IOException e) {
            main.err.println("error: cannot write the plan to " + req.planOut() + ": " + e.getMessage());
            stop[0] = Main.BAD_INPUT;
            return null;
          }
          report.put("planFile", req.planOut().toString());
          if (req.json()) {
            Output.json(main.out, report);
          } else {
            main.out.println("Plan written to " + req.planOut() + "; nothing was changed. Apply it with: switchboard apply "
                + req.planOut());
          }
          stop[0] = planFailed ? Main.FAILED : Main.OK;
          return null;
        }
        if (req.dryRun()) {
          if (req.json()) {
            Output.json(main.out, report);
          } else {
            main.out.println("Dry run: nothing was changed.");
          }
          stop[0] = planFailed ? Main.FAILED : Main.OK;
          return null;
        }
        Integer refused = confirm(main, plan, req.yes() || req.demo());
        if (refused != null) {
          stop[0] = refused;
          return null;
        }
        return ApplyOptions.builder().confirmRemovals(true).allowMassDelete(req.allowMassDelete() || req.demo()).build();
      };
      ApplyResult result;
      if (req.planOut() != null || req.dryRun()) {
        // Nothing is applied: no need to wait for (or hold) another sync's lock.
        review.apply(engine.plan(roster, options));
        return stop[0];
      }
      try {
        // The lock of every platform account is held from the planning read to the last action, so
        // a sync started at the same time elsewhere on this machine waits (--wait) or stops.
        SyncEngine.SyncRun run = engine.sync(roster, options, review);
        if (run.result() == null) {
          return stop[0];
        }
        result = run.result();
      } catch (SyncLockedException e) {
        return locked(main, e, req.waitForLock());
      } catch (ConfirmationRequiredException e) {
        return refuse(main, e);
      }
      report.put("results", Output.resultsJson(result));
      int code = exitCode(result);
      if (!req.json()) {
        main.out.println();
        main.out.println("Result:");
        Output.results(main.out, result);
      }
      if (req.demo()) {
        long again = engine.plan(roster, options).actionCount();
        report.put("secondRunActions", again);
        if (!req.json()) {
          main.out.println();
          main.out.println(again == 0 ? "Second sync: nothing to change on any platform (the sync is idempotent)."
              : "Second sync would still change " + again + " thing(s).");
        }
        if (again != 0 && code == Main.OK) {
          code = Main.FAILED;
        }
      }
      if (req.json()) {
        Output.json(main.out, report);
      }
      return code;
    } catch (RosterException e) {
      // A platform's own description (as configured) rules out a roster value.
      e.problems().forEach(p -> main.err.println("error: " + p));
      main.err.println("Nothing was sent to any platform.");
      return Main.BAD_INPUT;
    } catch (Connection.Misconfigured e) {
      main.err.println("error: " + e.getMessage());
      return Main.BAD_INPUT;
    }
  }

  static int apply(Main main, Path planFile, boolean yes, boolean allowMassDelete, boolean json, boolean waitForLock) {
    Plan plan;
    try {
      plan = Plan.fromJson(Files.readString(planFile, StandardCharsets.UTF_8));
    } catch (IOException e) {
      main.err.println("error: cannot read " + planFile + ": " + e.getMessage());
      return Main.BAD_INPUT;
    } catch (IllegalArgumentException e) {
      main.err.println("error: " + planFile + ": " + e.getMessage());
      return Main.BAD_INPUT;
    }
    try (Connection c = main.connect(false)) {
      List<Platform> unconfigured = plan.platforms().stream().map(p -> p.platform())
          .filter(p -> c.switchboard.find(p).isEmpty()).collect(Collectors.toList());
      if (!unconfigured.isEmpty()) {
        unconfigured.forEach(p -> main.err.println("error: " + p.id() + " is in the plan but not configured "
            + "(set its SWITCHBOARD_* variables)"));
        main.err.println("Nothing was sent to any platform.");
        return Main.BAD_INPUT;
      }
      if (!json) {
        main.out.println("Plan (" + planFile + ", made " + plan.createdAt() + " from " + plan.roster() + "):");
        Output.plan(main.out, plan);
      }
      Integer refused = confirm(main, plan, yes);
      if (refused != null) {
        return refused;
      }
      ApplyResult result;
      try {
        result = engine(main, c, json, waitForLock).apply(plan, ApplyOptions.builder().confirmRemovals(true)
            .allowMassDelete(allowMassDelete).build());
      } catch (ConfirmationRequiredException e) {
        return refuse(main, e);
      }
      if (json) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("planFile", planFile.toString());
        report.put("results", Output.resultsJson(result));
        Output.json(main.out, report);
      } else {
        main.out.println();
        main.out.println("Result:");
        Output.results(main.out, result);
      }
      int code = exitCode(result);
      if (code == Main.LOCKED) {
        result.platforms().stream().filter(r -> r.error() instanceof SyncLockedException)
            .forEach(r -> locked(main, (SyncLockedException) r.error(), waitForLock));
      }
      return code;
    } catch (Connection.Misconfigured e) {
      main.err.println("error: " + e.getMessage());
      return Main.BAD_INPUT;
    }
  }

  private static PlatformDescription installedDescription(Platform p) {
    PlatformProvider provider = Main.installedProviders().get(p);
    return provider == null ? null : provider.description();
  }

  /** How long {@code --wait} waits for another sync of the same platform account. */
  static final Duration LOCK_WAIT = Duration.ofMinutes(30);

  private static SyncEngine engine(Main main, Connection c, boolean json, boolean waitForLock) {
    SyncListener progress = main.quiet ? SyncListener.NONE : new Progress(main.err, System.console() != null);
    SyncEngine.Builder b = SyncEngine.builder().switchboard(c.switchboard).listener(progress)
        .lock(new FileSyncLock(FileSyncLock.directory(main.env()))).lockWait(waitForLock ? LOCK_WAIT : Duration.ZERO);
    c.switchboard.directories().forEach(d -> b.account(d.platform(), c.account(d.platform())));
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

  private static int locked(Main main, SyncLockedException e, boolean waited) {
    main.err.println("error: " + e.getMessage() + (waited ? "." : ". Run again with --wait to wait for it."));
    return Main.LOCKED;
  }

  /**
   * Removes and recreates need {@code --yes}, or a y on a terminal.
   *
   * @return null to go on, or the exit code when the plan is refused
   */
  private static Integer confirm(Main main, Plan plan, boolean yes) {
    int removes = plan.count(ActionType.REMOVE);
    int recreates = plan.count(ActionType.RECREATE);
    if (yes || removes + recreates == 0) {
      return null;
    }
    String what = (removes > 0 ? "removes " + removes + " agent(s)" : "")
        + (removes > 0 && recreates > 0 ? " and " : "")
        + (recreates > 0 ? "recreates " + recreates + " agent(s) (new ids)" : "");
    Console console = System.console();
    if (console != null) {
      main.out.flush();
      String answer = console.readLine("The plan %s (listed above). Apply it? [y/N] ", what);
      if (answer != null && answer.trim().toLowerCase(Locale.ROOT).matches("y|yes")) {
        return null;
      }
      main.err.println("Not applied: nothing was sent.");
      return Main.BAD_INPUT;
    }
    main.err.println("error: the plan " + what + "; nothing was sent. Run again with --yes to apply it "
        + "(or --keep-extra to keep agents that are not in the roster).");
    return Main.BAD_INPUT;
  }

  private static int refuse(Main main, ConfirmationRequiredException e) {
    main.err.println("error: " + e.getMessage() + (e.massDelete() ? ". Run again with --allow-mass-delete if that is meant." : "."));
    return Main.BAD_INPUT;
  }

  /**
   * Progress from the engine's listener: a bar on a terminal, otherwise a line every few seconds
   * (so a log or CI shows the run is alive). Both on stderr, so {@code --json} output stays clean;
   * none with {@code --quiet}.
   */
  static final class Progress implements SyncListener {
    static final long LINE_EVERY_NANOS = 5_000_000_000L;
    private final PrintWriter err;
    private final boolean tty;
    private final LongSupplier clock;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicLong lastPrint;
    private volatile int total;

    Progress(PrintWriter err, boolean tty) {
      this(err, tty, System::nanoTime);
    }

    /** With a clock of its own, so a test can step over the interval instead of sleeping 5 s. */
    Progress(PrintWriter err, boolean tty, LongSupplier clock) {
      this.err = err;
      this.tty = tty;
      this.clock = clock;
      this.lastPrint = new AtomicLong(clock.getAsLong());
    }

    @Override
    public void started(Plan plan, int totalActions) {
      total = totalActions;
      done.set(0);
      lastPrint.set(clock.getAsLong());
    }

    @Override
    public void actionFinished(Platform platform, PlannedAction action, Throwable failure) {
      int n = done.incrementAndGet();
      long now = clock.getAsLong();
      long last = lastPrint.get();
      if (tty && total >= 5) {
        if (n == total || now - last > 100_000_000L && lastPrint.compareAndSet(last, now)) {
          int width = 30;
          int filled = n * width / total;
          synchronized (err) {
            err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + n + "/" + total);
            if (n == total) {
              err.println();
            }
            err.flush();
          }
        }
      } else if (!tty && now - last >= LINE_EVERY_NANOS && lastPrint.compareAndSet(last, now)) {
        synchronized (err) {
          err.println("sync: " + n + "/" + total + " actions done (" + (total == 0 ? 100 : n * 100 / total) + "%)");
          err.flush();
        }
      }
    }

    @Override
    public void platformFinished(PlatformResult result) {
      if (!tty && total > 0 && clock.getAsLong() - lastPrint.get() >= LINE_EVERY_NANOS) {
        synchronized (err) {
          err.println("sync: " + result.platform().id() + " done");
          err.flush();
        }
      }
    }
  }
}
