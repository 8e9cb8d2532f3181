package dev.roster.bootstrap.cli;

import dev.roster.adapters.http.client.RosterApiException;
import dev.roster.application.error.UnavailableException;
import dev.roster.bootstrap.config.ConfigurationException;
import dev.roster.bootstrap.local.LocalPostgresException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code roster}: one command line for the local server and Roster's tools. */
@Command(
        name = "roster",
        mixinStandardHelpOptions = true,
        versionProvider = RosterVersion.class,
        description = "Influencer roster management for advertising agencies.",
        subcommands = {
            ServeCommand.class,
            MigrateCommand.class,
            CollectCommand.class,
            TokenCommand.class,
            CompletionCommand.class
        })
public final class RosterCli {

    private RosterCli() {}

    /**
     * The command line. Bad settings are told in one line naming them (exit code 2); a store that cannot be reached
     * or started is told in one line saying why (exit code 1). No stack traces for either.
     */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new RosterCli());
        commandLine.setParameterExceptionHandler(new OneLineParameterErrors());
        commandLine.setExecutionExceptionHandler((failure, line, parsed) -> {
            if (failure instanceof ConfigurationException bad) {
                line.getErr().println("roster: " + bad.getMessage());
                return 2;
            }
            if (failure instanceof UnavailableException
                    || failure instanceof LocalPostgresException
                    || failure instanceof RosterApiException
                    || failure instanceof UncheckedIOException) {
                line.getErr().println("roster: " + failure.getMessage());
                return 1;
            }
            throw failure;
        });
        return commandLine;
    }
}
