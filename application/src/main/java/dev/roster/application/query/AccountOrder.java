package dev.roster.application.query;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** An order for account search results: a field and a direction, written {@code followers} or {@code -followers}. */
public record AccountOrder(SortField field, boolean descending) {

    /** Newest first: what staff see when they ask for no order. */
    public static final AccountOrder NEWEST_FIRST = new AccountOrder(SortField.CREATED, true);

    /** The spellings {@link #parse} accepts, for error messages. */
    public static final String SPELLINGS = Arrays.stream(SortField.values()).map(SortField::label)
            .collect(Collectors.joining(", ")) + " (prefix '-' for descending)";

    public AccountOrder {
        Objects.requireNonNull(field, "field");
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
