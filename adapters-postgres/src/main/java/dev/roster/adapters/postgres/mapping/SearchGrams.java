package dev.roster.adapters.postgres.mapping;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The bigrams of searched text, as the {@code bigint} codes the search index holds: a pair of adjacent code points
 * {@code (a, b)} is {@code a * 0x110000 + b}, so no two pairs share a code. A field contains a query of two or more
 * characters only if its bigrams include all of the query's; the index finds those rows, {@code strpos} confirms them.
 */
public final class SearchGrams {

    private static final long CODE_POINTS = 0x110000L;

    private SearchGrams() {
    }

    /** The distinct bigram codes of every non-null text, in ascending order. */
    public static long[] of(String... texts) {
        return Arrays.stream(texts)
                .filter(text -> text != null)
                .flatMapToLong(text -> {
                    int[] points = text.codePoints().toArray();
                    long[] codes = new long[Math.max(0, points.length - 1)];
                    for (int i = 0; i + 1 < points.length; i++) {
                        codes[i] = points[i] * CODE_POINTS + points[i + 1];
                    }
                    return Arrays.stream(codes);
                })
                .distinct()
                .sorted()
                .toArray();
    }

    /** The codes as a PostgreSQL array literal, for a {@code ?::bigint[]} parameter. */
    public static String literal(long[] codes) {
        return Arrays.stream(codes).mapToObj(Long::toString).collect(Collectors.joining(",", "{", "}"));
    }
}
