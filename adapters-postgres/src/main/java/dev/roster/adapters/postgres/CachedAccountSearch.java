package dev.roster.adapters.postgres;

import dev.roster.application.port.AccountSearch;
import dev.roster.application.query.AccountDetail;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.InfluencerView;
import dev.roster.application.query.Page;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.InfluencerId;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The store's read side with the account page kept in memory (issue 21): every GET of an account asks for its
 * {@link #detail}, and a round trip to PostgreSQL costs several times what the rest of the request does. A page is
 * shown from memory only while the {@link ChangeCount} has not moved since it was read and the {@link ChangeFeed}
 * is up to date, so it is never older than the last change anyone committed (by the notification's trip: milliseconds;
 * {@link ChangeFeed#TRUST} at most when the feed's connection dies without a word). Any change drops every page at
 * once: changes are rare beside reads, and telling which pages one touches (a person's name is on each of their
 * accounts) is not worth the risk of missing one. Everything else is read from the store.
 */
final class CachedAccountSearch implements AccountSearch {

    private final PostgresAccountSearch store;
    private final ChangeCount changes;
    private final ChangeFeed feed;
    private final int capacity;
    private final ConcurrentHashMap<AccountId, Shown> shown = new ConcurrentHashMap<>();

    CachedAccountSearch(PostgresAccountSearch store, ChangeCount changes, ChangeFeed feed, int accounts) {
        this.store = store;
        this.changes = changes;
        this.feed = feed;
        this.capacity = accounts;
    }

    /** An account's page as read while the change count stood at {@code count}. */
    private record Shown(long count, AccountDetail detail) {}

    @Override
    public Optional<AccountDetail> detail(AccountId id) {
        if (!feed.upToDate()) {
            return store.detail(id);
        }
        long count = changes.current();
        Shown kept = shown.get(id);
        if (kept != null && kept.count() == count) {
            return Optional.of(kept.detail());
        }
        Optional<AccountDetail> read = store.detail(id);
        // Kept only if nothing changed while it was read: a change committed meanwhile may or may not be in it.
        // An account not found is not kept, so ids that do not exist cannot crowd out the ones that do.
        if (read.isPresent() && changes.current() == count && feed.upToDate()) {
            keep(id, new Shown(count, read.get()));
        }
        return read;
    }

    private void keep(AccountId id, Shown page) {
        if (shown.size() >= capacity) {
            Iterator<AccountId> dropped = shown.keySet().iterator();
            for (int room = Math.max(1, capacity / 10); room > 0 && dropped.hasNext(); room--) {
                dropped.next();
                dropped.remove();
            }
        }
        shown.put(id, page);
    }

    @Override
    public Optional<AccountView> view(AccountId id) {
        return store.view(id);
    }

    @Override
    public Optional<InfluencerView> influencer(InfluencerId id) {
        return store.influencer(id);
    }

    @Override
    public Page<AccountView> search(AccountQuery query) {
        return store.search(query);
    }

    @Override
    public Stream<AccountView> all(AccountQuery query) {
        return store.all(query);
    }
}
