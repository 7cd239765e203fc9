package dev.switchboard.contract.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a spec cut from a platform's official OpenAPI document with that document. The cut may
 * leave out whole paths, whole operations of a path, whole components and whole top-level sections;
 * everything it keeps must be the official text, key for key and value for value. The only keys it
 * may add are {@code x-*} extensions the official object lacks (our {@code x-source},
 * {@code x-pagination}, {@code info.x-unknowns}). So a field dropped from a kept schema, a renamed
 * property, a changed type or a reworded description is reported, with its JSON pointer.
 */
final class OfficialDocuments {
  /** The folder beside a platform's spec holding the official document and its source.properties. */
  static final String FOLDER = "official";

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  /** Top-level sections a cut may leave out entirely; {@code openapi} and {@code paths} it must keep. */
  private static final Set<String> OPTIONAL_TOP = Set.of("info", "servers", "security", "tags", "externalDocs",
      "components", "webhooks", "jsonSchemaDialect");

  private OfficialDocuments() {}

  /**
   * @param cut our trimmed spec
   * @param official the official document
   * @return every difference, each starting with its JSON pointer; empty when the cut is faithful
   */
  static List<String> differences(JsonNode cut, JsonNode official) {
    List<String> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = cut.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = e.getKey();
      String at = "/" + escape(key);
      if (ours(key, official)) {
        continue;
      }
      if (!official.has(key)) {
        out.add(at + ": not in the official document (added or renamed)");
      } else if (key.equals("paths")) {
        paths(e.getValue(), official.get(key), at, out);
      } else if (key.equals("components")) {
        droppingEntries(e.getValue(), official.get(key), at, 2, out);
      } else {
        same(e.getValue(), official.get(key), at, out);
      }
    }
    for (String required : List.of("openapi", "paths")) {
      if (official.has(required) && !cut.has(required)) {
        out.add("/" + required + ": missing (a cut keeps it)");
      }
    }
    official.fieldNames().forEachRemaining(key -> {
      if (!cut.has(key) && !OPTIONAL_TOP.contains(key) && !key.startsWith("x-") && !key.equals("openapi")
          && !key.equals("paths")) {
        out.add("/" + escape(key) + ": left out, and only whole optional sections may be");
      }
    });
    return out;
  }

  /** Paths and methods may be left out; a kept path item keeps every other key of its own. */
  private static void paths(JsonNode cut, JsonNode official, String at, List<String> out) {
    for (Iterator<Map.Entry<String, JsonNode>> it = cut.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      String pathAt = at + "/" + escape(path.getKey());
      JsonNode officialItem = official.get(path.getKey());
      if (officialItem == null) {
        out.add(pathAt + ": no such path in the official document");
        continue;
      }
      objectWith(path.getValue(), officialItem, pathAt, METHODS, out);
    }
  }

  /** Entries {@code depth} levels down (components: section, then entry) may be left out whole. */
  private static void droppingEntries(JsonNode cut, JsonNode official, String at, int depth, List<String> out) {
    if (depth == 0) {
      same(cut, official, at, out);
      return;
    }
    if (!cut.isObject() || !official.isObject()) {
      same(cut, official, at, out);
      return;
    }
    eachKept(cut, official, at, out, (c, o, childAt) -> droppingEntries(c, o, childAt, depth - 1, out));
  }

  /** An object whose {@code droppable} keys may be left out; every other official key must be kept. */
  private static void objectWith(JsonNode cut, JsonNode official, String at, Set<String> droppable, List<String> out) {
    if (!cut.isObject() || !official.isObject()) {
      same(cut, official, at, out);
      return;
    }
    eachKept(cut, official, at, out, (c, o, childAt) -> same(c, o, childAt, out));
    official.fieldNames().forEachRemaining(key -> {
      if (!cut.has(key) && !droppable.contains(key)) {
        out.add(at + "/" + escape(key) + ": left out of a kept object");
      }
    });
  }

  /** The same value, key for key, except our own {@code x-*} additions. */
  private static void same(JsonNode cut, JsonNode official, String at, List<String> out) {
    if (cut.isObject() && official.isObject()) {
      objectWith(cut, official, at, Set.of(), out);
    } else if (cut.isArray() && official.isArray()) {
      if (cut.size() != official.size()) {
        out.add(at + ": " + cut.size() + " items, the official document has " + official.size());
        return;
      }
      for (int i = 0; i < cut.size(); i++) {
        same(cut.get(i), official.get(i), at + "/" + i, out);
      }
    } else if (!cut.equals(official)) {
      out.add(at + ": " + brief(cut) + ", the official document has " + brief(official));
    }
  }

  /** What to do with a kept key's value and the official one at its pointer. */
  private interface Kept {
    void compare(JsonNode cut, JsonNode official, String at);
  }

  /** Each key of the cut but our own additions: reported when the official object lacks it, else compared. */
  private static void eachKept(JsonNode cut, JsonNode official, String at, List<String> out, Kept compare) {
    for (Iterator<Map.Entry<String, JsonNode>> it = cut.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String childAt = at + "/" + escape(e.getKey());
      if (ours(e.getKey(), official)) {
        continue;
      }
      JsonNode o = official.get(e.getKey());
      if (o == null) {
        out.add(childAt + ": not in the official document (added or renamed)");
      } else {
        compare.compare(e.getValue(), o, childAt);
      }
    }
  }

  /** An {@code x-*} key of ours: one the official object does not have. */
  private static boolean ours(String key, JsonNode official) {
    return key.startsWith("x-") && !official.has(key);
  }

  private static String brief(JsonNode node) {
    String text = node.isContainerNode() ? node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) : node.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  /** JSON pointer escaping (RFC 6901). */
  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
