package dev.switchboard.bench;

import dev.switchboard.bench.raw.RawBirdModel;
import dev.switchboard.bench.raw.RawClients;
import java.util.List;
import java.util.Locale;

/**
 * The raw program next to {@code switchboard agents list -p bird} (issue 26, "a faster first call";
 * {@code benchmarks/cli-wall}): the same settings from the environment ({@code SWITCHBOARD_BIRD_URL},
 * {@code SWITCHBOARD_BIRD_ACCESS_KEY}, {@code SWITCHBOARD_BIRD_WORKSPACE}), the same listing (every
 * page), and the same kind of table on stdout, written by hand on the JDK's HTTP client and Jackson,
 * with nothing the call does not need.
 */
public final class RawBirdList {
  private RawBirdList() {}

  /**
   * @param args none
   */
  public static void main(String[] args) {
    String url = require("SWITCHBOARD_BIRD_URL");
    RawClients raw = new RawClients(url.endsWith("/") ? url.substring(0, url.length() - 1) : url,
        require("SWITCHBOARD_BIRD_ACCESS_KEY"));
    String workspace = require("SWITCHBOARD_BIRD_WORKSPACE");
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-9s %-9s %-10s %-16s %-5s %s%n",
        "PLATFORM", "ID", "NAME", "EMAIL", "ROLE", "AVAILABILITY"));
    String token = null;
    do {
      RawBirdModel.AgentList page = raw.listAgents(workspace, 100, token);
      for (RawBirdModel.Agent a : page.results()) {
        List<String> emails = a.userEmails();
        out.append(String.format(Locale.ROOT, "%-9s %-9s %-10s %-16s %-5s %s%n", "bird", a.id(), a.name(),
            emails == null || emails.isEmpty() ? "" : emails.get(0), a.type() == null ? "" : a.type().toString().toLowerCase(Locale.ROOT),
            a.status() == null ? "" : a.status().toString().toLowerCase(Locale.ROOT)));
      }
      token = page.nextPageToken();
    } while (token != null && !token.isEmpty());
    System.out.print(out);
    System.out.flush();
    System.exit(0); // as the CLI does: the JDK client's threads would keep the JVM a while
  }

  private static String require(String name) {
    String v = System.getenv(name);
    if (v == null || v.isBlank()) {
      System.err.println("set " + name);
      System.exit(2);
    }
    return v;
  }
}
