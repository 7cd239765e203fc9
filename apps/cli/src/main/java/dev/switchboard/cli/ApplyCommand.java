package dev.switchboard.cli;

import dev.switchboard.facade.Platform;
import dev.switchboard.sync.ApplyOptions;
import dev.switchboard.sync.ApplyResult;
import dev.switchboard.sync.ConfirmationRequiredException;
import dev.switchboard.sync.Plan;
import dev.switchboard.sync.PlatformPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code apply PLAN.json}: a plan written by {@code sync --plan-out}, refused where a platform changed since. */
@Command(name = "apply", description = {"Apply a plan written by `sync --plan-out`.",
    "Each platform is read again first; where its agents changed since the plan was made, the plan is not "
        + "applied there (a stale plan: plan again)."})
final class ApplyCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PLAN.json", description = "The plan file.") Path planFile;

  @Mixin Confirmation confirm;

  @Mixin Tuning tuning;

  @Option(names = "--json", description = "Print one JSON document (plan, results, errors, exit code) instead of tables.")
  boolean json;

  @Override
  public Integer call() {
    tuning.check(spec.commandLine());
    Report report = new Report(main, "apply", json);
    Plan plan;
    try {
      plan = PlanFile.read(planFile);
    } catch (Connection.Misconfigured e) {
      return RosterSync.nothingSent(main, report, e.problems());
    }
    report.put("planFile", planFile.toString());
    report.plan(plan);
    List<Platform> platforms = plan.platforms().stream().map(PlatformPlan::platform).collect(Collectors.toList());
    try (Connection c = main.connect(platforms, false)) {
      if (!json) {
        main.out.println("Plan (" + planFile + ", made " + plan.createdAt() + " from " + plan.roster() + "):");
      }
      RosterSync.show(main, report, plan);
      Integer refused = RosterSync.confirm(main, report, plan, confirm.yes);
      if (refused != null) {
        return report.finish(refused);
      }
      ApplyResult result;
      try {
        result = RosterSync.engine(main, c, json, confirm.waitForLock, tuning).apply(plan, ApplyOptions.builder()
            .confirmRemovals(true).allowMassDelete(confirm.allowMassDelete).build());
      } catch (ConfirmationRequiredException e) {
        return report.finish(RosterSync.refuse(report, e));
      }
      return report.finish(RosterSync.results(main, report, result, confirm.waitForLock));
    } catch (Connection.Misconfigured e) {
      return RosterSync.nothingSent(main, report, e.problems());
    }
  }
}
