package dev.switchboard.cli;

import picocli.CommandLine.Option;

/** What lets {@code sync} and {@code apply} send a plan that removes agents: one definition for both. */
final class Confirmation {
  @Option(names = {"-y", "--yes"}, description = "Apply removes and recreates without asking.") boolean yes;

  @Option(names = "--allow-mass-delete",
      description = "Allow a plan that removes more than half of a platform's agents.") boolean allowMassDelete;
}
