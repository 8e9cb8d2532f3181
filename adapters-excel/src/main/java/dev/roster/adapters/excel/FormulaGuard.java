package dev.roster.adapters.excel;

/**
 * Which text Excel (or LibreOffice, or Sheets) would run as a formula if a person edited the cell, and so must be
 * shown with the quote prefix; the OWASP list for CSV injection applies to spreadsheets alike.
 */
final class FormulaGuard {

    private FormulaGuard() {}

    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The text cut to what a cell holds, never through the middle of a character. */
    static String bounded(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
