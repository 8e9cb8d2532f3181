package dev.roster.bootstrap.logging;

import picocli.CommandLine.Option;

/** The {@code --log-format} of every command that writes log lines: serve, migrate, collect, login and logout. */
public final class LogOptions {

    @Option(
            names = "--log-format",
            defaultValue = "${env:ROSTER_LOG_FORMAT}",
            description =
                    "json (one JSON object a line: time, level, logger, message, requestId, …) or text, for every "
                            + "line this command and its libraries write (ROSTER_LOG_FORMAT). Default: text on a terminal, json "
                            + "otherwise.")
    String logFormat;

    /**
     * The format asked for, text on a terminal otherwise JSON.
     *
     * @throws dev.roster.bootstrap.config.ConfigurationException naming {@code --log-format} when it is neither
     */
    public LogFormat format() {
        return LogFormat.of(logFormat, System.console() != null);
    }
}
