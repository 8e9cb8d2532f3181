package dev.roster.domain.influencer;

import java.text.Normalizer;
import java.util.Objects;

/**
 * An account's user name on its platform, without a leading {@code @}. Unique per platform, compared without regard to
 * letter case.
 */
public record Handle(String value) {

    public static final int MAX_LENGTH = 100;

    public Handle {
        Objects.requireNonNull(value, "handle");
        Text.requireLength("handle", value, MAX_LENGTH);
        if (value.startsWith("@")
                || value.codePoints().anyMatch(c -> Text.isSpace(c) || Character.isISOControl(c))
                || !Normalizer.isNormalized(value, Normalizer.Form.NFC)) {
            throw new IllegalArgumentException("handle must be NFC text without spaces or a leading '@': " + value);
        }
    }

    /** The handle {@code text} names: trimmed, without a leading {@code @}. */
    public static Handle of(String text) {
        String trimmed = Text.strip(Normalizer.normalize(Objects.requireNonNull(text, "handle"), Normalizer.Form.NFC));
        return new Handle(trimmed.startsWith("@") ? trimmed.substring(1) : trimmed);
    }

    /** What handles are compared by: {@code Minji} and {@code minji} are the same account. */
    public String key() {
        return Text.caseKey(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
