package dev.roster.adapters.browser.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a count the way platforms display it: {@code 1,234}, {@code 12.3K}, {@code 1.2M}, {@code 2B}, and the Korean
 * units {@code 3.4천} (thousand), {@code 1.2만} (ten thousand), {@code 1.5억} (hundred million). The first number in
 * the text is read; a figure shown rounded ({@code 12.3K}) is as exact as the platform showed it.
 */
public final class DisplayedNumbers {

    // Digits with separators, then an optional unit (a Latin one not starting a word: "12 Kudos" is 12), and nothing
    // after that continues the number.
    private static final Pattern NUMBER =
            Pattern.compile("(\\d[\\d,.]*?)\\s*(?:([KkMmBb])(?![A-Za-z])|([천만억]))?(?!\\d)(?![,.]\\d)");
    private static final Map<String, BigDecimal> UNITS = Map.of(
            "k",
            BigDecimal.valueOf(1_000),
            "m",
            BigDecimal.valueOf(1_000_000),
            "b",
            BigDecimal.valueOf(1_000_000_000),
            "천",
            BigDecimal.valueOf(1_000),
            "만",
            BigDecimal.valueOf(10_000),
            "억",
            BigDecimal.valueOf(100_000_000));

    private DisplayedNumbers() {}

    /** The count the text shows, or empty when it shows none. */
    public static OptionalLong parse(String text) {
        if (text == null) {
            return OptionalLong.empty();
        }
        Matcher match = NUMBER.matcher(text);
        if (!match.find()) {
            return OptionalLong.empty();
        }
        String digits = match.group(1);
        String unit = match.group(2) != null ? match.group(2) : match.group(3);
        try {
            if (unit == null) {
                // Without a unit a count is whole: '.' and ',' can only group thousands (1,234 or 1.234).
                return OptionalLong.of(Long.parseLong(digits.replace(",", "").replace(".", "")));
            }
            BigDecimal value = new BigDecimal(digits.replace(",", ""))
                    .multiply(UNITS.get(unit.toLowerCase(java.util.Locale.ROOT)));
            return OptionalLong.of(value.setScale(0, RoundingMode.DOWN).longValueExact());
        } catch (NumberFormatException | ArithmeticException unreadable) {
            return OptionalLong.empty();
        }
    }
}
