package dev.roster.adapters.browser.http;

import dev.roster.adapters.browser.fetch.Fetched;
import dev.roster.adapters.browser.fetch.PageFetcher;
import dev.roster.adapters.browser.rules.Css;
import dev.roster.adapters.browser.rules.MetricRule;
import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.adapters.browser.rules.StatusOutcomes;
import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.port.CollectionTarget;
import dev.roster.application.port.MetricSource;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The {@code http} metric source: fetches the profile page through the platform's {@link PageFetcher} (which fetches
 * only what the platform's hosts and the address rules allow) and reads it with the platform's CSS rules (jsoup). For
 * pages that show their figures without JavaScript; cheap enough for thousands of accounts.
 */
public final class HttpMetricSource implements MetricSource {

    private static final Map<String, String> ACCEPT_HTML = Map.of("Accept", "text/html");

    private final PageFetcher fetcher;
    private final PageReader reader;
    private final Clock clock;

    /**
     * @param fetcher the platform's, shared by every request (it pools connections)
     * @throws IllegalArgumentException naming the metric whose selector is not CSS jsoup understands
     */
    public HttpMetricSource(PageFetcher fetcher, PageReader reader, Clock clock) {
        for (MetricRule rule : reader.rules().metrics()) {
            Css.check(rule.metric().value(), rule.selector());
        }
        Css.check("privateWhen", reader.rules().privateWhen());
        Css.check("missingWhen", reader.rules().missingWhen());
        this.fetcher = fetcher;
        this.reader = reader;
        this.clock = clock;
    }

    @Override
    public CollectionOutcome collect(CollectionTarget target) {
        Fetched fetched = fetcher.followRedirects(target.profileUrl(), ACCEPT_HTML);
        if (fetched instanceof Fetched.Refused refused) {
            return new CollectionOutcome.Refused(refused.reason());
        }
        if (fetched instanceof Fetched.Failed failed) {
            return new CollectionOutcome.TransientFailure(failed.reason());
        }
        Fetched.Page page = (Fetched.Page) fetched;
        Instant at = clock.instant();
        CollectionOutcome byStatus =
                StatusOutcomes.of(page.status(), page.header("Retry-After").orElse(null), at);
        if (byStatus != null) {
            return byStatus;
        }
        try {
            return reader.read(new JsoupPage(JsoupPage.parse(page)), at);
        } catch (IOException unreadable) {
            return new CollectionOutcome.TransientFailure("could not read the page");
        }
    }
}
