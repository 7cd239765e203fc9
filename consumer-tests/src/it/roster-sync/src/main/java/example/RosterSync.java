package example;

import dev.switchboard.facade.Switchboard;
import dev.switchboard.facade.spi.Settings;
import dev.switchboard.sync.ApplyOptions;
import dev.switchboard.sync.ApplyResult;
import dev.switchboard.sync.Plan;
import dev.switchboard.sync.PlatformResult;
import dev.switchboard.sync.Roster;
import dev.switchboard.sync.SyncEngine;
import java.nio.file.Files;
import java.nio.file.Path;

public class RosterSync {
  public static void main(String[] args) throws Exception {
    // Every installed platform that has SWITCHBOARD_* settings in the environment.
    Switchboard switchboard = Switchboard.builder().addInstalled(Settings.environment()).build();
    SyncEngine engine = SyncEngine.builder().switchboard(switchboard).maxInFlight(8).build();

    Roster roster = Roster.read(Path.of(args[0]));   // checked against roster.schema.json, with lines
    Plan plan = engine.plan(roster);                  // reads each platform; changes nothing
    plan.platforms().forEach(p -> p.actions().forEach(a ->
        System.out.println(p.platform().id() + ": " + a.type() + " " + a.agent() + " " + a.summary())));
    Files.writeString(Path.of("plan.json"), plan.toJson());   // review it, apply it later

    Plan reviewed = Plan.fromJson(Files.readString(Path.of("plan.json")));
    // Removes and recreates need confirmRemovals(true); the platforms are read again, and a
    // platform that changed since the plan is refused (StalePlanException in its result).
    ApplyResult result = engine.apply(reviewed, ApplyOptions.builder().confirmRemovals(false).build());
    for (PlatformResult r : result.platforms()) {
      System.out.println(r.platform().id() + ": " + (r.ok() ? "created " + r.created() + ", updated " + r.updated()
          : "FAILED " + r.error().getMessage()));
    }
    System.exit(result.ok() ? 0 : 1);
  }
}
