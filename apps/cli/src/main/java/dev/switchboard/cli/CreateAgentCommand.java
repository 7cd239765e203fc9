package dev.switchboard.cli;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Availability;
import dev.switchboard.facade.NewAgent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code agents create -p PLATFORM --name NAME ...}. */
@Command(name = "create", description = {"Create an agent.",
    "Which fields a platform needs and keeps differs: a field the platform needs and is missing, or a role it "
        + "does not have, is refused before anything is sent (exit 2)."})
final class CreateAgentCommand extends AgentCommand {
  @Option(names = "--name", required = true, description = "The agent's name (required).") String name;

  @Option(names = "--surname", description = "The surname, where the platform keeps one apart (bcrumbs).") String surname;

  @Option(names = "--email", description = "The email address, where the platform keeps one (chatwoot, bcrumbs).")
  String email;

  @Option(names = "--role", completionCandidates = AgentFields.Roles.class,
      description = "The role, one of the platform's: ${COMPLETION-CANDIDATES}.") String role;

  @Option(names = "--user-id", description = "The platform's user the agent belongs to (bcrumbs needs it).")
  String userId;

  @Option(names = "--availability", converter = CliPlatforms.AvailabilityConverter.class,
      completionCandidates = CliPlatforms.Availabilities.class, description = "One of: ${COMPLETION-CANDIDATES}.")
  Availability availability;

  @Override
  void check() {
    AgentFields.checkCreate(this, platform, email, role, userId, surname);
  }

  @Override
  Object act(AgentDirectory d) {
    return d.create(NewAgent.named(name).surname(surname).email(email).role(role).userId(userId)
        .availability(availability).build());
  }
}
