package dev.roster.adapters.dynamodb.search;

import dev.roster.adapters.dynamodb.item.PersonAggregate;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.Page;
import dev.roster.application.query.SearchCursor;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.platform.PlatformCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * The roster kept in memory for search: every account with its person, grouped by platform. It starts from one
 * parallel Scan and then, before each search, catches up from the change log: one consistent Query for the entries
 * stamped since the previous catch-up began, less a lag (for writers whose stamp is older than their commit), then the
 * people changed since, read in parallel; or, when so many changed that reading them one by one would cost more than
 * reading everyone (after an import), a fresh parallel Scan. A search is then a pass over the platform's entries keeping
 * the best {@code limit + 1}.
 */
public final class SearchProjection {

    /**
     * Changed people a catch-up reads one by one before it reloads instead: a few dozen Queries in parallel take about
     * one round trip, whatever the roster's size.
     */
    static final int FEW_CHANGES = 64;
    /**
     * Beyond {@link #FEW_CHANGES}, the share of the roster that may have changed before a reload is cheaper: a Scan
     * page carries about a hundred people in one request, where each changed person is a Query of its own (issue 23:
     * the first search after importing 100,000 accounts took over a minute reading them one at a time).
     */
    static final int RELOAD_SHARE_DIVISOR = 4;

    private final ProjectionSource source;
    private final long lagNanos;
    private final long retentionNanos;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<InfluencerId, Entries.Person> people = new HashMap<>();
    private final Map<PlatformCode, Map<String, Entries.Account>> byPlatform = new HashMap<>();
    /** Change entries already applied that a later look-back may return again. */
    private final TreeSet<String> seen = new TreeSet<>();
    /** When the last catch-up (or load) began, in epoch nanoseconds; -1 before the first. */
    private long caughtUpTo = -1;

    /**
     * @param lag       how far each catch-up looks back before the newest entry seen
     * @param retention how long the change log keeps entries: a projection further behind than that loads afresh
     */
    public SearchProjection(ProjectionSource source, Duration lag, Duration retention) {
        this.source = source;
        this.lagNanos = lag.toNanos();
        this.retentionNanos = retention.toNanos();
    }

    /**
     * Catches up with the store: the first time (or after a long pause) by loading everything, else by applying the
     * change-log entries stamped since the previous catch-up began, less the lag (entries seen then are skipped); when
     * more people changed than {@link #FEW_CHANGES} and a {@link #RELOAD_SHARE_DIVISOR quarter} of the roster, by
     * loading everything again.
     */
    public void refresh() {
        lock.writeLock().lock();
        try {
            long now = source.nowNanos();
            if (caughtUpTo < 0
                    || now - caughtUpTo > retentionNanos - Duration.ofHours(1).toNanos()) {
                load(now);
                return;
            }
            long from = caughtUpTo - lagNanos;
            List<Change> changes = source.changesSince(from);
            Set<InfluencerId> changed = new LinkedHashSet<>();
            for (Change change : changes) {
                if (!seen.contains(change.seq())) {
                    changed.add(change.influencer());
                }
            }
            if (changed.size() > FEW_CHANGES + people.size() / RELOAD_SHARE_DIVISOR) {
                load(now);
            } else {
                source.people(changed).forEach((id, person) -> person.ifPresentOrElse(this::put, () -> remove(id)));
            }
            // Applied either way (a load begins after they were read): the next look-back skips them, and after a
            // reload does not read again the import that caused it.
            changes.forEach(change -> seen.add(change.seq()));
            // Every entry stamped before now - lag is visible by now: the next look-back starts there.
            caughtUpTo = now;
            seen.headSet(String.format("%019d", Math.max(0, caughtUpTo - lagNanos)))
                    .clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** One page of {@code query}'s results as of the last refresh. */
    public Page<AccountView> search(AccountQuery query) {
        lock.readLock().lock();
        try {
            // The core's rules decide: AccountQuery which entries match, AccountOrder their order.
            Comparator<Entries.Account> order = query.order().comparing(Function.identity());
            SearchCursor after = query.after();
            int keep = query.limit() + 1;
            PriorityQueue<Entries.Account> best = new PriorityQueue<>(keep + 1, order.reversed());
            for (Entries.Account entry :
                    byPlatform.getOrDefault(query.platform(), Map.of()).values()) {
                if (query.matches(entry) && (after == null || query.order().isAfter(entry, after))) {
                    // Once the page is full, most matches rank below its last entry: skip them without a heap update.
                    if (best.size() < keep) {
                        best.offer(entry);
                    } else if (order.compare(entry, best.peek()) < 0) {
                        best.poll();
                        best.offer(entry);
                    }
                }
            }
            List<Entries.Account> page = new ArrayList<>(best);
            page.sort(order);
            boolean more = page.size() > query.limit();
            List<AccountView> views = page.stream()
                    .limit(query.limit())
                    .map(Entries.Account::view)
                    .toList();
            String next = more
                    ? SearchCursor.after(query.order(), page.get(query.limit() - 1))
                            .encode()
                    : null;
            return new Page<>(views, next);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** How many accounts the projection holds, for operators and the benchmark. */
    public int size() {
        lock.readLock().lock();
        try {
            return byPlatform.values().stream().mapToInt(Map::size).sum();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void load(long startedAt) {
        people.clear();
        byPlatform.clear();
        seen.clear();
        source.everyone(this::put);
        caughtUpTo = startedAt;
    }

    private void put(PersonAggregate aggregate) {
        remove(aggregate.influencer().id());
        Entries.Person person = Entries.person(aggregate);
        people.put(aggregate.influencer().id(), person);
        for (Entries.Account account : person.accounts()) {
            byPlatform
                    .computeIfAbsent(account.account.platform(), platform -> new HashMap<>())
                    .put(account.id, account);
        }
    }

    private void remove(InfluencerId id) {
        Entries.Person gone = people.remove(id);
        if (gone != null) {
            for (Entries.Account account : gone.accounts()) {
                byPlatform.get(account.account.platform()).remove(account.id);
            }
        }
    }
}
