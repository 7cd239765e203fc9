package dev.switchboard.facade;

/** What an {@link AgentDirectory} can do on its platform. */
public enum Capability {
  /** {@link AgentDirectory#list(AgentQuery)}. */
  LIST,
  /** {@link AgentDirectory#get(String)}. */
  GET,
  /** {@link AgentDirectory#create(NewAgent)}. */
  CREATE,
  /** {@link AgentDirectory#update(String, AgentUpdate)}. */
  UPDATE,
  /** {@link AgentDirectory#delete(String)}. */
  DELETE,
  /** {@link AgentDirectory#availability(String)}. */
  GET_AVAILABILITY,
  /** {@link AgentDirectory#setAvailability(String, Availability)}. */
  SET_AVAILABILITY
}
