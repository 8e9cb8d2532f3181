package dev.roster.application.spreadsheet;

import dev.roster.application.account.Registration;
import dev.roster.application.error.ConflictException;
import dev.roster.application.port.AccountSearch;
import dev.roster.application.port.Influencers;
import dev.roster.application.query.AccountOrder;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.Page;
import dev.roster.application.query.SearchCursor;
import dev.roster.domain.influencer.PlatformAccount;
import java.time.Clock;
import java.util.Optional;

/**
 * The import's upsert mode: a row whose handle is already registered updates that account's details instead of
 * failing, provided the row names the same person (name and phone) the account belongs to.
 */
final class Upserts {

    private final AccountSearch search;
    private final Influencers influencers;
    private final Clock clock;

    Upserts(AccountSearch search, Influencers influencers, Clock clock) {
        this.search = search;
        this.influencers = influencers;
        this.clock = clock;
    }

    /** Updates the account holding the registration's handle; empty when done, else why it was not. */
    Optional<String> apply(Registration registration) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Optional<AccountView> existing = find(registration);
            if (existing.isEmpty()) {
                return Optional.of("was deleted while this file was imported; upload the row again");
            }
            AccountView view = existing.get();
            if (!view.influencer().identity().key().equals(registration.identity().key())) {
                return Optional.of("is registered to another influencer (" + view.influencer().name()
                        + "); change it there");
            }
            PlatformAccount current = view.account();
            try {
                influencers.updateAccount(current.withDetails(registration.details(), clock.instant()));
                return Optional.empty();
            } catch (ConflictException changedMeanwhile) {
                if (changedMeanwhile.reason() != ConflictException.Reason.STALE_VERSION) {
                    return Optional.of(changedMeanwhile.getMessage());
                }
            }
        }
        return Optional.of("was being changed by someone else; upload the row again");
    }

    /** The store has no lookup by handle on the read side; the text search finds it among few candidates. */
    private Optional<AccountView> find(Registration registration) {
        String handleKey = registration.details().handle().key();
        AccountQuery query = new AccountQuery(registration.platform().code(), AccountQuery.searchable(handleKey), null,
                null, AccountOrder.NEWEST_FIRST, AccountQuery.MAX_LIMIT, null);
        while (true) {
            Page<AccountView> page = search.search(query);
            Optional<AccountView> match = page.items().stream()
                    .filter(view -> view.account().handle().key().equals(handleKey)).findFirst();
            if (match.isPresent() || page.next().isEmpty()) {
                return match;
            }
            query = query.continuingAfter(SearchCursor.after(query.order(), page.items().get(page.items().size() - 1)));
        }
    }
}
