package dev.roster.adapters.browser.rules;

/**
 * What staff see of a page that matched no rule: the start of its text (never its markup), whitespace collapsed, cut
 * to {@value #MAX_CHARACTERS} characters, with markup characters escaped as HTML entities and invisible or control
 * characters (bidi overrides, zero-width marks) spelled out as {@code \}{@code u{XXXX}}, so that whatever a page holds
 * shows as inert text wherever the reason is shown.
 */
public final class Excerpt {

    public static final int MAX_CHARACTERS = 200;

    private Excerpt() {}

    public static String of(String text) {
        String collapsed =
                text == null ? "" : text.replaceAll("[\\s\\p{Z}]+", " ").strip();
        StringBuilder excerpt = new StringBuilder();
        int kept = 0;
        for (int i = 0; i < collapsed.length() && kept < MAX_CHARACTERS; kept++) {
            int character = collapsed.codePointAt(i);
            i += Character.charCount(character);
            switch (character) {
                case '<' -> excerpt.append("&lt;");
                case '>' -> excerpt.append("&gt;");
                case '&' -> excerpt.append("&amp;");
                case '"' -> excerpt.append("&quot;");
                case '\'' -> excerpt.append("&#39;");
                default -> {
                    if (visible(character)) {
                        excerpt.appendCodePoint(character);
                    } else {
                        excerpt.append(String.format("\\u{%04X}", character));
                    }
                }
            }
        }
        if (collapsed.codePointCount(0, collapsed.length()) > MAX_CHARACTERS) {
            excerpt.append('…');
        }
        return excerpt.toString();
    }

    private static boolean visible(int character) {
        int type = Character.getType(character);
        return type != Character.CONTROL
                && type != Character.FORMAT
                && type != Character.PRIVATE_USE
                && type != Character.SURROGATE
                && type != Character.UNASSIGNED;
    }
}
