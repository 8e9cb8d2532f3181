package dev.roster.bootstrap.cli;

import dev.roster.bootstrap.logging.CommandLog;
import dev.roster.bootstrap.logging.LogFormat;
import dev.roster.bootstrap.logging.LogOptions;
import dev.roster.bootstrap.logging.LoggedCommand;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that writes its lines in the server's one format once its settings are checked: the {@code --log-format}
 * option, and the log that tells the command's failure in the same format once it started.
 */
abstract class LoggingCommand implements Callable<Integer>, LoggedCommand {

    @Mixin
    LogOptions logging;

    @Spec
    CommandSpec spec;

    private CommandLog log;

    @Override
    public Optional<CommandLog> log() {
        return Optional.ofNullable(log);
    }

    /** The format asked for; read first, as a bad value is a bad setting like any other. */
    final LogFormat format() {
        return logging.format();
    }

    /** Starts the command's lines in {@code format} as {@code logger}; the caller closes the log when done. */
    final CommandLog startLog(LogFormat format, String logger, Clock clock) {
        log = CommandLog.start(format, logger, spec.commandLine().getOut(), clock);
        return log;
    }
}
