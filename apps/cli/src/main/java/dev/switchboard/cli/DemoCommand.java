package dev.switchboard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code demo}: the sample roster into the embedded sandbox, then a second plan to show nothing is left. */
@Command(name = "demo", description = {"Sync a sample roster to every platform of an embedded sandbox with demo data, "
    + "then plan again to show nothing is left to change.",
    "The only command that uses a sandbox without --sandbox: nothing reaches a real platform."})
final class DemoCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print one JSON document (plan, results, errors, exit code) instead of tables.")
  boolean json;

  @Mixin Tuning tuning;

  @Override
  public Integer call() throws IOException {
    tuning.check(spec.commandLine());
    Path roster = Files.createTempFile("switchboard-demo-roster", ".yaml");
    try (InputStream in = DemoCommand.class.getResourceAsStream("/demo-roster.yaml")) {
      Files.copy(in, roster, StandardCopyOption.REPLACE_EXISTING);
    }
    try {
      // The embedded sandbox only: removes there need no confirmation.
      return RosterSync.sync(main, new Report(main, "demo", json), new RosterSync.SyncRequest(roster, Set.of(), false,
          false, true, true, null, true, false, false, tuning));
    } finally {
      Files.deleteIfExists(roster);
    }
  }
}
