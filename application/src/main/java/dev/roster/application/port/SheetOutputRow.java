package dev.roster.application.port;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A row of a workbook Roster writes.
 *
 * @param values  one value per column: {@link String}, {@link Long}, {@link java.time.Instant}, or {@code null}
 * @param flagged whether the row is highlighted as needing a fix
 * @param culprits the columns (0-based) highlighted more strongly, as the cells that caused the problem
 */
public record SheetOutputRow(List<Object> values, boolean flagged, Set<Integer> culprits) {

    public SheetOutputRow {
        values = Collections.unmodifiableList(new ArrayList<>(values));
        culprits = Set.copyOf(culprits);
    }

    public static SheetOutputRow plain(List<Object> values) {
        return new SheetOutputRow(values, false, Set.of());
    }
}
