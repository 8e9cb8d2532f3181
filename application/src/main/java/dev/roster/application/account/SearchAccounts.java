package dev.roster.application.account;

import dev.roster.application.port.AccountSearch;
import dev.roster.application.query.AccountOrder;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.Page;
import dev.roster.application.query.SearchCursor;
import dev.roster.application.validation.InputRules;
import dev.roster.application.validation.Problems;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;

/** Finds accounts on one platform by text and filters, a page at a time, in a stable order. */
public final class SearchAccounts {

    private final PlatformCatalog platforms;
    private final InputRules rules;
    private final AccountSearch search;

    public SearchAccounts(PlatformCatalog platforms, InputRules rules, AccountSearch search) {
        this.platforms = platforms;
        this.rules = rules;
        this.search = search;
    }

    /**
     * @throws dev.roster.application.error.NotFoundException when the platform is unknown
     * @throws dev.roster.application.error.InvalidInputException with every problem of the query
     */
    public Page<AccountView> search(SearchAccountsCommand command) {
        return search.search(query(command));
    }

    /**
     * The validated query a command asks for, as the store takes it; the export pages through it.
     *
     * @throws dev.roster.application.error.NotFoundException when the platform is unknown
     * @throws dev.roster.application.error.InvalidInputException with every problem of the query
     */
    public AccountQuery query(SearchAccountsCommand command) {
        Platform platform = AccountLookup.platform(platforms, command.platform());
        Problems problems = rules.check(command);
        AccountOrder order = command.sort() == null
                ? AccountOrder.NEWEST_FIRST
                : AccountOrder.parse(command.sort()).orElse(null);
        if (order == null) {
            problems.add("sort", "must be one of " + AccountOrder.SPELLINGS);
        }
        SearchCursor after = null;
        if (command.cursor() != null && order != null && !problems.has("cursor")) {
            after = SearchCursor.decode(command.cursor(), order).orElse(null);
            if (after == null) {
                problems.add("cursor", "is not a cursor this search handed out (was the sort changed?)");
            }
        }
        problems.throwIfAny();
        String text = command.text() == null ? null : AccountQuery.searchable(command.text());
        int limit = command.limit() == null ? SearchAccountsCommand.DEFAULT_LIMIT : command.limit();
        return new AccountQuery(
                platform.code(), text, command.minFollowers(), command.hasConsent(), order, limit, after);
    }
}
