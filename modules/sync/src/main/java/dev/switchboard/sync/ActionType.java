package dev.switchboard.sync;

/** What a {@link PlannedAction} does. */
public enum ActionType {
  /** Create an agent that the platform lacks. */
  CREATE,
  /** Change an agent in place; it keeps its id. */
  UPDATE,
  /** Remove an agent that is not in the roster. */
  REMOVE,
  /**
   * Remove an agent and create it again under its new name, because the platform cannot rename in
   * place: the new agent has a new id, and what referred to the old id does not follow.
   */
  RECREATE
}
