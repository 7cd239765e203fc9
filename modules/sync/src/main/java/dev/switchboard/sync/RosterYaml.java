package dev.switchboard.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A roster file read as far as its shape: the YAML as a JSON tree for the schema, and for every
 * node (by JSON pointer) the line an editor shows for it and the scalar as written. Syntax errors,
 * fields given twice and schema violations become {@link RosterException}s whose problems start with
 * {@code file:line:} and name the field in the roster's words.
 */
final class RosterYaml {
  private static volatile Schema schema;

  private final String source;
  private final JsonNode json;
  /** A field's line is its key's (where an editor shows the field); a list item's is its first token's. */
  private final Map<String, Integer> lines = new HashMap<>();
  /** Scalars as written, so messages quote {@code yes} rather than the {@code true} YAML 1.1 makes of it. */
  private final Map<String, String> written = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  private RosterYaml(String source, Node root) {
    this.source = source;
    lines.put("", line(root));
    this.json = toJson(root, "");
  }

  /**
   * @param yaml the roster's text
   * @param source the name messages use for it
   * @return the roster's tree, which matches the schema
   * @throws RosterException if it is not YAML, gives a field twice or does not match the schema
   */
  static RosterYaml read(String yaml, String source) {
    Node root;
    try (Reader r = new StringReader(yaml)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(r);
    } catch (MarkedYAMLException e) {
      throw new RosterException(List.of(syntaxError(source, e)));
    } catch (YAMLException e) {
      throw new RosterException(List.of(source + ": YAML error: " + e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!(root instanceof MappingNode)) {
      throw new RosterException(List.of(source + ":" + line(root) + ": expected a mapping with 'platforms' and 'agents'"));
    }
    RosterYaml doc = new RosterYaml(source, root);
    if (doc.problems.isEmpty()) { // with a field given twice, the schema would judge a tree the file does not mean
      for (Error error : schemaFor().validate(doc.json)) {
        String pointer = pointer(error.getInstanceLocation());
        String at = "additionalProperties".equals(error.getKeyword()) ? pointer + "/" + error.getProperty() : pointer;
        doc.problems.add(source + ":" + doc.line(at) + ": " + doc.explain(error, pointer));
      }
    }
    if (!doc.problems.isEmpty()) {
      throw new RosterException(doc.problems);
    }
    return doc;
  }

  /** @return the tree, scalars as text except numbers, booleans and nulls */
  JsonNode json() {
    return json;
  }

  /**
   * @param pointer a JSON pointer into the tree
   * @return its line (1-based), or the nearest enclosing node's when it is not in the file
   */
  int line(String pointer) {
    for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
      Integer line = lines.get(p);
      if (line != null) {
        return line;
      }
      if (p.isEmpty()) {
        return 1;
      }
    }
  }

  /**
   * @param pointer a JSON pointer into the tree
   * @return whether the file gives that node
   */
  boolean has(String pointer) {
    return lines.containsKey(pointer);
  }

  /**
   * Where the parser stopped is the line to fix, except inside something opened earlier (a quote, a
   * bracket, a key still waiting for its colon): that is reported where it was opened. A block's own
   * start (SnakeYAML's context for indentation errors) is only mentioned: it is usually fine.
   */
  private static String syntaxError(String source, MarkedYAMLException e) {
    Mark problem = e.getProblemMark();
    Mark context = e.getContextMark();
    String contextText = e.getContext();
    boolean opened = context != null && contextText != null
        && (contextText.startsWith("while scanning") || contextText.startsWith("while parsing a flow"));
    Mark at = opened || problem == null ? context : problem;
    String what = e.getProblem() == null ? "not valid YAML" : e.getProblem()
        .replace("<stream end>", "the end of the file").replace("end of stream", "end of the file");
    StringBuilder b = new StringBuilder(source);
    if (at == null) {
      return b.append(": YAML error: ").append(what).toString();
    }
    b.append(':').append(at.getLine() + 1).append(": YAML error at column ").append(at.getColumn() + 1).append(": ").append(what);
    if (contextText != null) {
      b.append(" (").append(contextText);
      if (context != null && context.getLine() != at.getLine()) {
        b.append(" started on line ").append(context.getLine() + 1);
      }
      b.append(')');
    }
    if (what.startsWith("expected <block end>")) {
      b.append("; check the indentation");
    }
    return b.toString();
  }

  /** Schema messages in the roster's words: the field, what it must be, and what the file says. */
  private String explain(Error error, String pointer) {
    String keyword = error.getKeyword();
    boolean agent = pointer.matches("/agents/\\d+");
    String field = field(pointer);
    switch (keyword) {
      case "required":
        return (agent ? "agent" : "roster") + " is missing required field '" + error.getProperty() + "'";
      case "additionalProperties":
        return "unknown field '" + error.getProperty() + "' (expected one of "
            + (agent ? String.join(", ", RosterAgent.FIELDS) + ", platforms, renamedFrom" : "platforms, agents") + ")";
      case "enum":
        return field + " must be online, away or offline, was " + describe(pointer, error.getInstanceNode());
      case "type":
        return field + " must be " + expected(pointer) + ", was " + describe(pointer, error.getInstanceNode());
      case "pattern":
        return field + (field.equals("email") ? " must be an address like name@example.com"
            : " must be a platform id (lower-case letters and digits)") + ", was " + describe(pointer, error.getInstanceNode());
      case "minLength":
        return field + " must not be empty";
      case "uniqueItems":
        return field + " lists the same platform more than once";
      default:
        return field + ": " + error.getMessage().replaceFirst("^/[^:]*: ", "");
    }
  }

  /** The field a pointer names, as the roster spells it: a list item is its list's singular. */
  private static String field(String pointer) {
    if (pointer.isEmpty()) {
      return "roster";
    }
    String[] parts = pointer.substring(1).split("/");
    String last = parts[parts.length - 1];
    if (!last.chars().allMatch(Character::isDigit)) {
      return last;
    }
    return parts.length > 1 && parts[parts.length - 2].equals("agents") ? "agent" : "platform";
  }

  /** What the schema wants at a pointer, in words (the schema itself is small and fixed). */
  private static String expected(String pointer) {
    String field = field(pointer);
    switch (field) {
      case "roster":
        return "a mapping with 'platforms' and 'agents'";
      case "agents":
        return "a list of agents";
      case "agent":
        return "a mapping with at least a name";
      case "platforms":
        return "a list of platform ids";
      default:
        return "text";
    }
  }

  private String describe(String pointer, JsonNode value) {
    if (value == null || value.isNull()) {
      return "empty";
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isObject()) {
      return "a mapping";
    }
    String text = written.getOrDefault(pointer, value.asText());
    if (value.isNumber()) {
      return "the number " + text + " (quote it to keep it as text)";
    }
    return "'" + text + "'";
  }

  private static String pointer(NodePath path) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      b.append('/').append(path.getElement(i));
    }
    return b.toString();
  }

  private static Schema schemaFor() {
    Schema s = schema;
    if (s == null) {
      try (InputStream in = Roster.schema()) {
        s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      schema = s;
    }
    return s;
  }

  /** The YAML tree as JSON (scalars stay text; the schema checks them), noting lines and fields given twice. */
  private JsonNode toJson(Node node, String pointer) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    if (node instanceof MappingNode) {
      ObjectNode o = f.objectNode();
      for (NodeTuple t : ((MappingNode) node).getValue()) {
        String key = t.getKeyNode() instanceof ScalarNode ? ((ScalarNode) t.getKeyNode()).getValue() : String.valueOf(t.getKeyNode());
        String at = pointer + "/" + key;
        if (o.has(key)) {
          // SnakeYAML's compose keeps both; the later one would silently win.
          problems.add(source + ":" + line(t.getKeyNode()) + ": duplicate field '" + key + "' (first on line " + lines.get(at) + ")");
          continue;
        }
        lines.put(at, line(t.getKeyNode()));
        o.set(key, toJson(t.getValueNode(), at));
      }
      return o;
    }
    if (node instanceof SequenceNode) {
      ArrayNode a = f.arrayNode();
      List<Node> items = ((SequenceNode) node).getValue();
      for (int i = 0; i < items.size(); i++) {
        lines.put(pointer + "/" + i, line(items.get(i)));
        a.add(toJson(items.get(i), pointer + "/" + i));
      }
      return a;
    }
    ScalarNode s = (ScalarNode) node;
    written.put(pointer, s.getValue());
    String tag = s.getTag().getValue();
    if (tag.endsWith(":null")) {
      return f.nullNode();
    }
    if (tag.endsWith(":bool") || tag.endsWith(":int") || tag.endsWith(":float")) {
      // Kept typed, so `name: 42` or `availability: yes` are schema errors, not silently text.
      if (tag.endsWith(":bool")) {
        return f.booleanNode(Boolean.parseBoolean(s.getValue()) || s.getValue().equalsIgnoreCase("yes"));
      }
      try {
        return f.numberNode(new java.math.BigDecimal(s.getValue()));
      } catch (NumberFormatException e) {
        return f.textNode(s.getValue());
      }
    }
    return f.textNode(s.getValue());
  }

  /** The line an editor shows for a node: SnakeYAML's marks count from 0. */
  private static int line(Node n) {
    return n == null ? 1 : n.getStartMark().getLine() + 1;
  }
}
