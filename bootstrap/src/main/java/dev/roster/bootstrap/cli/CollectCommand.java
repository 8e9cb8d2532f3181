package dev.roster.bootstrap.cli;

import dev.roster.adapters.browser.playwright.RunningAsRoot;
import dev.roster.adapters.http.client.JdkHttpExchange;
import dev.roster.adapters.http.client.RosterApiException;
import dev.roster.adapters.http.client.RosterClient;
import dev.roster.adapters.http.routes.json.JsonCodec;
import dev.roster.application.collection.PlatformCollection;
import dev.roster.application.collection.RateLimitedSource;
import dev.roster.application.collection.RateLimiter;
import dev.roster.application.port.Pace;
import dev.roster.bootstrap.collect.MetricSources;
import dev.roster.bootstrap.collect.OfficeCollector;
import dev.roster.bootstrap.config.ConfigurationException;
import dev.roster.bootstrap.config.PlatformDefinitions;
import dev.roster.bootstrap.config.PlatformOptions;
import dev.roster.bootstrap.config.PlatformsFile;
import dev.roster.bootstrap.config.SourceSettings;
import dev.roster.bootstrap.logging.CommandLog;
import dev.roster.bootstrap.logging.LogFormat;
import dev.roster.bootstrap.signin.BearerToken;
import dev.roster.bootstrap.signin.CredentialsFile;
import dev.roster.bootstrap.signin.CredentialsOption;
import dev.roster.bootstrap.signin.SignedInExchange;
import dev.roster.bootstrap.signin.StoredSignIn;
import dev.roster.domain.platform.PlatformCode;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code roster collect}: the office collector, for platforms that refuse cloud addresses. */
@Command(
        name = "collect",
        mixinStandardHelpOptions = true,
        description = "Collect one platform's metrics from this machine: ask the server which accounts are due, read "
                + "their pages here, post the figures back. Runs until Ctrl-C, or with --once until nothing is due.")
public final class CollectCommand extends LoggingCommand {

    @Option(
            names = "--server",
            defaultValue = "${env:ROSTER_SERVER}",
            description = "The Roster API to report to, e.g. https://roster.example.com (ROSTER_SERVER).")
    URI server;

    @Option(names = "--platform", required = true, description = "The platform to collect, e.g. b.")
    String platform;

    @Option(names = "--once", description = "Collect what is due now, then exit (for a scheduled task).")
    boolean once;

    @Option(
            names = "--token",
            defaultValue = "${env:ROSTER_TOKEN}",
            showDefaultValue = Visibility.NEVER,
            description = "Bearer token of an editor (ROSTER_TOKEN). Default: the sign-in roster login kept for "
                    + "--server, renewed as it expires; none for a local server without authentication.")
    String token;

    @Option(
            names = "--poll-every",
            defaultValue = "${env:ROSTER_POLL_EVERY:-PT5M}",
            description = "How long to wait when nothing is due, without --once (ROSTER_POLL_EVERY). "
                    + "Default: ${DEFAULT-VALUE}.")
    Duration poll;

    @Option(
            names = "--batch",
            defaultValue = "20",
            description = "Accounts asked for at a time (1-200). " + "Default: ${DEFAULT-VALUE}.")
    int batch;

    @Option(
            names = "--allow-root-browser",
            defaultValue = "${env:ROSTER_ALLOW_ROOT_BROWSER:-false}",
            description = "Run Chromium without its sandbox when this runs as root, which Chromium requires there: a "
                    + "page that breaks the browser would then run code as root. Without this, collecting a "
                    + "browser-read platform as root is refused; better, run as an ordinary user "
                    + "(ROSTER_ALLOW_ROOT_BROWSER).")
    boolean allowRootBrowser;

    @Mixin
    PlatformOptions platforms;

    @Mixin
    CredentialsOption credentials;

    /** Whether every setting was checked: a bad one found before is told as a plain line, as every command tells it. */
    private boolean settingsChecked;

    @Override
    public Optional<CommandLog> log() {
        return super.log().filter(started -> settingsChecked);
    }

    @Override
    public Integer call() throws Exception {
        LogFormat format = format();
        if (server == null
                || server.getHost() == null
                || !("http".equals(server.getScheme()) || "https".equals(server.getScheme()))) {
            throw new ConfigurationException(
                    "--server",
                    "must be the Roster API's address, e.g. " + "https://roster.example.com, not '" + server + "'");
        }
        if (batch < 1 || batch > 200) {
            throw new ConfigurationException("--batch must be 1-200, not " + batch);
        }
        if (poll.isNegative() || poll.isZero()) {
            throw new ConfigurationException(
                    "--poll-every", "must be a positive ISO-8601 duration such as PT5M, not " + poll);
        }
        if (token != null && (token.isBlank() || token.chars().anyMatch(Character::isWhitespace))) {
            throw new ConfigurationException("--token", "must be a bearer token (no spaces), or unset");
        }
        boolean root = RunningAsRoot.check();
        SourceSettings sourceSettings = platforms.sourceSettings(!root);
        Optional<PlatformDefinitions> givenFile =
                Optional.ofNullable(platforms.platformsFile).map(file -> platforms.load());
        CredentialsFile signIns = credentials.file();
        Clock clock = Clock.systemUTC();
        // The log starts before the server is asked for anything, as renewing a kept sign-in writes lines; the settings
        // checked by the server's platform definitions are still told as plain lines.
        CommandLog started = startLog(format, "roster.collect", clock);
        PrintWriter out = started.out();
        try (started) {
            RosterClient client = new RosterClient(
                    new SignedInExchange(
                            new JdkHttpExchange(server, Duration.ofSeconds(30)), bearer(signIns, clock, out)),
                    new JsonCodec(),
                    null);
            PlatformDefinitions definitions = givenFile.orElseGet(() -> serverDefinitions(client));
            if (!PlatformCode.isWellFormed(platform) || !definitions.sources().containsKey(PlatformCode.of(platform))) {
                throw new ConfigurationException("--platform " + platform + " has no collect section in the platform "
                        + "definitions (" + (platforms.platformsFile == null ? "the server's" : platforms.platformsFile)
                        + "): nothing says how to read its pages");
            }
            PlatformCode code = PlatformCode.of(platform);
            PlatformCollection settings = definitions.collection().get(code);
            if (root && MetricSources.anyBrowser(definitions, code::equals) && !allowRootBrowser) {
                throw new ConfigurationException(
                        "--allow-root-browser",
                        "platform " + code + " is read with Chromium, and "
                                + "this runs as root, where Chromium cannot keep its sandbox: a page that breaks the browser would "
                                + "run code as root. Run roster collect as an ordinary user, or pass --allow-root-browser to run "
                                + "Chromium without its sandbox anyway");
            }
            platforms.checkChromiumIfGiven();
            settingsChecked = true;
            try (MetricSources sources = MetricSources.start(definitions, code::equals, sourceSettings, clock)) {
                RateLimitedSource limited = new RateLimitedSource(
                        sources.byPlatform().get(code),
                        new RateLimiter(settings.ratePerMinute(), settings.concurrency(), Pace.system()));
                OfficeCollector collector =
                        new OfficeCollector(client, code, limited, settings.concurrency(), batch, clock, out);
                out.println("Collecting platform " + code + " for " + server + (once ? " (once)" : ""));
                out.flush();
                do {
                    OfficeCollector.Tally tally = collector.collectDue();
                    out.printf("%s: done for now: %d collected, %d failed%n", code, tally.collected(), tally.failed());
                    out.flush();
                    if (!once) {
                        Thread.sleep(poll.toMillis());
                    }
                } while (!once);
            }
        }
        return 0;
    }

    /** {@code --token} (or ROSTER_TOKEN) wins; else the sign-in roster login kept for the server; else none. */
    private BearerToken bearer(CredentialsFile signIns, Clock clock, PrintWriter out) {
        if (token != null) {
            return BearerToken.fixed(token);
        }
        return signIns.read(CredentialsFile.key(server))
                .<BearerToken>map(kept -> new StoredSignIn(signIns, kept, clock, out::println))
                .orElse(BearerToken.none());
    }

    /**
     * The server's own platform definitions, when no file is given, checked by the same rules as a file, so the office
     * machine needs no copy of the server's configuration.
     */
    private PlatformDefinitions serverDefinitions(RosterClient client) {
        URI from = server.resolve("/api/platforms/definitions");
        try {
            return PlatformsFile.fromServer(client.platformDefinitions(), from);
        } catch (RosterApiException refused) {
            throw new ConfigurationException(
                    "--platforms-file",
                    "is not given, and " + from + " did not hand out the server's platform definitions ("
                            + refused.getMessage().strip() + "): give a file, or --token of an editor");
        }
    }
}
