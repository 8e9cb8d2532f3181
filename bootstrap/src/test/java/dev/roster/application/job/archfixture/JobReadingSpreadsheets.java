package dev.roster.application.job.archfixture;

import dev.roster.application.spreadsheet.SheetLanguage;

/** Breaks the contexts' rule on purpose: the job context may not use the spreadsheet context. */
public final class JobReadingSpreadsheets {

    public SheetLanguage language() {
        return SheetLanguage.KOREAN;
    }
}
