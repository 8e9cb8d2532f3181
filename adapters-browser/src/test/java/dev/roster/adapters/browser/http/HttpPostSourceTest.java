package dev.roster.adapters.browser.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.adapters.browser.FakePlatformSite;
import dev.roster.adapters.browser.PostSourceContract;
import dev.roster.adapters.browser.fetch.PageFetcher;
import dev.roster.adapters.browser.rules.PostReader;
import dev.roster.adapters.browser.rules.PostRules;
import dev.roster.adapters.browser.rules.TextRule;
import dev.roster.application.port.PostOutcome;
import dev.roster.application.port.PostSource;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HttpPostSourceTest extends PostSourceContract {

    private PageFetcher fetcher;

    @Override
    protected PostSource start() {
        fetcher = site.fetcher(Duration.ofSeconds(3));
        return new HttpPostSource(
                fetcher,
                new PostReader(FakePlatformSite.POST_RULES),
                FakePlatformSite.commentReader(),
                Clock.systemUTC());
    }

    @Override
    protected void stop() {
        fetcher.close();
    }

    @Test
    void cannotSeeAnAuthorOnlyJavaScriptDraws() {
        assertThat(source.check(site.post("scripted"))).isInstanceOf(PostOutcome.Unknown.class);
    }

    @Test
    void refusesASelectorThatIsNotCssNamingTheRule() {
        assertThatThrownBy(() -> new HttpPostSource(
                        fetcher,
                        new PostReader(new PostRules(null, null, "div[[", null, TextRule.text("a"))),
                        null,
                        Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("posts.private.css");
    }
}
