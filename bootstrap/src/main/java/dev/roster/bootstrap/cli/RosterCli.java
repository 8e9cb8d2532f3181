package dev.roster.bootstrap.cli;

import dev.roster.adapters.http.client.RosterApiException;
import dev.roster.application.error.UnavailableException;
import dev.roster.bootstrap.config.ConfigurationException;
import dev.roster.bootstrap.local.LocalPostgresException;
import dev.roster.bootstrap.logging.CommandLog;
import dev.roster.bootstrap.logging.LogFormat;
import dev.roster.bootstrap.logging.LoggedCommand;
import dev.roster.bootstrap.signin.LoginFailedException;
import dev.roster.bootstrap.signin.SignInRefusedException;
import java.io.UncheckedIOException;
import java.util.Optional;
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
            LoginCommand.class,
            LogoutCommand.class,
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
            Optional<CommandLog> log = line.getCommand() instanceof LoggedCommand logged
                    ? logged.log().filter(started -> started.format() == LogFormat.JSON)
                    : Optional.empty();
            if (failure instanceof ConfigurationException || failure instanceof SignInRefusedException) {
                tell(line, log, failure, false);
                return 2;
            }
            if (failure instanceof UnavailableException
                    || failure instanceof LoginFailedException
                    || failure instanceof LocalPostgresException
                    || failure instanceof RosterApiException
                    || failure instanceof UncheckedIOException) {
                tell(line, log, failure, false);
                return 1;
            }
            if (log.isPresent()) {
                // A failure nobody foresaw, in a JSON log: one line still, its stack trace a field.
                tell(line, log, failure, true);
                return 1;
            }
            throw failure;
        });
        return commandLine;
    }

    /** Tells the failure in one line: the command's JSON line once its log started, plain {@code roster: ...} before. */
    private static void tell(CommandLine line, Optional<CommandLog> log, Exception failure, boolean trace) {
        line.getErr()
                .println(log.map(json -> json.failure(failure.getMessage(), failure, trace))
                        .orElse("roster: " + failure.getMessage()));
        line.getErr().flush();
    }
}
