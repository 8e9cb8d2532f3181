package dev.roster.adapters.browser.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to read one platform's comments ({@code comments:} in the platform definitions): one element per comment, and
 * within it the commenter's profile URL, the text and (optionally) the time; the link to the next page.
 *
 * @param item     selector of one comment's element
 * @param time     {@code null} when the page shows no time
 * @param next     where the link to the next page is, or {@code null} when comments come on one page
 * @param maxPages the most pages of one post read; a longer thread is cut there (and said to be)
 */
public record CommentRules(String item, TextRule author, TextRule text, TextRule time, TextRule next, int maxPages) {

    public static final int DEFAULT_MAX_PAGES = 20;

    public CommentRules {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(text, "text");
        if (maxPages < 1) {
            throw new IllegalArgumentException("maxPages must be at least 1: " + maxPages);
        }
    }

    /** Every selector, each named as the file names it, for {@link Css#check}. */
    List<String[]> selectors() {
        List<String[]> all = new ArrayList<>();
        all.add(new String[] {"comments.item", item});
        all.add(new String[] {"comments.author.css", author.css()});
        all.add(new String[] {"comments.text.css", text.css()});
        all.add(new String[] {"comments.time.css", time == null ? null : time.css()});
        all.add(new String[] {"comments.next.css", next == null ? null : next.css()});
        return all;
    }
}
