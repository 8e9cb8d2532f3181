package dev.roster.bootstrap.cli;

import dev.roster.bootstrap.config.ConfigurationException;
import dev.roster.bootstrap.logging.CommandLog;
import dev.roster.bootstrap.logging.LogFormat;
import dev.roster.bootstrap.signin.Browser;
import dev.roster.bootstrap.signin.BrowserLogin;
import dev.roster.bootstrap.signin.Credentials;
import dev.roster.bootstrap.signin.CredentialsFile;
import dev.roster.bootstrap.signin.CredentialsOption;
import dev.roster.bootstrap.signin.LoopbackReceiver;
import dev.roster.bootstrap.signin.SignInSettings;
import dev.roster.bootstrap.signin.WebAddress;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roster login}: signs in once through the browser and keeps the sign-in for {@code roster collect}. */
@Command(
        name = "login",
        mixinStandardHelpOptions = true,
        description = "Sign in to a Roster server once, through your browser (Cognito), and keep the sign-in in your "
                + "configuration directory, readable by you alone: roster collect then uses it and renews it by "
                + "itself, so a scheduled collection keeps working. Prints the address to open, for a machine "
                + "without a browser.")
public final class LoginCommand extends LoggingCommand {

    @Option(
            names = "--server",
            defaultValue = "${env:ROSTER_SERVER}",
            description = "The Roster address staff open in the browser, e.g. https://roster.example.com "
                    + "(ROSTER_SERVER); its config.json says where to sign in.")
    String server;

    @Option(
            names = "--cognito-domain",
            defaultValue = "${env:ROSTER_COGNITO_DOMAIN}",
            description = "Cognito's managed login domain, e.g. https://roster.auth.ap-northeast-2.amazoncognito.com, "
                    + "with --client-id, for a server that does not tell it (ROSTER_COGNITO_DOMAIN).")
    String cognitoDomain;

    @Option(
            names = "--client-id",
            defaultValue = "${env:ROSTER_CLIENT_ID}",
            description = "The Cognito app client to sign in with, with --cognito-domain (ROSTER_CLIENT_ID).")
    String clientId;

    @Option(
            names = "--callback-port",
            defaultValue = "${env:ROSTER_CALLBACK_PORT}",
            description = "The port the browser comes back to, http://localhost:<port>/callback, which the app client "
                    + "must list (ROSTER_CALLBACK_PORT). Default: the first free of 43821, 43822, 43823.")
    Integer callbackPort;

    @Option(
            names = "--no-browser",
            description = "Only print the address to open, e.g. to open it on another screen of this machine.")
    boolean noBrowser;

    @Option(
            names = "--timeout",
            defaultValue = "PT5M",
            description = "How long to wait for the browser, as an ISO-8601 duration. Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Mixin
    CredentialsOption credentials;

    @Override
    public Integer call() throws Exception {
        LogFormat format = format();
        URI address = WebAddress.parse("--server", server, false);
        boolean named = present(clientId) || present(cognitoDomain);
        if (named && !present(cognitoDomain)) {
            throw new ConfigurationException("--cognito-domain", "is needed with --client-id: where to sign in");
        }
        if (named && !present(clientId)) {
            throw new ConfigurationException("--client-id", "is needed with --cognito-domain: which app client");
        }
        if (named && clientId.strip().chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new ConfigurationException(
                    "--client-id", "must be an app client id (no spaces), not '" + clientId + "'");
        }
        URI domain = named ? WebAddress.parse("--cognito-domain", cognitoDomain, true) : null;
        if (callbackPort != null && (callbackPort < 1 || callbackPort > 65_535)) {
            throw new ConfigurationException("--callback-port", "must be 1-65535, not " + callbackPort);
        }
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofHours(1)) > 0) {
            throw new ConfigurationException(
                    "--timeout must be a positive ISO-8601 duration of at most an hour, such as PT5M, not " + timeout);
        }
        CredentialsFile file = credentials.file();
        Clock clock = Clock.systemUTC();
        String key = CredentialsFile.key(address);
        CommandLog started = startLog(format, "roster.login", clock);
        try (started) {
            PrintWriter out = started.out();
            SignInSettings settings = named
                    ? SignInSettings.cognito(domain, clientId.strip(), null)
                    : SignInSettings.advertisedBy(address, Duration.ofSeconds(30));
            try (LoopbackReceiver receiver = LoopbackReceiver.listen(
                    callbackPort == null ? LoopbackReceiver.DEFAULT_PORTS : List.of(callbackPort))) {
                Credentials signedIn = new BrowserLogin(settings, clock).signIn(key, receiver, timeout, url -> {
                    out.println("To sign in to " + key + ", open this address in a browser on this machine: " + url);
                    if (!noBrowser && Browser.open(url)) {
                        out.println("Opened it in your browser; waiting for the sign-in (up to " + timeout + ").");
                    }
                });
                file.save(signedIn);
                out.println("Signed in to " + key
                        + (signedIn.signedInAs() == null ? "" : " as " + signedIn.signedInAs()) + "; kept in "
                        + file.path() + " for roster collect --server " + key + ".");
            }
        }
        return 0;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
