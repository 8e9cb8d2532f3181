package dev.roster.application.spreadsheet;

import dev.roster.application.port.SheetRow;
import java.util.Set;

/**
 * A data row that was not saved, why, and which of its columns (0-based, as uploaded) caused it.
 */
record FailedRow(SheetRow row, String reason, Set<Integer> culprits) {

    FailedRow {
        culprits = Set.copyOf(culprits);
    }
}
