package dev.roster.application.spreadsheet;

import java.util.Locale;
import java.util.Optional;

/** The language of the labels of a workbook Roster writes: English or Korean. */
public enum SheetLanguage {
    ENGLISH("en"),
    KOREAN("ko");

    private final String code;

    SheetLanguage(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The language an ISO 639-1 code names ({@code en}, {@code ko}), in any letter case. */
    public static Optional<SheetLanguage> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        for (SheetLanguage language : values()) {
            if (language.code.equals(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
