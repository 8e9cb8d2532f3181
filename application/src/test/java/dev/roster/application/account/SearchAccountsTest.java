package dev.roster.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.RosterFixture;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.Page;
import org.junit.jupiter.api.Test;

class SearchAccountsTest extends RosterFixture {

    @Test
    void pagesNewestFirstUnlessToldOtherwise() {
        register("a", "One", "010-1000-0001", "one");
        register("a", "Two", "010-1000-0002", "two");
        register("a", "Three", "010-1000-0003", "three");

        Page<AccountView> first = search(new SearchAccountsCommand("a", null, null, null, null, 2, null));
        Page<AccountView> rest = search(new SearchAccountsCommand("a", null, null, null, null, 2, first.nextCursor()));

        assertThat(handles(first)).containsExactly("three", "two");
        assertThat(handles(rest)).containsExactly("one");
        assertThat(rest.nextCursor()).isNull();
    }

    @Test
    void treatsBlankTextAsNoText() {
        register("a", "One", "010-1000-0001", "one");

        assertThat(handles(search(new SearchAccountsCommand("a", "   ", null, null, null, null, null))))
                .containsExactly("one");
    }

    @Test
    void reportsEveryProblemOfAQueryAtOnce() {
        assertInvalid(
                () -> search(new SearchAccountsCommand("a", "x".repeat(101), -1L, null, "popularity", 0, null)),
                problem("limit", "must be between 1 and 100"),
                problem("minFollowers", "must be zero or more"),
                problem("sort", "must be one of handle, name, created, followers (prefix '-' for descending)"),
                problem("text", "must be at most 100 characters"));
    }

    @Test
    void refusesCursorsItDidNotHandOutOrHandedOutForAnotherOrder() {
        for (int i = 0; i < 3; i++) {
            register("a", "P" + i, "010-1000-000" + i, "p" + i);
        }
        String byHandle = search(new SearchAccountsCommand("a", null, null, null, "handle", 1, null))
                .nextCursor();

        assertInvalid(
                () -> search(new SearchAccountsCommand("a", null, null, null, "-handle", 1, byHandle)),
                problem("cursor", "is not a cursor this search handed out (was the sort changed?)"));
        assertInvalid(
                () -> search(new SearchAccountsCommand("a", null, null, null, null, 1, "!!garbage!!")),
                problem("cursor", "is not a cursor this search handed out (was the sort changed?)"));
        assertThat(handles(search(new SearchAccountsCommand("a", null, null, null, "handle", 1, byHandle))))
                .containsExactly("p1");
    }

    @Test
    void answersNotFoundForAnUnknownPlatform() {
        assertThatThrownBy(() -> search(SearchAccountsCommand.all("c"))).isInstanceOf(NotFoundException.class);
    }

    private Page<AccountView> search(SearchAccountsCommand command) {
        return roster.accounts().search(command);
    }

    private static java.util.List<String> handles(Page<AccountView> page) {
        return page.items().stream()
                .map(view -> view.account().handle().value())
                .toList();
    }
}
