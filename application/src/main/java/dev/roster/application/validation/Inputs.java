package dev.roster.application.validation;

import dev.roster.domain.influencer.Text;

/** How commands tidy what they are given before it is checked: padding is never meant. */
public final class Inputs {

    private Inputs() {}

    /** {@code text} without leading and trailing spaces of any kind; {@code null} stays {@code null}. */
    public static String trim(String text) {
        return text == null ? null : Text.strip(text);
    }

    /** {@code text} trimmed, or {@code null} when nothing is left: for optional fields of new records. */
    public static String trimToNull(String text) {
        String trimmed = trim(text);
        return trimmed == null || trimmed.isEmpty() ? null : trimmed;
    }
}
