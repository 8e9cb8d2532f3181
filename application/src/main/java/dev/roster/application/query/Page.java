package dev.roster.application.query;

import java.util.List;
import java.util.Optional;

/** One page of results, and the cursor that continues after it ({@code null} on the last page). */
public record Page<T>(List<T> items, String nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    public Optional<String> next() {
        return Optional.ofNullable(nextCursor);
    }
}
