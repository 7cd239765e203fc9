package dev.switchboard.cli;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Availability;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agents availability ID -p PLATFORM [--set online|away|offline]}. */
@Command(name = "availability", description = "Show an agent's availability, or set it with --set.")
final class AvailabilityCommand extends AgentCommand {
  @Parameters(paramLabel = "ID", description = "The agent's id, as `agents list` shows it.") String id;

  @Option(names = "--set", converter = CliPlatforms.AvailabilityConverter.class,
      completionCandidates = CliPlatforms.Availabilities.class, description = "Set it to one of: ${COMPLETION-CANDIDATES}.")
  Availability set;

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
