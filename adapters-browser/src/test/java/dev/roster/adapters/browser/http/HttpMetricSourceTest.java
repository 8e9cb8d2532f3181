package dev.roster.adapters.browser.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.adapters.browser.FakePlatformSite;
import dev.roster.adapters.browser.MetricSourceContract;
import dev.roster.adapters.browser.fetch.PageFetcher;
import dev.roster.adapters.browser.rules.MetricRule;
import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.adapters.browser.rules.PageRules;
import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.port.MetricSource;
import dev.roster.domain.platform.MetricName;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HttpMetricSourceTest extends MetricSourceContract {

    private PageFetcher fetcher;

    @Override
    protected MetricSource start() {
        fetcher = site.fetcher(Duration.ofSeconds(5));
        return source(FakePlatformSite.RULES);
    }

    @Override
    protected void stop() {
        fetcher.close();
    }

    @Test
    void cannotSeeFiguresThatOnlyJavaScriptDraws() {
        assertThat(collect(site.profile("scripted"))).isInstanceOf(CollectionOutcome.PageChanged.class);
    }

    @Test
    void refusesASelectorThatIsNotCssNamingTheMetric() {
        assertThatThrownBy(() ->
                        source(new PageRules(List.of(new MetricRule(MetricName.FOLLOWERS, "div[[", null)), null, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("followers");
    }

    private HttpMetricSource source(PageRules rules) {
        return new HttpMetricSource(fetcher, new PageReader(rules), Clock.systemUTC());
    }
}
