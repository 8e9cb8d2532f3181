package dev.roster.application.spreadsheet;

import dev.roster.application.account.Registration;
import dev.roster.application.port.AccountSearch;
import dev.roster.application.query.AccountOrder;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.Page;
import dev.roster.application.query.SearchCursor;
import java.time.Instant;
import java.util.Optional;

/** Finds the account that holds a registration's handle on its platform, for a row the store refused as taken. */
final class HandleHolders {

    private final AccountSearch search;

    HandleHolders(AccountSearch search) {
        this.search = search;
    }

    /**
     * Whether the account holding the registration's handle is the one this registration stores (same person, same
     * details) and was created no earlier than {@code since}: what an earlier run of the same import job saved before
     * it was interrupted, to be counted as saved rather than as a taken handle.
     */
    boolean savedSince(Registration registration, Instant since) {
        return find(registration)
                .filter(view -> view.influencer()
                                .identity()
                                .key()
                                .equals(registration.identity().key())
                        && view.account().details().equals(registration.details())
                        && !view.account().createdAt().isBefore(since))
                .isPresent();
    }

    /** The store has no lookup by handle on the read side; the text search finds it among few candidates. */
    Optional<AccountView> find(Registration registration) {
        String handleKey = registration.details().handle().key();
        AccountQuery query = new AccountQuery(
                registration.platform().code(),
                AccountQuery.searchable(handleKey),
                null,
                null,
                AccountOrder.NEWEST_FIRST,
                AccountQuery.MAX_LIMIT,
                null);
        while (true) {
            Page<AccountView> page = search.search(query);
            Optional<AccountView> match = page.items().stream()
                    .filter(view -> view.account().handle().key().equals(handleKey))
                    .findFirst();
            if (match.isPresent() || page.next().isEmpty()) {
                return match;
            }
            query = query.continuingAfter(SearchCursor.after(
                    query.order(), page.items().get(page.items().size() - 1)));
        }
    }
}
