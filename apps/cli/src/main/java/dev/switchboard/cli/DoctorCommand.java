package dev.switchboard.cli;

import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.AgentQuery;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.spi.PlatformProvider;
import dev.switchboard.facade.spi.Settings;
import dev.switchboard.runtime.error.SwitchboardException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code doctor}: for each platform, whether its settings are complete and, where they are, whether
 * one read (the first page of agents) works with them: what {@code gh auth status} does for one
 * host, for every platform at once. Sends no write.
 */
@Command(name = "doctor", description = {"Check each platform's settings with one read (the first page of agents).",
    "Exit 0 when every configured platform answered, 1 when one failed, 2 when none is configured (or one named "
        + "with -p is not). Sends no write."})
final class DoctorCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Option(names = {"-p", "--platform"}, converter = CliPlatforms.PlatformConverter.class,
      completionCandidates = CliPlatforms.Ids.class,
      description = "Only these platforms (repeatable; ${COMPLETION-CANDIDATES}); default: every installed one.")
  List<Platform> only = new ArrayList<>();

  @Option(names = "--json", description = "Print the checks as JSON: {\"platforms\": [...], \"exitCode\": N, ...}.")
  boolean json;

  @Override
  public Integer call() {
    Report report = new Report(main, "doctor", json);
    List<Platform> platforms = only.isEmpty() ? CliPlatforms.platforms() : only;
    Map<String, String> settings;
    try {
      settings = main.settings();
    } catch (Connection.Misconfigured e) {
      return report.fail(Main.BAD_INPUT, e.problems());
    }
    List<Map<String, Object>> checks = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    int configured = 0;
    int failed = 0;
    for (Platform p : platforms) {
      PlatformProvider provider = CliPlatforms.providers().get(p);
      Map<String, Object> check = new LinkedHashMap<>();
      check.put("platform", p.id());
      if (!main.sandbox && !provider.configured(Settings.of(settings).forPlatform(p))) {
        check.put("status", "not-configured");
        check.put("detail", "set " + Connection.missing(provider, Settings.of(settings).forPlatform(p)));
      } else {
        configured++;
        String detail = read(p, check);
        if (!"ok".equals(check.get("status"))) {
          failed++;
        }
        check.put("detail", detail);
      }
      checks.add(check);
      rows.add(new String[] {p.id(), String.valueOf(check.get("status")), String.valueOf(check.get("detail"))});
    }
    report.put("platforms", checks);
    if (!json) {
      Output.table(main.out, new String[] {"PLATFORM", "STATUS", "DETAIL"}, rows);
    }
    if (configured == 0 || !only.isEmpty() && configured < platforms.size()) {
      return report.fail(Main.BAD_INPUT, List.of(configured == 0 ? "no platform is configured: set a platform's "
          + "SWITCHBOARD_<ID>_* settings (see docs/cli.md), or use --sandbox" : "a platform named with -p is not configured"));
    }
    if (failed > 0) {
      report.error(null, failed + " platform(s) failed the check");
      return report.finish(Main.FAILED);
    }
    return report.finish(Main.OK);
  }

  /** One read on one platform; fills the check's status, returns its detail. */
  private String read(Platform p, Map<String, Object> check) {
    Connection c;
    try {
      c = main.connect(List.of(p), false);
    } catch (Connection.Misconfigured e) {
      check.put("status", "misconfigured");
      return String.join("; ", e.problems());
    }
    try (c) {
      check.put("url", c.url(p).orElse(null));
      AgentDirectory d = c.switchboard.directory(p);
      long start = System.nanoTime();
      boolean any = d.list(AgentQuery.ALL).iterator().hasNext();
      long ms = (System.nanoTime() - start) / 1_000_000;
      check.put("status", "ok");
      return "read " + (any ? "the first page of agents" : "an empty agent list") + " in " + ms + " ms at "
          + c.url(p).orElse("its default URL");
    } catch (SwitchboardException e) {
      check.put("status", "failed");
      return Messages.describe(e, c.url(p));
    } catch (RuntimeException e) {
      check.put("status", "failed");
      return Messages.describe(e);
    }
  }
}
