package dev.roster.adapters.browser.http;

import dev.roster.adapters.browser.fetch.Fetched;
import dev.roster.adapters.browser.rules.RenderedPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A fetched page parsed by jsoup, read with CSS selectors. */
final class JsoupPage implements RenderedPage {

    private final Document document;

    JsoupPage(Document document) {
        this.document = document;
    }

    /** The page's HTML parsed; no charset given, jsoup takes it from the meta tag or a byte-order mark, else UTF-8. */
    static Document parse(Fetched.Page page) throws IOException {
        return Jsoup.parse(
                new ByteArrayInputStream(page.body()), null, page.url().toString());
    }

    @Override
    public Optional<String> text(String selector) {
        return Optional.ofNullable(document.selectFirst(selector)).map(Element::text);
    }

    @Override
    public String visibleText() {
        return document.body() != null ? document.body().text() : document.text();
    }
}
