package dev.switchboard.cli;

import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The checks {@code agents create} and {@code agents update} make from the platform's published
 * description before anything is sent, so input a platform would refuse is bad input (exit 2)
 * naming the option, not a platform failure (exit 1) after a round trip.
 */
final class AgentFields {
  private AgentFields() {}

  /** The options' names of the facade's fields. */
  private static final Map<String, String> OPTION = Map.of("name", "--name", "surname", "--surname", "email", "--email",
      "role", "--role", "userId", "--user-id", "avatarUrl", "--avatar-url", "availability", "--availability");

  static void checkCreate(AgentCommand cmd, Platform platform, String email, String role, String userId, String surname) {
    PlatformDescription d = description(platform);
    Map<String, String> given = new java.util.HashMap<>();
    given.put("name", "x");
    given.put("email", email);
    given.put("role", role);
    given.put("userId", userId);
    given.put("surname", surname);
    List<String> missing = d.requiredToCreate().stream().filter(f -> given.get(f) == null)
        .map(f -> OPTION.getOrDefault(f, f)).collect(Collectors.toList());
    if (!missing.isEmpty()) {
      throw cmd.bad(platform.id() + " needs " + String.join(" and ", missing) + " to create an agent");
    }
    checkRole(cmd, platform, d, role);
  }

  static void checkUpdate(AgentCommand cmd, Platform platform, Set<String> fields, String email, String role) {
    if (fields.isEmpty()) {
      throw cmd.bad("name at least one field to change: " + String.join(", ", List.of("--name", "--surname", "--email",
          "--role", "--avatar-url", "--availability")));
    }
    PlatformDescription d = description(platform);
    List<String> fixed = fields.stream().filter(f -> !f.equals("availability") && !d.updatable().contains(f))
        .map(OPTION::get).collect(Collectors.toList());
    if (!fixed.isEmpty()) {
      throw cmd.bad(platform.id() + " cannot change " + String.join(", ", fixed) + " (it can change: "
          + d.updatable().stream().map(f -> OPTION.getOrDefault(f, f)).collect(Collectors.joining(", ")) + ")");
    }
    checkRole(cmd, platform, d, role);
  }

  private static void checkRole(AgentCommand cmd, Platform platform, PlatformDescription d, String role) {
    if (role != null && !d.roles().isEmpty() && !d.roles().contains(role)) {
      throw cmd.bad("--role must be one of " + platform.id() + "'s roles (" + String.join(", ", d.roles()) + "), was '"
          + role + "'");
    }
  }

  private static PlatformDescription description(Platform platform) {
    return CliPlatforms.providers().get(platform).description();
  }

  /** Every installed platform's roles, for {@code --role}'s help and completion. */
  static final class Roles implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      Collection<String> all = new TreeSet<>();
      CliPlatforms.providers().values().forEach(p -> all.addAll(p.description().roles()));
      return all.iterator();
    }
  }
}
