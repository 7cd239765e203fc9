package dev.switchboard.cli;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentUpdate;
import dev.switchboard.facade.Availability;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code agents update ID -p PLATFORM --FIELD VALUE ...}: only the given fields change. */
@Command(name = "update", description = {"Change an agent; only the given fields change (at least one).",
    "A field the platform cannot change is refused before anything is sent (exit 2)."})
final class UpdateAgentCommand extends AgentCommand {
  @Parameters(paramLabel = "ID", description = "The agent's id, as `agents list` shows it.") String id;

  @Option(names = "--name", description = "A new name.") String name;

  @Option(names = "--surname", description = "A new surname (bcrumbs).") String surname;

  @Option(names = "--email", description = "A new email address.") String email;

  @Option(names = "--role", completionCandidates = AgentFields.Roles.class,
      description = "A new role, one of the platform's: ${COMPLETION-CANDIDATES}.") String role;

  @Option(names = "--avatar-url", description = "A new avatar image URL.") String avatarUrl;

  @Option(names = "--availability", converter = CliPlatforms.AvailabilityConverter.class,
      completionCandidates = CliPlatforms.Availabilities.class, description = "One of: ${COMPLETION-CANDIDATES}.")
  Availability availability;

  /** The fields given, by the facade's field names (what {@code PlatformDescription.updatable()} lists). */
  private Map<String, Object> given() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("surname", surname);
    m.put("email", email);
    m.put("role", role);
    m.put("avatarUrl", avatarUrl);
    m.put("availability", availability);
    m.values().removeIf(v -> v == null);
    return m;
  }

  @Override
  void check() {
    AgentFields.checkUpdate(this, platform, given().keySet(), email, role);
  }

  @Override
  Object act(AgentDirectory d) {
    AgentUpdate.Builder u = AgentUpdate.builder();
    if (name != null) {
      u.name(name);
    }
    if (surname != null) {
      u.surname(surname);
    }
    if (email != null) {
      u.email(email);
    }
    if (role != null) {
      u.role(role);
    }
    if (avatarUrl != null) {
      u.avatarUrl(avatarUrl);
    }
    if (availability != null) {
      u.availability(availability);
    }
    return d.update(id, u.build());
  }
}
