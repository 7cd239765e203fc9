package dev.switchboard.cli;

import dev.switchboard.facade.Agent;
import dev.switchboard.facade.AgentDirectory;
import dev.switchboard.facade.Platform;
import dev.switchboard.facade.UnsupportedCapabilityException;
import dev.switchboard.runtime.error.InvalidInputException;
import dev.switchboard.runtime.error.SwitchboardException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code agents} command shares: the platform, {@code --json}, the checks before
 * anything is sent, and how an outcome becomes output and an exit code (a platform's refusal of
 * checkable input is 2, as if the CLI had caught it; anything else a platform does wrong is 1).
 */
abstract class AgentCommand implements Callable<Integer> {
  @ParentCommand AgentsCommand agents;

  @Spec CommandSpec spec;

  @Option(names = {"-p", "--platform"}, required = true, converter = CliPlatforms.PlatformConverter.class,
      completionCandidates = CliPlatforms.Ids.class, description = "The platform: ${COMPLETION-CANDIDATES}.")
  Platform platform;

  @Option(names = "--json", description = "Print JSON (fields, not sentences): one object for one agent or outcome, "
      + "an array for a list; errors as {\"exitCode\": N, \"errors\": [...]}.")
  boolean json;

  /** Checks the arguments before connecting; throws a {@link CommandLine.ParameterException} (exit 2). */
  void check() {}

  /** Does the command's work on the platform's directory. */
  abstract Object act(AgentDirectory d);

  /** A ParameterException naming this command, for {@link #check()}. */
  CommandLine.ParameterException bad(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  @Override
  public Integer call() {
    check();
    Main main = agents.main;
    Connection c;
    try {
      c = main.connect(List.of(platform), false);
    } catch (Connection.Misconfigured e) {
      return Output.fail(main, json, Main.BAD_INPUT, e.problems());
    }
    try (c) {
      AgentDirectory d = c.switchboard.directory(platform);
      print(main, act(d));
      return Main.OK;
    } catch (SwitchboardException e) {
      boolean input = e instanceof InvalidInputException || e instanceof UnsupportedCapabilityException;
      return Output.fail(main, json, input ? Main.BAD_INPUT : Main.FAILED, List.of(Messages.describe(e, c.url(platform))));
    } catch (IllegalArgumentException e) {
      // The facade's own checks of a value before any request (an email, a name): bad input.
      return Output.fail(main, json, Main.BAD_INPUT, List.of(platform.id() + ": " + Messages.describe(e)));
    }
  }

  /** What a command that changes or reads one thing prints: fields for --json, a sentence otherwise. */
  record Outcome(Map<String, Object> fields, String sentence) {}

  private void print(Main main, Object result) {
    if (result instanceof Agent) {
      if (json) {
        Output.json(main.out, Output.agentJson((Agent) result));
      } else {
        Output.agents(main.out, List.of((Agent) result));
      }
    } else if (result instanceof List<?>) {
      @SuppressWarnings("unchecked")
      List<Agent> list = (List<Agent>) result;
      if (json) {
        Output.json(main.out, list.stream().map(Output::agentJson).collect(Collectors.toList()));
      } else {
        Output.agents(main.out, list);
      }
    } else if (result instanceof Outcome) {
      Outcome o = (Outcome) result;
      if (json) {
        Output.json(main.out, o.fields());
      } else {
        main.out.println(o.sentence());
      }
    }
  }
}
