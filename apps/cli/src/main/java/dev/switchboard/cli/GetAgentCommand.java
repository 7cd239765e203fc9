package dev.switchboard.cli;

import dev.switchboard.facade.AgentDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code agents get ID -p PLATFORM}. */
@Command(name = "get", description = "Show one agent.")
final class GetAgentCommand extends AgentCommand {
  @Parameters(paramLabel = "ID", description = "The agent's id, as `agents list` shows it.") String id;

  @Override
  Object act(AgentDirectory d) {
    return d.get(id);
  }
}
