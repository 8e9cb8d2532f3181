package dev.roster.adapters.browser.rules;

import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/** Checks selectors once, at start-up, so that a rule jsoup cannot use stops the process naming its field. */
public final class Css {

    private Css() {}

    /**
     * @param field what the file calls the rule, as the message names it ({@code posts.author})
     * @throws IllegalArgumentException naming the field when {@code selector} is not CSS jsoup understands
     */
    public static void check(String field, String selector) {
        if (selector == null) {
            return;
        }
        try {
            QueryParser.parse(selector);
        } catch (Selector.SelectorParseException bad) {
            throw new IllegalArgumentException(
                    field + ": not a CSS selector: " + selector + " (" + bad.getMessage() + ")");
        }
    }

    /** Checks every selector of the post rules, each named as the file names it. */
    public static void check(PostRules rules) {
        check("posts.missing.css", rules.missingCss());
        check("posts.private.css", rules.privateCss());
        check("posts.restricted.css", rules.restrictedCss());
        check("posts.author.css", rules.author() == null ? null : rules.author().css());
    }

    /** Checks every selector of the comment rules, each named as the file names it. */
    public static void check(CommentRules rules) {
        for (String[] named : rules.selectors()) {
            check(named[0], named[1]);
        }
    }
}
