package dev.roster.application.query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An order for account search results: a field and a direction, written {@code followers} or {@code -followers}. */
public record AccountOrder(SortField field, boolean descending) {

    /** Newest first: what staff see when they ask for no order. */
    public static final AccountOrder NEWEST_FIRST = new AccountOrder(SortField.CREATED, true);

    /** The spellings {@link #parse} accepts, for error messages. */
    public static final String SPELLINGS =
            Arrays.stream(SortField.values()).map(SortField::label).collect(Collectors.joining(", "))
                    + " (prefix '-' for descending)";

    public AccountOrder {
        Objects.requireNonNull(field, "field");
    }

    /**
     * This order over anything that has {@link SearchKeys}: by sort key (numbers as numbers, text by code point, as
     * SQL's {@code COLLATE "C"} compares it), then by account id, both in this order's direction. The rule a store that
     * sorts in memory follows; SQL restates it as {@code ORDER BY}.
     */
    public <T> Comparator<T> comparing(Function<T, ? extends SearchKeys> keys) {
        Comparator<SearchKeys> byKey = switch (field) {
            case CREATED -> Comparator.comparingLong(SearchKeys::createdMicros);
            case FOLLOWERS -> Comparator.comparingLong(SearchKeys::followers);
            case HANDLE -> Comparator.comparing(SearchKeys::handleKey, AccountOrder::compareCodePoints);
            case NAME -> Comparator.comparing(SearchKeys::nameKey, AccountOrder::compareCodePoints);
        };
        Comparator<SearchKeys> ascending = byKey.thenComparing(SearchKeys::accountId);
        Comparator<SearchKeys> ordered = descending ? ascending.reversed() : ascending;
        return (left, right) -> ordered.compare(keys.apply(left), keys.apply(right));
    }

    /** Whether an account comes strictly after the position {@code cursor} marks, in this order. */
    public boolean isAfter(SearchKeys account, SearchCursor cursor) {
        int byKey = switch (field) {
            case CREATED -> Long.compare(account.createdMicros(), cursor.numericKey());
            case FOLLOWERS -> Long.compare(account.followers(), cursor.numericKey());
            case HANDLE -> compareCodePoints(account.handleKey(), cursor.key());
            case NAME -> compareCodePoints(account.nameKey(), cursor.key());
        };
        int position = byKey != 0
                ? byKey
                : account.accountId().compareTo(cursor.lastId().value());
        return descending ? position < 0 : position > 0;
    }

    /** Compares by Unicode code point, unlike {@link String#compareTo}, which compares UTF-16 units. */
    public static int compareCodePoints(String left, String right) {
        int i = 0;
        int j = 0;
        while (i < left.length() && j < right.length()) {
            int a = left.codePointAt(i);
            int b = right.codePointAt(j);
            if (a != b) {
                return Integer.compare(a, b);
            }
            i += Character.charCount(a);
            j += Character.charCount(b);
        }
        return Integer.compare(left.length() - i, right.length() - j);
    }

    public static Optional<AccountOrder> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        boolean descending = text.startsWith("-");
        String label = descending ? text.substring(1) : text;
        return Arrays.stream(SortField.values())
                .filter(field -> field.label().equals(label))
                .findFirst()
                .map(field -> new AccountOrder(field, descending));
    }

    @Override
    public String toString() {
        return (descending ? "-" : "") + field.label();
    }
}
