package dev.roster.adapters.browser.playwright;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.adapters.browser.FakePlatformSite;
import dev.roster.adapters.browser.PostSourceContract;
import dev.roster.adapters.browser.fetch.PageFetcher;
import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.adapters.browser.rules.PostReader;
import dev.roster.application.port.PostOutcome;
import dev.roster.application.port.PostSource;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Posts read by the machine's real Chromium (Debian's {@code chromium}), every request through the fetcher. */
class BrowserPostSourceTest extends PostSourceContract {

    private BrowserMetricSource browser;
    private PageFetcher fetcher;

    @Override
    protected PostSource start() {
        fetcher = site.fetcher(Duration.ofSeconds(3));
        browser = BrowserMetricSource.start(
                BrowserSettings.debian(2).withTimeout(Duration.ofSeconds(3)),
                new PageReader(FakePlatformSite.RULES),
                fetcher,
                Clock.systemUTC());
        return browser.posts(new PostReader(FakePlatformSite.POST_RULES), FakePlatformSite.commentReader());
    }

    @Override
    protected void stop() {
        browser.close();
        fetcher.close();
    }

    @Test
    void waitsForAnAuthorDrawnByJavaScript() {
        assertThat(source.check(site.post("scripted"))).isEqualTo(new PostOutcome.Live(site.profile("plain")));
    }
}
