package dev.roster.adapters.browser.playwright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.adapters.browser.FakePlatformSite;
import dev.roster.adapters.browser.InternalServer;
import dev.roster.adapters.browser.MetricSourceContract;
import dev.roster.adapters.browser.fetch.PageFetcher;
import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.port.MetricSource;
import dev.roster.domain.platform.MetricName;
import java.net.URI;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The browser source driving the machine's real Chromium (Debian's {@code chromium}); fails where it is missing. */
class BrowserMetricSourceTest extends MetricSourceContract {

    private BrowserMetricSource browser;
    private PageFetcher fetcher;

    @Override
    protected MetricSource start() {
        fetcher = site.fetcher(Duration.ofSeconds(3));
        // ROSTER_CHROMIUM, as every test honours it: another Chromium than Debian's, e.g. on macOS.
        BrowserSettings debian = BrowserSettings.debian(2);
        BrowserSettings chromium = new BrowserSettings(
                Paths.get(System.getenv()
                        .getOrDefault("ROSTER_CHROMIUM", debian.executable().toString())),
                Duration.ofSeconds(3),
                2,
                debian.userAgent(),
                debian.sandbox());
        browser =
                BrowserMetricSource.start(chromium, new PageReader(FakePlatformSite.RULES), fetcher, Clock.systemUTC());
        return browser;
    }

    @Override
    protected void stop() {
        browser.close();
        fetcher.close();
    }

    @Test
    void aPageReachesNothingTheFetcherRefusesWhateverWayItAsks() throws Exception {
        try (InternalServer internal = InternalServer.start()) {
            // Allowed for this platform (loopback, any port) but for the host name: only 127.0.0.1 is on its hosts.
            CollectionOutcome outcome = collect(site.nosyProfile(internal.url("localhost")));

            assertThat(outcome)
                    .isInstanceOfSatisfying(
                            CollectionOutcome.Collected.class,
                            collected -> assertThat(collected.reading().value(MetricName.FOLLOWERS))
                                    .contains(1_234L));
            assertThat(internal.requests())
                    .as("requests that reached the internal server")
                    .isZero();
        }
    }

    @Test
    void aPageCannotReachAnAddressByItsNumberEitherThroughTheProxyChromiumIsGiven() throws Exception {
        try (InternalServer internal = InternalServer.startOn("127.0.0.2")) {
            CollectionOutcome outcome = collect(site.nosyProfile(internal.url()));

            assertThat(outcome).isInstanceOf(CollectionOutcome.Collected.class);
            assertThat(internal.requests()).isZero();
        }
    }

    @Test
    void waitsForTheNumberWhereAPlaceholderStoodFirst() {
        for (int read = 0; read < 3; read++) {
            assertThat(followers(collect(site.profile("placeholder")))).isEqualTo(4_321);
        }
    }

    @Test
    void followsARedirectOnThePlatformsHosts() {
        assertThat(followers(collect(site.redirectTo(site.profile("plain"))))).isEqualTo(1_234);
    }

    @Test
    void aRefusedNavigationSaysSoPlainly() {
        assertThat(collect(site.redirectTo(URI.create("http://169.254.169.254/latest/meta-data/"))))
                .isInstanceOfSatisfying(
                        CollectionOutcome.Refused.class,
                        refused -> assertThat(refused.reason())
                                .doesNotContain("169.254")
                                .doesNotContain("net::"));
    }

    @Test
    void chromiumKeepsItsSandboxUnlessThisProcessRunsAsRoot() {
        assertThat(BrowserSettings.debian(1).sandbox()).isEqualTo(!RunningAsRoot.check());
        assertThat(BrowserSettings.debian(1).args(1))
                .doesNotContain("--no-sandbox")
                .contains("--proxy-server=http://127.0.0.1:1", "--host-resolver-rules=MAP * ~NOTFOUND");
    }

    @Test
    void readsFiguresThatJavaScriptDraws() {
        assertThat(collect(site.profile("scripted")))
                .isInstanceOfSatisfying(CollectionOutcome.Collected.class, collected -> {
                    assertThat(collected.reading().value(MetricName.FOLLOWERS)).contains(8_800L);
                    assertThat(collected.reading().value(MetricName.DAILY_VISITORS))
                            .contains(777L);
                });
    }

    @Test
    void aReusedPageNeverShowsTheLastAccountsFigures() {
        List<CollectionOutcome> inTurn = new ArrayList<>();
        for (String handle : List.of("scripted", "private", "user1", "changed", "plain", "nobody", "user22")) {
            inTurn.add(collect(site.profile(handle)));
        }

        assertThat(inTurn.get(0)).isInstanceOf(CollectionOutcome.Collected.class);
        assertThat(inTurn.get(1)).isInstanceOf(CollectionOutcome.AccountPrivate.class);
        assertThat(followers(inTurn.get(2))).isEqualTo(500);
        assertThat(inTurn.get(3)).isInstanceOf(CollectionOutcome.PageChanged.class);
        assertThat(followers(inTurn.get(4))).isEqualTo(1_234);
        assertThat(inTurn.get(5)).isInstanceOf(CollectionOutcome.AccountMissing.class);
        assertThat(followers(inTurn.get(6))).isEqualTo(600);
    }

    @Test
    void readsPagesOnSeveralBrowsersAtOnce() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<CollectionOutcome>> outcomes = new ArrayList<>();
            for (String handle : List.of("plain", "kilo", "mega", "man", "user1", "user22")) {
                outcomes.add(callers.submit(() -> collect(site.profile(handle))));
            }
            for (Future<CollectionOutcome> outcome : outcomes) {
                assertThat(outcome.get()).isInstanceOf(CollectionOutcome.Collected.class);
            }
        } finally {
            callers.shutdownNow();
        }
    }

    private static long followers(CollectionOutcome outcome) {
        assertThat(outcome).isInstanceOf(CollectionOutcome.Collected.class);
        return ((CollectionOutcome.Collected) outcome)
                .reading()
                .value(MetricName.FOLLOWERS)
                .orElseThrow();
    }

    @Test
    void saysWhyWhenChromiumCannotBeStarted() {
        BrowserSettings nowhere =
                new BrowserSettings(Paths.get("/nonexistent/chromium"), Duration.ofSeconds(5), 1, "Roster test", false);

        assertThatThrownBy(() -> BrowserMetricSource.start(
                        nowhere, new PageReader(FakePlatformSite.RULES), fetcher, Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nonexistent");
    }
}
