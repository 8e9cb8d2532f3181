package dev.roster.adapters.browser.http;

import dev.roster.adapters.browser.rules.RenderedPage;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A fetched page parsed by jsoup, read with CSS selectors. */
final class JsoupPage implements RenderedPage {

    private final Document document;

    JsoupPage(Document document) {
        this.document = document;
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
