package dev.switchboard.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code help [COMMAND...]}: the usage of any command, to any depth ({@code help agents list}).
 * picocli's own help command reads only its first word, so {@code help agents list} showed
 * {@code agents}.
 */
@Command(name = "help", helpCommand = true,
    description = "Show a command's usage: help, help sync, help agents list.")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {
  @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command, and its subcommand, to describe.")
  List<String> path = new ArrayList<>();

  private CommandLine self;
  private CommandLine.Help.ColorScheme colors;
  private PrintWriter out;

  @Override
  public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter out,
      PrintWriter err) {
    this.self = helpCommandLine;
    this.colors = colorScheme;
    this.out = out;
  }

  @Override
  public void run() {
    CommandLine target = self.getParent();
    for (String name : path) {
      CommandLine sub = target.getSubcommands().get(name);
      if (sub == null) {
        throw new CommandLine.ParameterException(self, "unknown command '" + name + "'"
            + (target.getSubcommands().isEmpty() ? "" : " (" + target.getCommandName() + " has: "
                + String.join(", ", target.getSubcommands().keySet()) + ")"));
      }
      target = sub;
    }
    target.usage(out, colors);
    out.flush();
  }
}
