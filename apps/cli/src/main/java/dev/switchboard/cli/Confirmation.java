package dev.switchboard.cli;

import picocli.CommandLine.Option;

/**
 * What lets {@code sync} and {@code apply} send a plan that removes agents, and whether they wait
 * for another sync's lock: one definition for both.
 */
final class Confirmation {
  @Option(names = {"-y", "--yes"}, description = "Apply removes and recreates without asking.") boolean yes;

  @Option(names = "--allow-mass-delete",
      description = "Allow a plan that removes more than half of a platform's agents.") boolean allowMassDelete;

  @Option(names = "--wait", description = "When another sync of a platform account is running on this machine, wait "
      + "for it (up to 30 minutes) instead of leaving that platform alone (exit code 4).") boolean waitForLock;
}
