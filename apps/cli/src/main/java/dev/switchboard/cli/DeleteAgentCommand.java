package dev.switchboard.cli;

import dev.switchboard.facade.AgentDirectory;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code agents delete ID -p PLATFORM}. */
@Command(name = "delete", description = "Remove an agent.")
final class DeleteAgentCommand extends AgentCommand {
  @Parameters(paramLabel = "ID", description = "The agent's id, as `agents list` shows it.") String id;

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
