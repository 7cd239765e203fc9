package dev.switchboard.cli;

import dev.switchboard.facade.Availability;
import dev.switchboard.facade.Platform;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Who should be an agent where, read from a YAML file. Every problem is found before anything is
 * sent, and reported with file, line and reason.
 *
 * <pre>
 * platforms: [chatwoot, bird, livechat]      # the platforms this roster manages
 * agents:
 *   - name: Ada Admin                        # required
 *     email: ada@example.com                 # required on chatwoot and bcrumbs (the match key there)
 *     role: administrator                    # Chatwoot role: agent | administrator
 *     userId: user-ada                       # bcrumbs user (required there)
 *     surname: Admin                         # bcrumbs surname
 *     availability: online                   # online | away | offline
 *     platforms: [chatwoot, bird]            # default: all of the roster's platforms
 * </pre>
 */
final class Roster {
  private static final Set<String> AGENT_KEYS = Set.of("name", "email", "role", "userId", "surname", "availability", "platforms");

  final Set<Platform> platforms;
  final List<Entry> agents;

  private Roster(Set<Platform> platforms, List<Entry> agents) {
    this.platforms = platforms;
    this.agents = agents;
  }

  /** One agent of the roster, with the line it starts on. */
  record Entry(int line, String name, String surname, String email, String role, String userId,
               Availability availability, Set<Platform> platforms) {
    /** The match key on a platform: email where the platform keeps one, otherwise the name. */
    String key(Platform p) {
      return Sync.matchesByEmail(p) ? email.toLowerCase(Locale.ROOT) : name;
    }
  }

  /** The roster is not usable; nothing was sent. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;
    final List<String> problems;

    Invalid(List<String> problems) {
      super(String.join("\n", problems));
      this.problems = problems;
    }
  }

  static Roster read(Path file) throws Invalid {
    String name = file.toString();
    Node root;
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(r);
    } catch (MarkedYAMLException e) {
      // An unclosed bracket or quote is found at the end of the file; where it was opened is the useful line.
      int line = (e.getContextMark() != null ? e.getContextMark() : e.getProblemMark()).getLine() + 1;
      String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
      throw new Invalid(List.of(name + ":" + line + ": YAML error: " + e.getProblem() + context));
    } catch (IOException e) {
      throw new Invalid(List.of(name + ": cannot read: " + e.getMessage()));
    }
    return parse(name, root);
  }

  private static Roster parse(String file, Node root) throws Invalid {
    List<String> problems = new ArrayList<>();
    if (!(root instanceof MappingNode)) {
      throw new Invalid(List.of(file + ":" + line(root) + ": expected a mapping with 'platforms' and 'agents'"));
    }
    Map<String, Node> top = fields((MappingNode) root);
    Set<Platform> platforms = top.containsKey("platforms")
        ? platforms(file, top.get("platforms"), problems) : new LinkedHashSet<>(Sync.installed().keySet());
    for (String k : top.keySet()) {
      if (!k.equals("platforms") && !k.equals("agents")) {
        problems.add(file + ":" + line(top.get(k)) + ": unknown key '" + k + "' (expected platforms, agents)");
      }
    }
    List<Entry> agents = new ArrayList<>();
    Node list = top.get("agents");
    if (!(list instanceof SequenceNode)) {
      problems.add(file + ":" + line(list == null ? root : list) + ": 'agents' must be a list");
    } else {
      for (Node n : ((SequenceNode) list).getValue()) {
        Entry e = entry(file, n, platforms, problems);
        if (e != null) {
          agents.add(e);
        }
      }
    }
    duplicates(file, agents, problems);
    if (!problems.isEmpty()) {
      throw new Invalid(problems);
    }
    return new Roster(platforms, agents);
  }

  private static Entry entry(String file, Node n, Set<Platform> rosterPlatforms, List<String> problems) {
    int line = line(n);
    if (!(n instanceof MappingNode)) {
      problems.add(file + ":" + line + ": an agent must be a mapping");
      return null;
    }
    Map<String, Node> f = fields((MappingNode) n);
    for (String k : f.keySet()) {
      if (!AGENT_KEYS.contains(k)) {
        problems.add(file + ":" + line(f.get(k)) + ": unknown field '" + k + "' (expected one of " + AGENT_KEYS + ")");
      }
    }
    String name = scalar(f.get("name"));
    if (name == null || name.isBlank()) {
      problems.add(file + ":" + line + ": agent is missing required field 'name'");
      return null;
    }
    Availability availability = null;
    String av = scalar(f.get("availability"));
    if (av != null) {
      try {
        availability = Availability.valueOf(av.toUpperCase(Locale.ROOT));
        if (availability == Availability.UNKNOWN) {
          throw new IllegalArgumentException();
        }
      } catch (IllegalArgumentException e) {
        problems.add(file + ":" + line(f.get("availability")) + ": availability must be online, away or offline, was '" + av + "'");
      }
    }
    Set<Platform> platforms = f.containsKey("platforms") ? platforms(file, f.get("platforms"), problems) : rosterPlatforms;
    for (Platform p : platforms) {
      if (!rosterPlatforms.contains(p)) {
        problems.add(file + ":" + line(f.get("platforms")) + ": agent '" + name + "' names " + p.id()
            + ", which the roster's platforms do not include");
      }
    }
    Entry e = new Entry(line, name, scalar(f.get("surname")), scalar(f.get("email")), scalar(f.get("role")),
        scalar(f.get("userId")), availability, platforms);
    for (Platform p : platforms) {
      for (String missing : Sync.requiredFields(p, e)) {
        problems.add(file + ":" + line + ": agent '" + name + "' is missing required field '" + missing + "' for " + p.id());
      }
    }
    return e;
  }

  private static void duplicates(String file, List<Entry> agents, List<String> problems) {
    Map<String, Integer> seen = new HashMap<>();
    for (Entry e : agents) {
      for (Platform p : e.platforms()) {
        if (Sync.requiredFields(p, e).isEmpty()) {
          Integer first = seen.putIfAbsent(p.id() + "|" + e.key(p), e.line());
          if (first != null) {
            problems.add(file + ":" + e.line() + ": duplicate agent '" + e.name() + "' on " + p.id()
                + " (same " + (Sync.matchesByEmail(p) ? "email" : "name") + " as line " + first + ")");
          }
        }
      }
    }
  }

  /** The listed platforms, in installation order (as the CLI lists them everywhere). */
  private static Set<Platform> platforms(String file, Node n, List<String> problems) {
    Set<Platform> listed = new HashSet<>();
    if (!(n instanceof SequenceNode)) {
      problems.add(file + ":" + line(n) + ": 'platforms' must be a list");
      return listed;
    }
    for (Node item : ((SequenceNode) n).getValue()) {
      String s = scalar(item);
      Platform p = null;
      for (Platform candidate : Sync.installed().keySet()) {
        if (candidate.id().equals(s)) {
          p = candidate;
        }
      }
      if (p == null) {
        problems.add(file + ":" + line(item) + ": unknown platform '" + s + "' (known: " + Main.knownPlatforms() + ")");
      } else {
        listed.add(p);
      }
    }
    Set<Platform> out = new LinkedHashSet<>();
    Sync.installed().keySet().stream().filter(listed::contains).forEach(out::add);
    return out;
  }

  private static Map<String, Node> fields(MappingNode m) {
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      out.put(scalar(t.getKeyNode()), t.getValueNode());
    }
    return out;
  }

  private static String scalar(Node n) {
    return n instanceof ScalarNode ? ((ScalarNode) n).getValue() : null;
  }

  private static int line(Node n) {
    return n == null ? 1 : n.getStartMark().getLine() + 1;
  }
}
