package dev.roster.bootstrap.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code roster}: one command line for the local server and Roster's tools. */
@Command(name = "roster", mixinStandardHelpOptions = true, versionProvider = RosterVersion.class,
        description = "Influencer roster management for advertising agencies.",
        subcommands = {ServeCommand.class, TokenCommand.class})
public final class RosterCli {

    private RosterCli() {
    }

    /** Runs a command line; bad settings are told in one line naming them, with exit code 2. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new RosterCli());
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
            if (failure instanceof ConfigurationException bad) {
                line.getErr().println("roster: " + bad.getMessage());
                return 2;
            }
            throw failure;
        });
        return commandLine;
    }
}
