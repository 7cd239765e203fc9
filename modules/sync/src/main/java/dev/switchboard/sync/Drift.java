package dev.switchboard.sync;

/**
 * A difference between the roster and a platform that the sync cannot fix there (the platform
 * cannot change that field, cannot create or remove agents, or cannot rename): reported in every
 * plan until someone fixes it by hand or changes the roster.
 *
 * @param agent the agent concerned
 * @param agentId its id on the platform, or null when it is missing there
 * @param field the field that differs ({@code presence} when the agent is missing or extra)
 * @param platformValue what the platform has, or null
 * @param rosterValue what the roster asks for, or null
 * @param reason why the sync cannot fix it
 */
public record Drift(String agent, String agentId, String field, String platformValue, String rosterValue,
    String reason) {
  @Override
  public String toString() {
    return "'" + agent + "' " + field + ": " + (platformValue == null ? "-" : platformValue) + " on the platform, "
        + (rosterValue == null ? "-" : rosterValue) + " in the roster (" + reason + ")";
  }
}
