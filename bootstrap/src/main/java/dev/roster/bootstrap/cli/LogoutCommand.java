package dev.roster.bootstrap.cli;

import dev.roster.bootstrap.logging.CommandLog;
import dev.roster.bootstrap.logging.LogFormat;
import dev.roster.bootstrap.logging.LogOptions;
import dev.roster.bootstrap.logging.LoggedCommand;
import dev.roster.bootstrap.signin.CredentialsFile;
import dev.roster.bootstrap.signin.CredentialsOption;
import dev.roster.bootstrap.signin.WebAddress;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code roster logout}: forgets the sign-in kept for a server. */
@Command(
        name = "logout",
        mixinStandardHelpOptions = true,
        description = "Forget the sign-in roster login kept for a server (the file goes when it holds no other).")
public final class LogoutCommand implements Callable<Integer>, LoggedCommand {

    @Option(
            names = "--server",
            defaultValue = "${env:ROSTER_SERVER}",
            description = "The Roster address signed in to (ROSTER_SERVER).")
    String server;

    @Mixin
    CredentialsOption credentials;

    @Mixin
    LogOptions logging;

    @Spec
    CommandSpec spec;

    private CommandLog log;

    @Override
    public Optional<CommandLog> log() {
        return Optional.ofNullable(log);
    }

    @Override
    public Integer call() {
        LogFormat format = logging.format();
        String key = CredentialsFile.key(WebAddress.parse("--server", server, false));
        CredentialsFile file = credentials.file();
        log = CommandLog.start(format, "roster.logout", spec.commandLine().getOut(), Clock.systemUTC());
        try (CommandLog started = log) {
            started.out()
                    .println(
                            file.remove(key)
                                    ? "Signed out of " + key + " (removed from " + file.path() + ")."
                                    : "Not signed in to " + key + ": nothing kept for it in " + file.path() + ".");
        }
        return 0;
    }
}
