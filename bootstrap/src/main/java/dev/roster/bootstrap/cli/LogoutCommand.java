package dev.roster.bootstrap.cli;

import dev.roster.bootstrap.logging.CommandLog;
import dev.roster.bootstrap.logging.LogFormat;
import dev.roster.bootstrap.signin.CredentialsFile;
import dev.roster.bootstrap.signin.CredentialsOption;
import dev.roster.bootstrap.signin.WebAddress;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roster logout}: forgets the sign-in kept for a server. */
@Command(
        name = "logout",
        mixinStandardHelpOptions = true,
        description = "Forget the sign-in roster login kept for a server (the file goes when it holds no other).")
public final class LogoutCommand extends LoggingCommand {

    @Option(
            names = "--server",
            defaultValue = "${env:ROSTER_SERVER}",
            description = "The Roster address signed in to (ROSTER_SERVER).")
    String server;

    @Mixin
    CredentialsOption credentials;

    @Override
    public Integer call() {
        LogFormat format = format();
        String key = CredentialsFile.key(WebAddress.parse("--server", server, false));
        CredentialsFile file = credentials.file();
        CommandLog started = startLog(format, "roster.logout", Clock.systemUTC());
        try (started) {
            started.out()
                    .println(
                            file.remove(key)
                                    ? "Signed out of " + key + " (removed from " + file.path() + ")."
                                    : "Not signed in to " + key + ": nothing kept for it in " + file.path() + ".");
        }
        return 0;
    }
}
