package dev.switchboard.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code agents list|get|create|update|delete|availability}: one platform at a time ({@code -p}). */
@Command(name = "agents", description = "List and manage the agents of one platform (-p).",
    subcommands = {ListAgentsCommand.class, GetAgentCommand.class, CreateAgentCommand.class, UpdateAgentCommand.class,
        DeleteAgentCommand.class, AvailabilityCommand.class, HelpCommand.class})
final class AgentsCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    return Main.missingCommand(spec, main.err);
  }
}
