package dev.roster.adapters.browser.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How to read one platform's post pages ({@code posts:} in the platform definitions): what says a post is gone,
 * private or behind a login, and where its author is. Every selector is CSS: both sources read the page as HTML.
 *
 * @param missingStatus HTTP statuses that mean the post is deleted (404 and 410 unless the file says otherwise)
 * @param missingCss    selector of a "this post was deleted" notice, or {@code null}
 * @param privateCss    selector of a "this post (or account) is private" notice, or {@code null}
 * @param restrictedCss selector of a login wall or age check, or {@code null}
 * @param author        where the post's author's profile URL is, or {@code null}
 */
public record PostRules(
        Set<Integer> missingStatus, String missingCss, String privateCss, String restrictedCss, TextRule author) {

    public static final Set<Integer> DEFAULT_MISSING_STATUS = Set.of(404, 410);

    public PostRules {
        missingStatus = Set.copyOf(Objects.requireNonNullElse(missingStatus, DEFAULT_MISSING_STATUS));
    }

    /** Every selector whose appearance means a post page is ready to read. */
    public List<String> readySelectors() {
        List<String> ready = new ArrayList<>();
        for (String css : new String[] {missingCss, privateCss, restrictedCss, author == null ? null : author.css()}) {
            if (css != null) {
                ready.add(css);
            }
        }
        return List.copyOf(ready);
    }
}
