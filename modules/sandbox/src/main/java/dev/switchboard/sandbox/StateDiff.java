package dev.switchboard.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The difference between two states of a platform, as operations that turn the first into the
 * second: {@code ["s", path, value]} sets a value, {@code ["r", path]} removes a key. A path is the
 * array of object keys from the root. Objects are compared key by key, so a change to one agent is
 * one small operation however many agents there are; anything else (an array, a number) that differs
 * is set whole. Every operation sets an absolute value, so applying a list twice gives what applying
 * it once gave: a journal replayed over a state file that already holds it changes nothing.
 *
 * <p>Key order is kept, because the fakes list agents in insertion order: a key that is new goes
 * last, where both a {@link java.util.LinkedHashMap} and an {@link ObjectNode} put it; an object whose
 * common keys changed order is set whole.
 */
final class StateDiff {
  private StateDiff() {}

  /**
   * @param before the state before, or {@code null} for none
   * @param after the state after
   * @return the operations; empty when nothing changed
   */
  static ArrayNode diff(JsonNode before, JsonNode after) {
    ArrayNode ops = Exchange.JSON.createArrayNode();
    diff(before, after, new ArrayList<>(), ops);
    return ops;
  }

  private static void diff(JsonNode before, JsonNode after, List<String> path, ArrayNode ops) {
    if (before == null || !before.isObject() || !after.isObject()) {
      if (!after.equals(before)) {
        set(path, after, ops);
      }
      return;
    }
    // Objects are compared key by key, never with equals(): Jackson's ignores key order.
    if (!sameOrder(before, after)) {
      set(path, after, ops);
      return;
    }
    for (Iterator<String> it = before.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!after.has(key)) {
        ArrayNode op = ops.addArray();
        op.add("r");
        op.add(pathNode(path, key));
      }
    }
    for (Iterator<String> it = after.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      path.add(key);
      diff(before.get(key), after.get(key), path, ops);
      path.remove(path.size() - 1);
    }
  }

  /** Whether setting new keys at the end of {@code before} gives {@code after}'s key order. */
  private static boolean sameOrder(JsonNode before, JsonNode after) {
    Iterator<String> old = before.fieldNames();
    boolean sawNew = false;
    for (Iterator<String> it = after.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!before.has(key)) {
        sawNew = true;
        continue;
      }
      if (sawNew) {
        return false; // a new key before an old one: appending would put it elsewhere
      }
      String next = null;
      while (old.hasNext()) {
        String k = old.next();
        if (after.has(k)) {
          next = k;
          break;
        }
      }
      if (!key.equals(next)) {
        return false;
      }
    }
    return true;
  }

  private static ArrayNode pathNode(List<String> path, String last) {
    ArrayNode p = Exchange.JSON.createArrayNode();
    path.forEach(p::add);
    if (last != null) {
      p.add(last);
    }
    return p;
  }

  private static void set(List<String> path, JsonNode value, ArrayNode ops) {
    ArrayNode op = ops.addArray();
    op.add("s");
    op.add(pathNode(path, null));
    op.add(value);
  }

  /**
   * @param state a state, changed in place (a replay applies thousands of records: no copy each)
   * @param ops what {@link #diff} returned
   * @return the state with the operations applied (another node if an operation replaced the root)
   */
  static JsonNode apply(JsonNode state, ArrayNode ops) {
    JsonNode root = state == null ? Exchange.JSON.createObjectNode() : state;
    for (JsonNode op : ops) {
      ArrayNode path = (ArrayNode) op.get(1);
      if (path.isEmpty()) {
        root = op.get(2).deepCopy();
        continue;
      }
      if (!root.isObject()) {
        root = Exchange.JSON.createObjectNode();
      }
      ObjectNode parent = (ObjectNode) root;
      for (int i = 0; i < path.size() - 1; i++) {
        JsonNode child = parent.get(path.get(i).asText());
        if (child == null || !child.isObject()) {
          // A later record removes or replaces this parent (see the class comment): any object will do.
          child = parent.putObject(path.get(i).asText());
        }
        parent = (ObjectNode) child;
      }
      String key = path.get(path.size() - 1).asText();
      if (op.get(0).asText().equals("r")) {
        parent.remove(key);
      } else {
        parent.set(key, op.get(2).deepCopy());
      }
    }
    return root;
  }
}
