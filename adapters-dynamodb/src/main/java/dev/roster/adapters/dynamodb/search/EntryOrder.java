package dev.roster.adapters.dynamodb.search;

import dev.roster.application.query.AccountOrder;
import dev.roster.application.query.SearchCursor;
import java.util.Comparator;

/**
 * {@link AccountOrder} over projection entries, on keys computed once per entry rather than once per comparison; the
 * same order as {@link AccountOrder#comparator()} and {@link AccountOrder#isAfter}.
 */
final class EntryOrder {

    private final AccountOrder order;
    private final Comparator<Entries.Account> comparator;

    EntryOrder(AccountOrder order) {
        this.order = order;
        Comparator<Entries.Account> ascending = switch (order.field()) {
            case CREATED -> Comparator.comparingLong(entry -> entry.createdMicros);
            case FOLLOWERS -> Comparator.comparingLong(entry -> entry.followers);
            case HANDLE -> Comparator.comparing(entry -> entry.handleKey, AccountOrder::compareCodePoints);
            case NAME -> Comparator.comparing(entry -> entry.owner.nameKey(), AccountOrder::compareCodePoints);
        };
        ascending = ascending.thenComparing(entry -> entry.id);
        this.comparator = order.descending() ? ascending.reversed() : ascending;
    }

    Comparator<Entries.Account> comparator() {
        return comparator;
    }

    /** Whether {@code entry} comes strictly after {@code cursor} in this order. */
    boolean isAfter(Entries.Account entry, SearchCursor cursor) {
        int byKey = switch (order.field()) {
            case CREATED -> Long.compare(entry.createdMicros, cursor.numericKey());
            case FOLLOWERS -> Long.compare(entry.followers, cursor.numericKey());
            case HANDLE -> AccountOrder.compareCodePoints(entry.handleKey, cursor.key());
            case NAME -> AccountOrder.compareCodePoints(entry.owner.nameKey(), cursor.key());
        };
        int position = byKey != 0 ? byKey : entry.id.compareTo(cursor.lastId().value());
        return order.descending() ? position < 0 : position > 0;
    }
}
