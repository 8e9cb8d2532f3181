package dev.roster.adapters.postgres.mapping;

import java.util.Arrays;

/**
 * The characters and bigrams of searched text, as the {@code integer} codes the search index holds. A field contains a
 * query of two or more characters only if its codes include all of the query's bigrams, and a one-character query only
 * if they include that character; the index finds those rows, {@code strpos} then confirms each. A pair of adjacent
 * code points {@code (a, b)} is {@code a * 0x110000 + b} folded to 32 bits, a single character is its code point
 * ({@code < 0x110000}): pairs of characters below U+0800 (Latin, Greek, Cyrillic...) and pairs of Hangul syllables
 * never share a code, with each other or with a Latin or Hangul character, and a rare shared code only lets the index
 * propose a row that {@code strpos} then drops.
 *
 * <p>Why a row also holds its characters (V6): staff search as they type, so the first keystroke is a one-character
 * query, and a Korean surname is one syllable. Without the characters nothing but the sort order's index served such
 * a query, and one that no account holds ({@code ß}) read the whole platform (~100 ms on 75,000 accounts). Why not its
 * ASCII characters: handles and emails are made of them, so they would double a row's codes (~19 to ~37: every write
 * of the GIN index twice the work) for queries that need no index: each ASCII letter, digit and {@code @ . _} is in a
 * large share of the roster, so walking the order fills a page at once. A one-character ASCII query therefore has no
 * code ({@link #query}) and walks.
 */
public final class SearchGrams {

    private static final long CODE_POINTS = 0x110000L;
    /** Characters below this are not stored: see the class comment. */
    private static final int ASCII = 0x80;

    private SearchGrams() {}

    /** The distinct bigram codes of every non-null text, in ascending order. */
    public static int[] of(String... texts) {
        return codes(false, texts);
    }

    /** What a row stores for its fields: the distinct codes of every bigram and every non-ASCII character, ascending. */
    public static int[] stored(String... texts) {
        return codes(true, texts);
    }

    /**
     * The codes a row must all hold to contain {@code text}: its bigrams, or for one non-ASCII character that character;
     * none for one ASCII character (rows do not store those) or empty text.
     */
    public static int[] query(String text) {
        if (text.codePointCount(0, text.length()) != 1) {
            return of(text);
        }
        int character = text.codePointAt(0);
        return character < ASCII ? new int[0] : new int[] {character};
    }

    private static int[] codes(boolean characters, String... texts) {
        int capacity = 0;
        for (String text : texts) {
            capacity += text == null ? 0 : (characters ? 2 : 1) * text.length();
        }
        // Written for the bulk path, where this runs for every account: no streams, no boxing.
        int[] codes = new int[capacity];
        int count = 0;
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            int previous = -1;
            for (int i = 0; i < text.length(); ) {
                int point = text.codePointAt(i);
                if (characters && point >= ASCII) {
                    codes[count++] = point;
                }
                if (previous >= 0) {
                    long pair = previous * CODE_POINTS + point;
                    codes[count++] = (int) (pair ^ (pair >>> 32));
                }
                previous = point;
                i += Character.charCount(point);
            }
        }
        Arrays.sort(codes, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (distinct == 0 || codes[distinct - 1] != codes[i]) {
                codes[distinct++] = codes[i];
            }
        }
        return Arrays.copyOf(codes, distinct);
    }

    /** The codes as a PostgreSQL array literal, for a {@code ?::integer[]} parameter. */
    public static String literal(int[] codes) {
        StringBuilder literal = new StringBuilder(codes.length * 12 + 2).append('{');
        for (int i = 0; i < codes.length; i++) {
            literal.append(i == 0 ? "" : ",").append(codes[i]);
        }
        return literal.append('}').toString();
    }
}
