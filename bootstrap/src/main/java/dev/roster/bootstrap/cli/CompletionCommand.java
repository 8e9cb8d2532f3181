package dev.roster.bootstrap.cli;

import dev.roster.bootstrap.config.ConfigurationException;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code roster completion bash|zsh}: the shell completion script, to source from the shell's start-up file. */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = "Print shell completion for roster: source <(roster completion bash), or in ~/.zshrc "
                + "source <(roster completion zsh).")
public final class CompletionCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SHELL", description = "bash or zsh.")
    String shell;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String script = AutoComplete.bash("roster", spec.root().commandLine());
        switch (shell) {
            case "bash" -> spec.commandLine().getOut().print(script);
            // zsh runs the bash script through its bash completion emulation.
            case "zsh" ->
                spec.commandLine()
                        .getOut()
                        .print("autoload -U +X compinit && compinit\n" + "autoload -U +X bashcompinit && bashcompinit\n"
                                + script);
            default -> throw new ConfigurationException("SHELL must be bash or zsh, not '" + shell + "'");
        }
        spec.commandLine().getOut().flush();
        return 0;
    }
}
