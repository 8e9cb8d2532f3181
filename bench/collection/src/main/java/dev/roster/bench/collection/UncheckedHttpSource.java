package dev.roster.bench.collection;

import dev.roster.adapters.browser.rules.PageReader;
import dev.roster.adapters.browser.rules.RenderedPage;
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
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The http source as it was before issue 14, kept here only as the baseline the checked one is measured against:
 * the JDK's client following redirects by itself, no check of URL or address, no cap on the body. Never use it to
 * collect: it fetches whatever a profile URL or a redirect names.
 */
final class UncheckedHttpSource implements MetricSource {

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final PageReader reader;
    private final Clock clock;

    UncheckedHttpSource(PageReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    @Override
    public CollectionOutcome collect(CollectionTarget target) {
        HttpResponse<byte[]> response;
        try {
            response = client.send(
                    HttpRequest.newBuilder(target.profileUrl())
                            .timeout(Duration.ofSeconds(10))
                            .header("Accept", "text/html")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException failed) {
            return new CollectionOutcome.TransientFailure("could not fetch");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new CollectionOutcome.TransientFailure("interrupted");
        }
        Instant at = clock.instant();
        CollectionOutcome byStatus = StatusOutcomes.of(
                response.statusCode(),
                response.headers().firstValue("Retry-After").orElse(null),
                at);
        if (byStatus != null) {
            return byStatus;
        }
        try {
            Document document = Jsoup.parse(
                    new ByteArrayInputStream(response.body()),
                    null,
                    target.profileUrl().toString());
            return reader.read(
                    new RenderedPage() {
                        @Override
                        public Optional<String> text(String selector) {
                            return Optional.ofNullable(document.selectFirst(selector))
                                    .map(Element::text);
                        }

                        @Override
                        public String visibleText() {
                            return document.text();
                        }
                    },
                    at);
        } catch (IOException unreadable) {
            return new CollectionOutcome.TransientFailure("could not read the page");
        }
    }
}
