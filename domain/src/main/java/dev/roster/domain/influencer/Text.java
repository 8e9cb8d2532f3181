package dev.roster.domain.influencer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The canonical forms of text that identifies people and accounts. "Space" here is every Unicode space, including the
 * full-width space (U+3000) that Korean keyboards type and the no-break space that pasted text carries.
 */
public final class Text {

    private static final Pattern SPACE_RUNS = Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);

    private Text() {}

    /** NFC, without spaces at either end, each run of spaces inside folded to one ASCII space. */
    public static String canonical(String text) {
        return isPlainlyCanonical(text) ? text : canonicalTheFullWay(text);
    }

    /** What {@link #canonical} does to text it cannot quickly tell is canonical already. */
    static String canonicalTheFullWay(String text) {
        return strip(SPACE_RUNS
                .matcher(Normalizer.normalize(text, Normalizer.Form.NFC))
                .replaceAll(" "));
    }

    /**
     * Whether {@code text} is canonical for a reason quick to see: printable ASCII and precomposed Hangul (both
     * unchanged by NFC) with single ASCII spaces between words. Names read back from a store, already canonical, take
     * this path, 100,000 of them in an export; anything else goes the full way.
     */
    private static boolean isPlainlyCanonical(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == length - 1 || text.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (!(c > ' ' && c < 0x7F || c >= '\uAC00' && c <= '\uD7A3')) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} cut to at most {@code max} chars, never through the middle of a character (a surrogate pair). */
    public static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }

    /** {@code text} without spaces at either end. */
    public static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /**
     * What text is compared by when letter case does not matter: lower case by {@link Locale#ROOT}, then NFC again, so
     * that a capital with a combining mark and its small form give the same key.
     */
    public static String caseKey(String text) {
        return Normalizer.normalize(
                Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    public static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    static void requireLength(String what, String text, int max) {
        if (text.isBlank() || text.length() > max) {
            throw new IllegalArgumentException(what + " must be 1-" + max + " characters, not blank");
        }
    }
}
