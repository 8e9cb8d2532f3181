package dev.roster.adapters.browser.playwright;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.adapters.browser.FakePlatformSite;
import dev.roster.adapters.browser.MetricSourceContract;
import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.port.MetricSource;
import dev.roster.domain.platform.MetricName;
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

    @Override
    protected MetricSource start() {
        browser = BrowserMetricSource.start(BrowserSettings.debian(2).withTimeout(Duration.ofSeconds(3)),
                new PageReader(FakePlatformSite.RULES), Clock.systemUTC());
        return browser;
    }

    @Override
    protected void stop() {
        browser.close();
    }

    @Test
    void readsFiguresThatJavaScriptDraws() {
        assertThat(collect(site.profile("scripted"))).isInstanceOfSatisfying(CollectionOutcome.Collected.class,
                collected -> {
                    assertThat(collected.reading().value(MetricName.FOLLOWERS)).contains(8_800L);
                    assertThat(collected.reading().value(MetricName.DAILY_VISITORS)).contains(777L);
                });
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

    @Test
    void saysWhyWhenChromiumCannotBeStarted() {
        BrowserSettings nowhere = new BrowserSettings(Paths.get("/nonexistent/chromium"), Duration.ofSeconds(5), 1,
                "Roster test");

        assertThatThrownBy(() -> BrowserMetricSource.start(nowhere, new PageReader(FakePlatformSite.RULES),
                Clock.systemUTC())).isInstanceOf(IllegalStateException.class).hasMessageContaining("/nonexistent");
    }
}
