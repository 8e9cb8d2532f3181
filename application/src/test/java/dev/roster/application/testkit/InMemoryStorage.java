package dev.roster.application.testkit;

import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.AccountSearch;
import dev.roster.application.port.ConsentForms;
import dev.roster.application.port.Influencers;
import dev.roster.application.port.Jobs;
import dev.roster.application.port.MetricHistory;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.RegistrationResult;
import dev.roster.application.port.RosterStorage;
import dev.roster.application.query.AccountDetail;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountRef;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.InfluencerView;
import dev.roster.application.query.Page;
import dev.roster.application.query.SearchCursor;
import dev.roster.application.query.SearchKeys;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.ConsentFormId;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.MetricSnapshot;
import dev.roster.domain.influencer.NewestWins;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.job.Job;
import dev.roster.domain.job.JobId;
import dev.roster.domain.platform.PlatformCode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every storage port in memory, for use-case tests. One lock guards all state, so each call is atomic, as the ports
 * require. Test sources only: production runs on a real store.
 */
public final class InMemoryStorage implements RosterStorage {

    private final Object lock = new Object();
    private final Map<InfluencerId, Influencer> influencers = new HashMap<>();
    private final Map<AccountId, PlatformAccount> accounts = new HashMap<>();
    private final Map<AccountId, TreeMap<Instant, MetricSnapshot>> history = new HashMap<>();
    private final Map<InfluencerId, Map<ConsentFormId, ConsentForm>> consent = new HashMap<>();
    private final Map<JobId, Job> jobs = new HashMap<>();
    private final Map<AccountId, CollectionFailure> failures = new HashMap<>();
    private final Map<AccountId, Instant> attempts = new HashMap<>();
    private final Map<AccountId, Instant> claims = new HashMap<>();

    private final Influencers influencerPort = new InfluencerStore();
    private final AccountSearch searchPort = new Search();
    private final MetricHistory historyPort = new History();
    private final ConsentForms consentPort = new Consent();
    private final Jobs jobPort = new JobStore();

    @Override
    public Influencers influencers() {
        return influencerPort;
    }

    @Override
    public AccountSearch accountSearch() {
        return searchPort;
    }

    @Override
    public MetricHistory metricHistory() {
        return historyPort;
    }

    @Override
    public ConsentForms consentForms() {
        return consentPort;
    }

    @Override
    public Jobs jobs() {
        return jobPort;
    }

    private Optional<Influencer> byIdentity(PersonIdentity identity) {
        return influencers.values().stream()
                .filter(i -> i.identity().key().equals(identity.key()))
                .findFirst();
    }

    private void requireFreeHandle(PlatformAccount account) {
        boolean taken = accounts.values().stream()
                .anyMatch(other -> !other.id().equals(account.id())
                        && other.platform().equals(account.platform())
                        && other.handle().key().equals(account.handle().key()));
        if (taken) {
            throw new ConflictException(
                    ConflictException.Reason.DUPLICATE_HANDLE,
                    "handle " + account.handle() + " is already registered on platform " + account.platform());
        }
    }

    private void forgetCollections(AccountId id) {
        history.remove(id);
        failures.remove(id);
        attempts.remove(id);
        claims.remove(id);
    }

    private void attempted(AccountId id, Instant at) {
        attempts.merge(id, at, (old, now) -> now.isAfter(old) ? now : old);
    }

    private PlatformAccount existing(AccountId id) {
        PlatformAccount account = accounts.get(id);
        if (account == null) {
            throw new NotFoundException("account", id.value());
        }
        return account;
    }

    private static ConflictException stale(String what, Object id) {
        return new ConflictException(
                ConflictException.Reason.STALE_VERSION, what + " " + id + " has changed since it was read");
    }

    private final class InfluencerStore implements Influencers {

        @Override
        public Optional<Influencer> find(InfluencerId id) {
            synchronized (lock) {
                return Optional.ofNullable(influencers.get(id));
            }
        }

        @Override
        public Optional<Influencer> findByIdentity(PersonIdentity identity) {
            synchronized (lock) {
                return byIdentity(identity);
            }
        }

        @Override
        public Optional<PlatformAccount> findAccount(AccountId id) {
            synchronized (lock) {
                return Optional.ofNullable(accounts.get(id));
            }
        }

        @Override
        public void create(Influencer influencer, PlatformAccount firstAccount) {
            synchronized (lock) {
                if (byIdentity(influencer.identity()).isPresent()) {
                    throw new ConflictException(
                            ConflictException.Reason.DUPLICATE_PERSON,
                            "an influencer named " + influencer.name() + " with phone " + influencer.phone()
                                    + " exists");
                }
                requireFreeHandle(firstAccount);
                influencers.put(influencer.id(), influencer);
                accounts.put(firstAccount.id(), firstAccount);
            }
        }

        @Override
        public void addAccount(PlatformAccount account) {
            synchronized (lock) {
                if (!influencers.containsKey(account.influencerId())) {
                    throw new NotFoundException(
                            "influencer", account.influencerId().value());
                }
                requireFreeHandle(account);
                accounts.put(account.id(), account);
            }
        }

        @Override
        public List<RegistrationResult> registerAll(List<NewAccount> batch) {
            synchronized (lock) {
                List<RegistrationResult> results = new ArrayList<>();
                for (NewAccount entry : batch) {
                    Influencer owner = byIdentity(entry.identity()).orElse(null);
                    InfluencerId ownerId = owner != null ? owner.id() : entry.newInfluencerId();
                    PlatformAccount account = PlatformAccount.register(
                            entry.id(), ownerId, entry.platform(), entry.details(), entry.at());
                    try {
                        requireFreeHandle(account);
                    } catch (ConflictException taken) {
                        results.add(new RegistrationResult.Refused(taken));
                        continue;
                    }
                    if (owner == null) {
                        influencers.put(ownerId, Influencer.register(ownerId, entry.identity(), entry.at()));
                    }
                    accounts.put(account.id(), account);
                    results.add(new RegistrationResult.Registered(account));
                }
                return results;
            }
        }

        @Override
        public Influencer update(Influencer changed) {
            synchronized (lock) {
                Influencer stored = influencers.get(changed.id());
                if (stored == null) {
                    throw new NotFoundException("influencer", changed.id().value());
                }
                if (stored.version() != changed.version()) {
                    throw stale("influencer", changed.id());
                }
                Optional<Influencer> namesake = byIdentity(changed.identity());
                if (namesake.isPresent() && !namesake.get().id().equals(changed.id())) {
                    throw new ConflictException(
                            ConflictException.Reason.DUPLICATE_PERSON,
                            "another influencer is named " + changed.name() + " with phone " + changed.phone());
                }
                Influencer saved = changed.nextVersion();
                influencers.put(saved.id(), saved);
                return saved;
            }
        }

        @Override
        public PlatformAccount updateAccount(PlatformAccount changed) {
            synchronized (lock) {
                PlatformAccount stored = accounts.get(changed.id());
                if (stored == null) {
                    throw new NotFoundException("account", changed.id().value());
                }
                if (stored.version() != changed.version()) {
                    throw stale("account", changed.id());
                }
                requireFreeHandle(changed);
                PlatformAccount saved = new PlatformAccount(
                        stored.id(),
                        stored.influencerId(),
                        stored.platform(),
                        changed.details(),
                        stored.latestMetrics(),
                        stored.version() + 1,
                        stored.createdAt(),
                        changed.updatedAt());
                accounts.put(saved.id(), saved);
                return saved;
            }
        }

        @Override
        public boolean delete(InfluencerId id) {
            synchronized (lock) {
                if (influencers.remove(id) == null) {
                    return false;
                }
                List<AccountId> owned = accounts.values().stream()
                        .filter(account -> account.influencerId().equals(id))
                        .map(PlatformAccount::id)
                        .toList();
                owned.forEach(accountId -> {
                    accounts.remove(accountId);
                    forgetCollections(accountId);
                });
                consent.remove(id);
                return true;
            }
        }

        @Override
        public boolean deleteAccount(AccountId id) {
            synchronized (lock) {
                forgetCollections(id);
                return accounts.remove(id) != null;
            }
        }
    }

    private final class Search implements AccountSearch {

        @Override
        public Optional<AccountView> view(AccountId id) {
            synchronized (lock) {
                return Optional.ofNullable(accounts.get(id)).map(this::viewOf);
            }
        }

        @Override
        public Optional<AccountDetail> detail(AccountId id) {
            synchronized (lock) {
                return view(id).map(view -> new AccountDetail(view, failures.get(id)));
            }
        }

        @Override
        public Optional<InfluencerView> influencer(InfluencerId id) {
            synchronized (lock) {
                Influencer influencer = influencers.get(id);
                if (influencer == null) {
                    return Optional.empty();
                }
                List<PlatformAccount> owned = accounts.values().stream()
                        .filter(account -> account.influencerId().equals(id))
                        .sorted(InfluencerView.ACCOUNTS_ORDER)
                        .toList();
                return Optional.of(new InfluencerView(influencer, owned, consentOf(id)));
            }
        }

        @Override
        public Page<AccountView> search(AccountQuery query) {
            synchronized (lock) {
                // Each person's accounts gathered once, so that a search is not quadratic in the roster's size.
                Map<InfluencerId, List<PlatformAccount>> byPerson =
                        accounts.values().stream().collect(Collectors.groupingBy(PlatformAccount::influencerId));
                List<AccountView> matching = accounts.values().stream()
                        .filter(account -> account.platform().equals(query.platform()))
                        .map(account -> viewOf(account, byPerson.get(account.influencerId())))
                        .filter(view -> query.matches(SearchKeys.of(view)))
                        .filter(view ->
                                query.after() == null || query.order().isAfter(SearchKeys.of(view), query.after()))
                        .sorted(query.order().comparing((AccountView view) -> SearchKeys.of(view)))
                        .limit(query.limit() + 1L)
                        .toList();
                boolean more = matching.size() > query.limit();
                List<AccountView> page = more ? matching.subList(0, query.limit()) : matching;
                String next = more
                        ? SearchCursor.after(query.order(), page.get(page.size() - 1))
                                .encode()
                        : null;
                return new Page<>(page, next);
            }
        }

        private AccountView viewOf(PlatformAccount account) {
            return viewOf(account, accounts.values());
        }

        private AccountView viewOf(PlatformAccount account, Collection<PlatformAccount> candidates) {
            List<AccountRef> others = candidates.stream()
                    .filter(other -> other.influencerId().equals(account.influencerId())
                            && !other.platform().equals(account.platform()))
                    .map(other -> new AccountRef(other.id(), other.platform(), other.handle()))
                    .sorted(AccountView.OTHER_ACCOUNTS_ORDER)
                    .toList();
            List<ConsentForm> forms = consentOf(account.influencerId());
            return new AccountView(
                    account,
                    influencers.get(account.influencerId()),
                    others,
                    forms.isEmpty() ? null : forms.get(0).signedOn());
        }
    }

    private List<ConsentForm> consentOf(InfluencerId id) {
        return consent.getOrDefault(id, Map.of()).values().stream()
                .sorted(ConsentForm.NEWEST_FIRST)
                .toList();
    }

    private final class History implements MetricHistory {

        @Override
        public void record(MetricSnapshot snapshot) {
            synchronized (lock) {
                PlatformAccount account = existing(snapshot.accountId());
                history.computeIfAbsent(account.id(), id -> new TreeMap<>())
                        .put(snapshot.reading().collectedAt(), snapshot);
                accounts.put(account.id(), account.withMetrics(snapshot.reading()));
                attempted(account.id(), snapshot.reading().collectedAt());
            }
        }

        @Override
        public void recordFailure(CollectionFailure failure) {
            synchronized (lock) {
                PlatformAccount account = existing(failure.accountId());
                failures.merge(
                        account.id(), failure, (old, now) -> NewestWins.replaces(old.at(), now.at()) ? now : old);
                attempted(account.id(), failure.at());
            }
        }

        @Override
        public Optional<CollectionFailure> lastFailure(AccountId account) {
            synchronized (lock) {
                return Optional.ofNullable(failures.get(account));
            }
        }

        @Override
        public List<PlatformAccount> claimDue(
                PlatformCode platform, Instant attemptedBefore, Instant now, Duration lease, int limit) {
            synchronized (lock) {
                Comparator<PlatformAccount> longestAgo = Comparator.comparing(
                        (PlatformAccount account) -> attempts.get(account.id()),
                        Comparator.nullsFirst(Comparator.naturalOrder()));
                List<PlatformAccount> due = accounts.values().stream()
                        .filter(account -> account.platform().equals(platform))
                        .filter(account -> {
                            Instant attempt = attempts.get(account.id());
                            return attempt == null || attempt.isBefore(attemptedBefore);
                        })
                        .filter(account -> {
                            Instant claimed = claims.get(account.id());
                            return claimed == null || !claimed.isAfter(now);
                        })
                        .sorted(longestAgo.thenComparing(account -> account.id().value()))
                        .limit(limit)
                        .toList();
                if (!lease.isZero()) {
                    due.forEach(account -> claims.put(account.id(), now.plus(lease)));
                }
                return due;
            }
        }

        @Override
        public List<MetricSnapshot> newestFirst(AccountId account, int limit) {
            synchronized (lock) {
                return history.getOrDefault(account, new TreeMap<>()).descendingMap().values().stream()
                        .limit(limit)
                        .toList();
            }
        }
    }

    private final class Consent implements ConsentForms {

        @Override
        public void record(ConsentForm form) {
            synchronized (lock) {
                if (!influencers.containsKey(form.influencerId())) {
                    throw new NotFoundException(
                            "influencer", form.influencerId().value());
                }
                consent.computeIfAbsent(form.influencerId(), id -> new HashMap<>())
                        .put(form.id(), form);
            }
        }

        @Override
        public boolean withdraw(InfluencerId influencer, ConsentFormId form) {
            synchronized (lock) {
                Map<ConsentFormId, ConsentForm> forms = consent.get(influencer);
                return forms != null && forms.remove(form) != null;
            }
        }

        @Override
        public List<ConsentForm> of(InfluencerId influencer) {
            synchronized (lock) {
                return consentOf(influencer);
            }
        }
    }

    private final class JobStore implements Jobs {

        @Override
        public void create(Job job) {
            synchronized (lock) {
                if (jobs.putIfAbsent(job.id(), job) != null) {
                    throw new ConflictException(ConflictException.Reason.DUPLICATE_ID, "job " + job.id() + " exists");
                }
            }
        }

        @Override
        public Optional<Job> find(JobId id) {
            synchronized (lock) {
                return Optional.ofNullable(jobs.get(id));
            }
        }

        @Override
        public Job update(Job changed) {
            synchronized (lock) {
                Job stored = jobs.get(changed.id());
                if (stored == null) {
                    throw new NotFoundException("job", changed.id().value());
                }
                if (stored.version() != changed.version()) {
                    throw stale("job", changed.id());
                }
                Job saved = changed.nextVersion();
                jobs.put(saved.id(), saved);
                return saved;
            }
        }
    }
}
