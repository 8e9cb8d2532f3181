package dev.roster.application.query;

import dev.roster.domain.influencer.AccountId;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a page of search results ended: the sort key and id of its last account. The next page starts strictly after
 * it, so rows added meanwhile cause neither repeats nor gaps. Callers see it only as an opaque string.
 *
 * <p>Text keys compare by code point (what {@link String#compareTo} and SQL's {@code COLLATE "C"} do); numeric keys
 * (created, followers) compare as numbers.
 */
public record SearchCursor(AccountOrder order, String key, AccountId lastId) {

    private static final String VERSION = "c1";

    public SearchCursor {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(lastId, "lastId");
    }

    /** The cursor after {@code last}, in {@code order}. */
    public static SearchCursor after(AccountOrder order, AccountView last) {
        return after(order, SearchKeys.of(last));
    }

    /** The cursor after the account with these keys, in {@code order}. */
    public static SearchCursor after(AccountOrder order, SearchKeys last) {
        String key = switch (order.field()) {
            case HANDLE -> last.handleKey();
            case NAME -> last.nameKey();
            case CREATED -> Long.toString(last.createdMicros());
            case FOLLOWERS -> Long.toString(last.followers());
        };
        return new SearchCursor(order, key, new AccountId(last.accountId()));
    }

    /** Whether the field sorts numerically; its key is then a decimal {@code long}. */
    public static boolean isNumeric(SortField field) {
        return field == SortField.CREATED || field == SortField.FOLLOWERS;
    }

    /** The key as a number, for numeric fields. */
    public long numericKey() {
        return Long.parseLong(key);
    }

    public String encode() {
        String plain = VERSION + "\n" + order + "\n" + key + "\n" + lastId.value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor a previous page handed out; empty when the text is not one, or was made for another order. */
    public static Optional<SearchCursor> decode(String text, AccountOrder expectedOrder) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            String[] parts = plain.split("\n", -1);
            if (parts.length != 4 || !parts[0].equals(VERSION) || !parts[1].equals(expectedOrder.toString())) {
                return Optional.empty();
            }
            Optional<AccountId> id = AccountId.parse(parts[3]);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            SearchCursor cursor = new SearchCursor(expectedOrder, parts[2], id.get());
            if (isNumeric(expectedOrder.field())) {
                cursor.numericKey();
            }
            return Optional.of(cursor);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
