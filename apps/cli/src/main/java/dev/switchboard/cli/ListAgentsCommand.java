package dev.switchboard.cli;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentQuery;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code agents list -p PLATFORM}: every agent of one platform, all pages read. */
@Command(name = "list", description = "List the agents of a platform (every page).")
final class ListAgentsCommand extends AgentCommand {
  @Option(names = "--name", description = "Only agents whose name contains this.") String name;

  @Option(names = "--email", description = "Only the agent with this email.") String email;

  @Override
  Object act(AgentDirectory d) {
    return d.list(AgentQuery.builder().name(name).email(email).build()).stream().collect(Collectors.toList());
  }
}
