package dev.switchboard.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --config FILE}: {@code SWITCHBOARD_*} settings one a line, written either as a properties
 * file ({@code KEY=value}) or as a shell script of {@code export KEY=value} lines with shell quoting
 * (what {@code switchboard-sandbox --keys} prints, and what people keep in an env file). Before,
 * the file was read as Java properties only, so an {@code export} line set a key named "export"
 * and the platform stayed unconfigured without a word.
 */
final class ConfigFile {
  private static final Pattern LINE = Pattern.compile("(?:export\\s+)?([A-Za-z_][A-Za-z0-9_.]*)\\s*[=:]\\s*(.*)");

  private ConfigFile() {}

  /**
   * @param file the file
   * @return its settings in file order
   * @throws Connection.Misconfigured naming the file (and the line) when it cannot be read or parsed
   */
  static Map<String, String> read(Path file) throws Connection.Misconfigured {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Connection.Misconfigured("cannot read config file " + file + ": " + Messages.ioReason(e));
    }
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        throw new Connection.Misconfigured("config file " + file + " line " + (i + 1)
            + ": expected KEY=value or export KEY=value");
      }
      try {
        settings.put(m.group(1), value(m.group(2).strip()));
      } catch (IllegalArgumentException e) {
        throw new Connection.Misconfigured("config file " + file + " line " + (i + 1) + " (" + m.group(1) + "): "
            + e.getMessage());
      }
    }
    return settings;
  }

  /** A value as a shell would read it: 'single' quotes literal, "double" quotes with \ escapes, else bare. */
  static String value(String raw) {
    if (raw.startsWith("'")) {
      if (raw.length() < 2 || !raw.endsWith("'")) {
        throw new IllegalArgumentException("a value that opens ' must close it");
      }
      return raw.substring(1, raw.length() - 1);
    }
    if (raw.startsWith("\"")) {
      if (raw.length() < 2 || !raw.endsWith("\"")) {
        throw new IllegalArgumentException("a value that opens \" must close it");
      }
      StringBuilder s = new StringBuilder();
      String body = raw.substring(1, raw.length() - 1);
      for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        if (c == '\\' && i + 1 < body.length() && "\"\\$`".indexOf(body.charAt(i + 1)) >= 0) {
          c = body.charAt(++i);
        }
        s.append(c);
      }
      return s.toString();
    }
    // A bare value ends at an unquoted comment, as in a shell.
    int hash = raw.indexOf(" #");
    return (hash >= 0 ? raw.substring(0, hash) : raw).strip();
  }
}
