package dev.switchboard.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code completion bash|zsh}: picocli's generated completion script for the whole command tree. */
@Command(name = "completion", description = {
    "Print a shell completion script for switchboard, generated from its commands and options.",
    "bash: run `source <(switchboard completion bash)`, or save the output in a bash-completion.d folder.",
    "zsh: prints the same bash script, not a native zsh one. When zsh sources it, the script turns on zsh's "
        + "bashcompinit and completes through it: `source <(switchboard completion zsh)` in ~/.zshrc."})
final class CompletionCommand implements Callable<Integer> {
  @ParentCommand Main main;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", converter = CliPlatforms.ShellConverter.class,
      completionCandidates = CliPlatforms.Shells.class, description = "bash or zsh")
  String shell;

  @Override
  public Integer call() {
    // Both shells get the one script: picocli writes only bash, and its script loads zsh's
    // bashcompinit itself when it runs under zsh.
    main.out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
    main.out.flush();
    return Main.OK;
  }
}
