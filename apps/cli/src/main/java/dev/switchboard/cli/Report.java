package dev.switchboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.sync.ApplyResult;
import dev.switchboard.sync.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code sync}, {@code apply}, {@code show} and {@code demo} print under {@code --json}: one
 * document in every path (the plan as the library writes it, the results, the errors and the exit
 * code), described by the published {@value #SCHEMA} so a script can rely on its shape; a failure
 * of any other command under {@code --json} prints the same document with its errors. Errors also
 * go to stderr as {@code error: } lines for people.
 */
final class Report {
  /** The JSON Schema of the document, in the CLI jar and in the repository beside this class's module. */
  static final String SCHEMA = "/dev/switchboard/cli/output.schema.json";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Main main;
  private final boolean json;
  private final Map<String, Object> doc = new LinkedHashMap<>();
  private final List<Map<String, Object>> errors = new ArrayList<>();
  private boolean finished;
  private boolean detailedExitCode;

  /**
   * @param command the command's words after {@code switchboard}, e.g. {@code sync}
   * @param json whether the document is printed
   */
  Report(Main main, String command, boolean json) {
    this.main = main;
    this.json = json;
    doc.put("command", command);
    doc.put("exitCode", null);
    doc.put("plan", null);
    doc.put("applied", false);
    doc.put("results", null);
    doc.put("errors", errors);
  }

  boolean json() {
    return json;
  }

  /**
   * {@code --detailed-exitcode}: as in Terraform, 2 means "changes pending", so bad input ends
   * with 1 like every other error (the document's exitCode and the process's agree).
   */
  Report detailedExitCode(boolean on) {
    this.detailedExitCode = on;
    return this;
  }

  /** The plan, in the library's own JSON shape ({@link Plan#toJson()}, what {@code --plan-out} writes). */
  void plan(Plan plan) {
    try {
      doc.put("plan", JSON.readTree(plan.toJson()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void put(String field, Object value) {
    doc.put(field, value);
  }

  /** The outcome of an apply: it ran (some actions may still have failed; the results say which). */
  void results(ApplyResult result) {
    doc.put("applied", true);
    doc.put("results", Output.resultsJson(result));
  }

  /** An error, on stderr now and in the document's {@code errors}. */
  void error(String platform, String message) {
    main.err.println("error: " + message);
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("platform", platform);
    e.put("message", message);
    errors.add(e);
  }

  /** Ends the command with its errors, and says on stderr that nothing was sent where that is so. */
  int fail(int code, List<String> messages) {
    messages.forEach(m -> error(null, m));
    return finish(code);
  }

  /** Ends the command: prints the document under {@code --json} (once), and returns the exit code. */
  int finish(int code) {
    return end(detailedExitCode && code == Main.BAD_INPUT ? Main.FAILED : code);
  }

  /** Ends a plan-only run with {@code --detailed-exitcode} whose plan has changes: 2. */
  int finishPending() {
    return end(Main.CHANGES_PENDING);
  }

  private int end(int code) {
    if (!finished) {
      finished = true;
      doc.put("exitCode", code);
      if (json) {
        Output.json(main.out, doc);
      }
      main.err.flush();
    }
    return code;
  }
}
