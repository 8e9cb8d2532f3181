package dev.roster.application.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.domain.influencer.AccountId;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SearchCursorTest {

    private static final AccountOrder BY_HANDLE = new AccountOrder(SortField.HANDLE, false);
    private final AccountId id = AccountId.next(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void readsBackTheCursorItWrote() {
        SearchCursor cursor = new SearchCursor(BY_HANDLE, "민지\nwith newline?", id);

        assertThat(SearchCursor.decode(cursor.encode(), BY_HANDLE)).isEmpty();
        SearchCursor plain = new SearchCursor(BY_HANDLE, "민지_01", id);
        assertThat(SearchCursor.decode(plain.encode(), BY_HANDLE)).contains(plain);
    }

    @Test
    void refusesCursorsOfAnotherOrderAndAnythingElse() {
        String encoded = new SearchCursor(BY_HANDLE, "kim", id).encode();
        String numeric = Base64.getUrlEncoder().encodeToString(("c1\n-followers\nlots\n" + id.value()).getBytes());

        assertThat(SearchCursor.decode(encoded, new AccountOrder(SortField.HANDLE, true)))
                .isEmpty();
        assertThat(SearchCursor.decode(numeric, new AccountOrder(SortField.FOLLOWERS, true)))
                .isEmpty();
        assertThat(SearchCursor.decode("%%%", BY_HANDLE)).isEmpty();
        assertThat(SearchCursor.decode("", BY_HANDLE)).isEmpty();
    }

    @Test
    void comparesTextByCodePointAsStoresDo() {
        String emoji = "\uD83D\uDE00";
        String privateUse = "\uE000";

        assertThat(emoji.compareTo(privateUse))
                .as("UTF-16 order puts the emoji first")
                .isNegative();
        assertThat(AccountOrder.compareCodePoints(emoji, privateUse))
                .as("code point order does not")
                .isPositive();
        assertThat(AccountOrder.compareCodePoints("ab", "abc")).isNegative();
        assertThat(AccountOrder.compareCodePoints("김", "김")).isZero();
    }
}
