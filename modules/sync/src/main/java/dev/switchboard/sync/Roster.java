package dev.switchboard.sync;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.PlatformDescription;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.Platforms;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Who should be an agent where: the platforms a roster manages and its agents, each with the file
 * and line it was written on. Read one from YAML ({@link #read(Path)}) or build one in code
 * ({@link #builder()}). A file is checked against {@link #SCHEMA_RESOURCE} (draft 2020-12) as it is
 * read; {@link #check(Function)} checks it against each platform's description. Immutable.
 *
 * <pre>
 * # yaml-language-server: $schema=roster.schema.json
 * platforms: [chatwoot, bird, livechat]   # default: every installed platform
 * agents:
 *   - name: Ada Admin
 *     email: ada@example.com
 *     role: administrator
 *     availability: online
 *     platforms: [chatwoot, bird]         # default: all of the roster's
 * </pre>
 */
public final class Roster {
  /** The roster's JSON Schema, a class-path resource of this library. */
  public static final String SCHEMA_RESOURCE = "/dev/switchboard/sync/roster.schema.json";

  private final String source;
  private final List<Platform> platforms;
  private final List<RosterAgent> agents;
  /** Per agent (same index), the line of each field the file gives; empty for a roster built in code. */
  private final List<Map<String, Integer>> fieldLines;

  private Roster(String source, List<Platform> platforms, List<RosterAgent> agents, List<Map<String, Integer>> fieldLines) {
    this.source = source;
    this.platforms = List.copyOf(platforms);
    this.agents = List.copyOf(agents);
    this.fieldLines = List.copyOf(fieldLines);
  }

  /**
   * @return where the roster came from (a file name, or {@code code})
   */
  public String source() {
    return source;
  }

  /**
   * @return the platforms the roster manages, in the order the platforms are installed
   */
  public List<Platform> platforms() {
    return platforms;
  }

  /**
   * @return the agents, in the order written
   */
  public List<RosterAgent> agents() {
    return agents;
  }

  /**
   * @param platform a platform
   * @return the agents that should be on it
   */
  public List<RosterAgent> agentsOn(Platform platform) {
    return agents.stream().filter(a -> a.platforms().contains(platform)).collect(Collectors.toList());
  }

  /**
   * @return a builder for a roster made in code
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @return the roster's JSON Schema, as published (for editors and other tools)
   */
  public static InputStream schema() {
    return Objects.requireNonNull(Roster.class.getResourceAsStream(SCHEMA_RESOURCE), SCHEMA_RESOURCE);
  }

  /**
   * Reads a roster file; its platforms must be installed ({@link Platforms#installed()}).
   *
   * @param file a YAML roster
   * @return the roster
   * @throws RosterException if it cannot be read, is not valid YAML, does not match the schema or
   *     names a platform that is not installed; every problem has file and line
   */
  public static Roster read(Path file) {
    return read(file, installed());
  }

  /**
   * @param file a YAML roster
   * @param known the platforms a roster may name (also the default when it names none)
   * @return the roster
   * @throws RosterException as {@link #read(Path)}
   */
  public static Roster read(Path file, Collection<Platform> known) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RosterException(List.of("cannot read " + file + ": " + reason(e)));
    }
    return parse(text, file.toString(), known);
  }

  /** Why a file could not be read, in words: a NoSuchFileException's message is only the path again. */
  private static String reason(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.charset.CharacterCodingException) {
      return "not UTF-8 text";
    }
    if (e instanceof java.nio.file.FileSystemException && ((java.nio.file.FileSystemException) e).getReason() != null) {
      return ((java.nio.file.FileSystemException) e).getReason();
    }
    return String.valueOf(e.getMessage());
  }

  /**
   * @param yaml the roster's text
   * @param source the name messages use for it (a file name)
   * @param known the platforms a roster may name (also the default when it names none)
   * @return the roster
   * @throws RosterException as {@link #read(Path)}
   */
  public static Roster parse(String yaml, String source, Collection<Platform> known) {
    RosterYaml doc = RosterYaml.read(yaml, source);
    JsonNode json = doc.json();
    List<String> problems = new ArrayList<>();
    List<Platform> installed = List.copyOf(known);
    List<Platform> rosterPlatforms = json.has("platforms")
        ? platforms(source, json.get("platforms"), "/platforms", doc, installed, problems) : installed;
    List<RosterAgent> agents = new ArrayList<>();
    List<Map<String, Integer>> fieldLines = new ArrayList<>();
    JsonNode list = json.get("agents");
    for (int i = 0; i < list.size(); i++) {
      JsonNode a = list.get(i);
      String at = "/agents/" + i;
      SourceLocation location = new SourceLocation(source, doc.line(at));
      List<Platform> own = rosterPlatforms;
      if (a.has("platforms")) {
        own = platforms(source, a.get("platforms"), at + "/platforms", doc, installed, problems);
        List<String> listed = new ArrayList<>();
        a.get("platforms").forEach(p -> listed.add(p.asText()));
        for (Platform p : own) {
          if (!rosterPlatforms.contains(p)) {
            problems.add(source + ":" + doc.line(at + "/platforms/" + listed.indexOf(p.id())) + ": agent '"
                + a.get("name").asText() + "' names " + p.id() + ", which the roster's platforms do not include");
          }
        }
      }
      Map<String, Integer> fields = new HashMap<>();
      for (String field : RosterAgent.FIELDS) {
        if (doc.has(at + "/" + field)) {
          fields.put(field, doc.line(at + "/" + field));
        }
      }
      fieldLines.add(fields);
      String availability = text(a, "availability");
      agents.add(new RosterAgent(a.get("name").asText(), text(a, "surname"), text(a, "email"), text(a, "role"),
          text(a, "userId"), RosterAgent.availability(availability),
          new LinkedHashSet<>(own), text(a, "renamedFrom"), location));
    }
    if (!problems.isEmpty()) {
      throw new RosterException(problems);
    }
    return new Roster(source, rosterPlatforms, agents, fieldLines);
  }

  /**
   * Checks the roster against each platform's rules, before anything is sent: the fields a create
   * needs, the match key, the platform's roles, and that no two agents share a key on a platform.
   *
   * @param descriptions each platform's rules (e.g. {@code platform -> directory.description()})
   * @return the problems, each starting with {@code file:line:}; empty when the roster can be applied
   */
  public List<String> check(Function<Platform, PlatformDescription> descriptions) {
    List<String> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < agents.size(); i++) {
      RosterAgent a = agents.get(i);
      for (Platform p : platforms) {
        if (!a.platforms().contains(p)) {
          continue;
        }
        PlatformDescription d = descriptions.apply(p);
        if (d == null) {
          continue;
        }
        boolean complete = true;
        for (String field : d.requiredToCreate()) {
          if (blank(a.value(field))) {
            problems.add(at(i, field) + ": agent '" + a.name() + "' is missing required field '" + field + "' for " + p.id());
            complete = false;
          }
        }
        if (complete && a.key(d) == null) {
          problems.add(at(i, "email") + ": agent '" + a.name() + "' needs an email on " + p.id() + " (the match key there)");
          complete = false;
        }
        if (a.role() != null && d.keeps().contains("role") && !d.roles().isEmpty() && !d.roles().contains(a.role())) {
          problems.add(at(i, "role") + ": agent '" + a.name() + "' has role '" + a.role() + "', which " + p.id()
              + " does not have (roles there: " + String.join(", ", new java.util.TreeSet<>(d.roles())) + ")");
        }
        if (complete) {
          String key = d.matchKey() == PlatformDescription.MatchKey.EMAIL ? "email" : "name";
          Integer first = seen.putIfAbsent(p.id() + "|" + a.key(d), i);
          if (first != null) {
            problems.add(at(i, key) + ": duplicate agent '" + a.name() + "' on " + p.id() + " (same " + key + " as line "
                + at(first, key).line() + ")");
          }
        }
      }
    }
    return problems;
  }

  /**
   * Where a problem with one field of an agent is: the field's own line when the file gives it (a
   * wrong role on line 5 is not reported at the agent's line 3), else the agent's.
   */
  private SourceLocation at(int agent, String field) {
    SourceLocation location = agents.get(agent).location();
    Integer line = fieldLines.isEmpty() ? null : fieldLines.get(agent).get(field);
    return line == null ? location : new SourceLocation(location.source(), line);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static List<Platform> installed() {
    List<Platform> out = new ArrayList<>();
    for (PlatformProvider p : Platforms.installed()) {
      out.add(p.platform());
    }
    return out;
  }

  /** The listed platforms, in the order of {@code known} (as the CLI lists them everywhere). */
  private static List<Platform> platforms(String source, JsonNode list, String at, RosterYaml doc,
      List<Platform> known, List<String> problems) {
    Set<String> listed = new LinkedHashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String id = list.get(i).asText();
      if (known.stream().noneMatch(p -> p.id().equals(id))) {
        problems.add(source + ":" + doc.line(at + "/" + i) + ": unknown platform '" + id + "' (known: "
            + known.stream().map(Platform::id).collect(Collectors.joining(", ")) + ")");
      }
      listed.add(id);
    }
    return known.stream().filter(p -> listed.contains(p.id())).collect(Collectors.toList());
  }

  private static String text(JsonNode agent, String field) {
    JsonNode v = agent.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Builds a {@link Roster} in code. */
  public static final class Builder {
    private final Set<Platform> platforms = new LinkedHashSet<>();
    private final List<RosterAgent.Builder> agents = new ArrayList<>();
    private String source = "code";

    private Builder() {}

    /**
     * @param values the platforms the roster manages
     * @return this
     */
    public Builder platforms(Platform... values) {
      platforms.addAll(List.of(values));
      return this;
    }

    /**
     * @param agent an agent (with no platforms of its own: all of the roster's)
     * @return this
     */
    public Builder agent(RosterAgent.Builder agent) {
      agents.add(Objects.requireNonNull(agent, "agent"));
      return this;
    }

    /**
     * @param name what messages call this roster
     * @return this
     */
    public Builder source(String name) {
      this.source = Objects.requireNonNull(name, "source");
      return this;
    }

    /**
     * @return the roster
     * @throws IllegalArgumentException if an agent names a platform the roster does not manage, or
     *     the roster names no platform
     */
    public Roster build() {
      if (platforms.isEmpty()) {
        throw new IllegalArgumentException("a roster needs at least one platform");
      }
      List<RosterAgent> built = new ArrayList<>();
      for (RosterAgent.Builder b : agents) {
        if (b.platforms().isEmpty()) {
          b.platforms(platforms.toArray(new Platform[0]));
        }
        RosterAgent a = b.build();
        if (!platforms.containsAll(a.platforms())) {
          throw new IllegalArgumentException("agent '" + a.name() + "' names a platform the roster does not manage");
        }
        built.add(a);
      }
      Map<Platform, Boolean> order = new LinkedHashMap<>();
      platforms.forEach(p -> order.put(p, true));
      return new Roster(source, new ArrayList<>(order.keySet()), built, List.of());
    }
  }
}
