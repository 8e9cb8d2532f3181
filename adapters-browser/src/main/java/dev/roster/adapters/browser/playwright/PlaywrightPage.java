package dev.roster.adapters.browser.playwright;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.roster.adapters.browser.rules.RenderedPage;
import java.util.Optional;

/** A live page in Chromium, read with Playwright locators (CSS or any Playwright selector). */
public final class PlaywrightPage implements RenderedPage {

    private final Page page;

    public PlaywrightPage(Page page) {
        this.page = page;
    }

    @Override
    public Optional<String> text(String selector) {
        Locator found = page.locator(selector);
        return found.count() == 0
                ? Optional.empty()
                : Optional.ofNullable(found.first().textContent());
    }

    @Override
    public String visibleText() {
        Object text = page.evaluate("() => document.body ? document.body.innerText : ''");
        return text == null ? "" : text.toString();
    }
}
