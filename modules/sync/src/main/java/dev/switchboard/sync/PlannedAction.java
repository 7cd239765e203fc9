package dev.switchboard.sync;

import java.util.Map;
import java.util.Objects;

/**
 * One change a {@link Plan} makes on one platform.
 *
 * @param type what it does
 * @param agent the agent's name as the roster (or, for a remove, the platform) has it
 * @param agentId the platform's id of the existing agent (update, remove, recreate), or null for a create
 * @param key how the agent is recognised there (its email in lower case, or its name)
 * @param fields for a create or recreate, the fields sent; for an update, the fields changed and their
 *     new values; empty for a remove. Names are {@link dev.switchboard.facade.PlatformDescription}'s.
 * @param summary what will happen, in words (a recreate spells out the new id)
 * @param location the roster line the action comes from, or null for a remove
 */
public record PlannedAction(ActionType type, String agent, String agentId, String key, Map<String, String> fields,
    String summary, SourceLocation location) {
  /**
   * @param type what it does
   * @param agent the agent's name
   * @param agentId the existing agent's id
   * @param key the match key
   * @param fields the fields sent or changed
   * @param summary what will happen
   * @param location the roster line
   */
  public PlannedAction {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(agent, "agent");
    fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    Objects.requireNonNull(summary, "summary");
    if (type != ActionType.CREATE && agentId == null) {
      throw new IllegalArgumentException(type + " needs the existing agent's id");
    }
  }
}
