package dev.roster.adapters.excel;

import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;

/**
 * Formats cells as a person sees them in Excel, except that a whole number in the General format is written out in
 * full: Excel would show {@code 821012345678} as {@code 8.21012E+11}, but it is a phone number somebody typed.
 */
final class TypedNumbers extends DataFormatter {

    /** Up to 15 digits a double holds exactly; past that a number was never typed as digits. */
    private static final double EXACT = 1e15;

    TypedNumbers() {
        super(Locale.US);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        boolean general = formatString == null || formatString.equalsIgnoreCase("General");
        if (general && value == Math.rint(value) && Math.abs(value) < EXACT) {
            return BigDecimal.valueOf(value).toBigInteger().toString();
        }
        return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
}
