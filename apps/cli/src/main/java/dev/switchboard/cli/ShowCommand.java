package dev.switchboard.cli;

import dev.switchboard.sync.Plan;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code show PLAN.json}: every action of a plan file, offline (nothing is read or sent). */
@Command(name = "show", description = {"Show every action, drift and note of a plan written by `sync --plan-out`.",
    "Reads only the file: no platform is called and no settings are needed."})
final class ShowCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Parameters(paramLabel = "PLAN.json", description = "The plan file.") Path planFile;

  @Option(names = "--json", description = "Print the same document sync --json prints, with this plan.")
  boolean json;

  @Override
  public Integer call() {
    Report report = new Report(main, "show", json);
    Plan plan;
    try {
      plan = PlanFile.read(planFile);
    } catch (Connection.Misconfigured e) {
      return report.fail(Main.BAD_INPUT, e.problems());
    }
    report.put("planFile", planFile.toString());
    report.plan(plan);
    if (!json) {
      main.out.println("Plan (" + planFile + ", made " + plan.createdAt() + " from " + plan.roster() + "):");
      Output.plan(main.out, plan, true);
      if (!main.quiet) {
        Output.notes(main.out, plan);
      }
    }
    return report.finish(Main.OK);
  }
}
