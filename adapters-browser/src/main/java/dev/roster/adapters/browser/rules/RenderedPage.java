package dev.roster.adapters.browser.rules;

import java.util.Optional;

/** A profile page as far as the rules need it, however it was fetched: parsed HTML, or a live browser page. */
public interface RenderedPage {

    /** The text of the first element {@code selector} finds, or empty when it finds none. */
    Optional<String> text(String selector);

    /** The page's text as a reader sees it, without markup; its start shows staff what changed. */
    String visibleText();
}
