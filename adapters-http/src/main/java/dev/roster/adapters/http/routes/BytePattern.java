package dev.roster.adapters.http.routes;

/**
 * A byte sequence to find in a body, found in time linear in the bytes searched whatever they hold (Knuth-Morris-
 * Pratt): a body of near-matches cannot make the search compare each byte again and again.
 */
final class BytePattern {

    private final byte[] needle;
    /** For each prefix of the needle, the length of its longest proper prefix that is also its suffix. */
    private final int[] fallback;

    private long steps;

    BytePattern(byte[] needle) {
        if (needle.length == 0) {
            throw new IllegalArgumentException("an empty pattern matches everywhere");
        }
        this.needle = needle.clone();
        this.fallback = new int[needle.length];
        for (int i = 1, k = 0; i < needle.length; i++) {
            while (k > 0 && needle[i] != needle[k]) {
                k = fallback[k - 1];
            }
            if (needle[i] == needle[k]) {
                k++;
            }
            fallback[i] = k;
        }
    }

    int length() {
        return needle.length;
    }

    /** Where the pattern first starts in {@code haystack[from, to)}, or -1. */
    int indexIn(byte[] haystack, int from, int to) {
        int end = Math.min(to, haystack.length);
        int matched = 0;
        for (int i = Math.max(from, 0); i < end; i++) {
            while (matched > 0 && haystack[i] != needle[matched]) {
                matched = fallback[matched - 1];
                steps++;
            }
            steps++;
            if (haystack[i] == needle[matched]) {
                matched++;
                if (matched == needle.length) {
                    return i - needle.length + 1;
                }
            }
        }
        return -1;
    }

    /** Byte comparisons made so far: at most twice the bytes searched (what the linearity test counts). */
    long steps() {
        return steps;
    }
}
