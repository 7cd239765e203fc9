package dev.switchboard.cli;

/**
 * Sets the CLI's log backend (slf4j-simple, to stderr) from the global options. slf4j-simple reads
 * these properties when it makes a logger, so this runs before the first platform client or sandbox
 * is built; a property the user set on the command line ({@code -D}) is left as it is.
 */
final class Logging {
  private static final String PREFIX = "org.slf4j.simpleLogger.";

  private Logging() {}

  static void configure(boolean quiet, boolean verbose, boolean wireLog) {
    setIfAbsent("showDateTime", "false");
    setIfAbsent("showThreadName", "false");
    if (quiet) {
      setIfAbsent("defaultLogLevel", "error");
    }
    if (!verbose) {
      // The sync library logs every action at INFO; sync and apply print their own tables and
      // progress, so without --verbose only its warnings show.
      setIfAbsent("log.dev.switchboard.sync", "warn");
    }
    if (verbose) {
      // Retries, Retry-After and rate-limit waits are DEBUG events of the dev.switchboard loggers.
      setIfAbsent("log.dev.switchboard", "debug");
    }
    if (wireLog) {
      // The wire log writes at DEBUG on dev.switchboard.http.<platform>, and only when its level is set.
      setIfAbsent("log.dev.switchboard.http", "debug");
    }
  }

  private static void setIfAbsent(String name, String value) {
    if (System.getProperty(PREFIX + name) == null) {
      System.setProperty(PREFIX + name, value);
    }
  }
}
