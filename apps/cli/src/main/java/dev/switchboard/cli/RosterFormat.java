package dev.switchboard.cli;

/**
 * {@code sync --help}'s footer: the roster format. Every line stays under picocli's 80-column
 * usage width, because a longer one is wrapped, and a wrapped YAML comment turns the example into
 * YAML that does not parse (a test pastes the example into a roster file and syncs it).
 */
final class RosterFormat {
  private RosterFormat() {}

  static final String TEXT = ""
      + "%n"
      + "Roster format (YAML; schema: roster.schema.json in switchboard-sync):%n"
      + "%n"
      + "  # yaml-language-server: $schema=roster.schema.json%n"
      + "  # platforms: default every installed platform%n"
      + "  platforms: [chatwoot, bird, livechat]%n"
      + "  # agents: [] means nobody (needs --yes and --allow-mass-delete)%n"
      + "  agents:%n"
      + "    - name: Ada Admin          # required; the match key without email%n"
      + "      email: ada@example.com   # the match key where a platform keeps it%n"
      + "      role: administrator      # one of the platform's roles%n"
      + "      userId: user-ada         # the platform's user (bcrumbs needs it)%n"
      + "      surname: Admin           # bcrumbs surname%n"
      + "      availability: online     # online | away | offline%n"
      + "      platforms: [chatwoot]    # default: all of the roster's platforms%n"
      + "      renamedFrom: Ada A.      # previous name: rename, not remove+create%n"
      + "%n"
      + "A roster value a platform cannot store is shown as a note; a difference%n"
      + "the sync cannot fix there is shown as drift. Removes and recreates need%n"
      + "--yes (or a y on a terminal); removing more than half of a platform's%n"
      + "agents also needs --allow-mass-delete.%n";
}
