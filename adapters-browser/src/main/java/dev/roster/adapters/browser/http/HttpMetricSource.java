package dev.roster.adapters.browser.http;

import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.adapters.browser.rules.MetricRule;
import dev.roster.adapters.browser.rules.StatusOutcomes;
import dev.roster.application.port.CollectionOutcome;
import dev.roster.application.port.CollectionTarget;
import dev.roster.application.port.MetricSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * The {@code http} metric source: fetches the profile page with the JDK's HTTP client and reads it with the platform's
 * CSS rules (jsoup). For pages that show their figures without JavaScript; cheap enough for thousands of accounts.
 */
public final class HttpMetricSource implements MetricSource {

    private final HttpClient client;
    private final PageReader reader;
    private final Clock clock;
    private final Duration timeout;
    private final String userAgent;

    /**
     * @param client    shared by every request (it pools connections); build it once
     * @param userAgent what the requests say they are
     * @throws IllegalArgumentException naming the metric whose selector is not CSS jsoup understands
     */
    public HttpMetricSource(HttpClient client, PageReader reader, Clock clock, Duration timeout, String userAgent) {
        for (MetricRule rule : reader.rules().metrics()) {
            checkCss(rule.metric().value(), rule.selector());
        }
        checkCss("privateWhen", reader.rules().privateWhen());
        checkCss("missingWhen", reader.rules().missingWhen());
        this.client = client;
        this.reader = reader;
        this.clock = clock;
        this.timeout = timeout;
        this.userAgent = userAgent;
    }

    /** A client that follows redirects (profiles move) and gives up connecting after {@code timeout}. */
    public static HttpClient client(Duration timeout) {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(timeout).build();
    }

    @Override
    public CollectionOutcome collect(CollectionTarget target) {
        HttpRequest request = HttpRequest.newBuilder(target.profileUrl()).timeout(timeout)
                .header("User-Agent", userAgent).header("Accept", "text/html").GET().build();
        HttpResponse<byte[]> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException failed) {
            return new CollectionOutcome.TransientFailure("could not fetch " + target.profileUrl() + ": " + failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new CollectionOutcome.TransientFailure("interrupted while fetching " + target.profileUrl());
        }
        Instant at = clock.instant();
        CollectionOutcome byStatus = StatusOutcomes.of(response.statusCode(),
                response.headers().firstValue("Retry-After").orElse(null), at);
        if (byStatus != null) {
            return byStatus;
        }
        try {
            // No charset given: jsoup takes it from the Content-Type meta or a byte-order mark, UTF-8 otherwise.
            return reader.read(new JsoupPage(Jsoup.parse(new ByteArrayInputStream(response.body()), null,
                    target.profileUrl().toString())), at);
        } catch (IOException unreadable) {
            return new CollectionOutcome.TransientFailure("could not read the page: " + unreadable);
        }
    }

    private static void checkCss(String field, String selector) {
        if (selector == null) {
            return;
        }
        try {
            QueryParser.parse(selector);
        } catch (Selector.SelectorParseException bad) {
            throw new IllegalArgumentException(field + ": not a CSS selector: " + selector + " (" + bad.getMessage()
                    + ")");
        }
    }
}
