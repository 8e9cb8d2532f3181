package dev.roster.bootstrap.logging;

import java.util.Optional;

/** A command that writes log lines: once it has started them, its failure is told in the same format. */
public interface LoggedCommand {

    /** The command's log, once it started writing in its format; empty while it was still checking its settings. */
    Optional<CommandLog> log();
}
