package dev.roster.adapters.browser.rules;

import dev.roster.application.port.PostOutcome;

/** What both sources answer for comments when the platform's definition has no {@code comments:} rules. */
public final class CommentReaders {

    public static final PostOutcome NO_RULES = new PostOutcome.Unknown(
            "the platform's definition has no comments: " + "rules, so its comments cannot be read");

    private CommentReaders() {}
}
