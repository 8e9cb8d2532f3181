package dev.roster.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.Influencers;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.RegistrationResult;
import dev.roster.application.testkit.InMemoryStorage;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PersonName;
import dev.roster.domain.influencer.PhoneNumber;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.PlatformCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The find-or-create policy by name: each lost race is tried again, a taken handle never is, five losses end it. */
class FindOrCreatePersonTest {

    private static final Instant NOW = Instant.parse("2026-03-01T09:00:00Z");
    private static final PersonIdentity MINJI =
            new PersonIdentity(PersonName.of("김민지"), PhoneNumber.ofE164("+821012345678"));

    private final InMemoryStorage storage = new InMemoryStorage();
    private final AtomicInteger lookups = new AtomicInteger();

    @Test
    void attachesToThePersonSomeoneCreatedBetweenTheLookupAndTheInsert() {
        Influencer createdMeanwhile = person();
        storage.influencers().create(createdMeanwhile, account(createdMeanwhile.id(), "first"));
        // The first lookup is answered as it was before the other registration stored the person.
        Influencers racing = lookingUp(identity -> lookups.incrementAndGet() == 1
                ? Optional.empty()
                : storage.influencers().findByIdentity(identity));

        PlatformAccount stored = new FindOrCreatePerson(racing).register(entry("second"));

        assertThat(stored.influencerId()).isEqualTo(createdMeanwhile.id());
        assertThat(lookups).hasValue(2);
        assertThat(storage.influencers().findAccount(stored.id())).isPresent();
    }

    @Test
    void createsThePersonAfreshWhenTheyWereDeletedBetweenTheLookupAndTheAttach() {
        Influencer deletedMeanwhile = person();
        Influencers racing = lookingUp(identity -> lookups.incrementAndGet() == 1
                ? Optional.of(deletedMeanwhile)
                : storage.influencers().findByIdentity(identity));

        NewAccount entry = entry("minji");
        PlatformAccount stored = new FindOrCreatePerson(racing).register(entry);

        assertThat(stored.influencerId()).isEqualTo(entry.newInfluencerId()).isNotEqualTo(deletedMeanwhile.id());
        assertThat(storage.influencers().findByIdentity(MINJI))
                .map(Influencer::id)
                .contains(entry.newInfluencerId());
    }

    @Test
    void givesUpAfterFiveLostRaces() {
        Influencer holder = person();
        storage.influencers().create(holder, account(holder.id(), "first"));
        Influencers alwaysLate = lookingUp(identity -> {
            lookups.incrementAndGet();
            return Optional.empty();
        });

        assertThatThrownBy(() -> new FindOrCreatePerson(alwaysLate).register(entry("second")))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        lost -> assertThat(lost.reason()).isEqualTo(ConflictException.Reason.DUPLICATE_PERSON));
        assertThat(lookups).hasValue(FindOrCreatePerson.ATTEMPTS).hasValue(5);
    }

    @Test
    void givesUpAfterFiveDeletionsToo() {
        Influencers alwaysGone = lookingUp(identity -> {
            lookups.incrementAndGet();
            return Optional.of(person());
        });
        Influencers creatingNothing = new Delegating(alwaysGone) {
            @Override
            public void create(Influencer influencer, PlatformAccount firstAccount) {
                throw new AssertionError("a person who was found is never created");
            }
        };

        assertThatThrownBy(() -> new FindOrCreatePerson(creatingNothing).register(entry("minji")))
                .isInstanceOf(NotFoundException.class);
        assertThat(lookups).hasValue(FindOrCreatePerson.ATTEMPTS);
    }

    @Test
    void refusesATakenHandleAtOnce() {
        Influencer other = Influencer.register(
                InfluencerId.next(NOW),
                new PersonIdentity(PersonName.of("Other"), PhoneNumber.ofE164("+821099998888")),
                NOW);
        storage.influencers().create(other, account(other.id(), "minji"));
        Influencers counting = lookingUp(identity -> {
            lookups.incrementAndGet();
            return storage.influencers().findByIdentity(identity);
        });

        assertThatThrownBy(() -> new FindOrCreatePerson(counting).register(entry("minji")))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        taken -> assertThat(taken.reason()).isEqualTo(ConflictException.Reason.DUPLICATE_HANDLE));
        assertThat(lookups).hasValue(1);
    }

    private static Influencer person() {
        return Influencer.register(InfluencerId.next(NOW), MINJI, NOW);
    }

    private static PlatformAccount account(InfluencerId owner, String handle) {
        return PlatformAccount.register(
                AccountId.next(NOW),
                owner,
                PlatformCode.of("a"),
                new AccountDetails(Handle.of(handle), null, null, null),
                NOW);
    }

    private static NewAccount entry(String handle) {
        return new NewAccount(
                AccountId.next(NOW),
                InfluencerId.next(NOW),
                MINJI,
                PlatformCode.of("a"),
                new AccountDetails(Handle.of(handle), null, null, null),
                NOW);
    }

    /** The store, except that looking a person up by name and phone answers what {@code lookup} says. */
    private Influencers lookingUp(java.util.function.Function<PersonIdentity, Optional<Influencer>> lookup) {
        return new Delegating(storage.influencers()) {
            @Override
            public Optional<Influencer> findByIdentity(PersonIdentity identity) {
                return lookup.apply(identity);
            }
        };
    }

    /** Passes every call on to another store. */
    private static class Delegating implements Influencers {

        private final Influencers store;

        Delegating(Influencers store) {
            this.store = store;
        }

        @Override
        public Optional<Influencer> find(InfluencerId id) {
            return store.find(id);
        }

        @Override
        public Optional<Influencer> findByIdentity(PersonIdentity identity) {
            return store.findByIdentity(identity);
        }

        @Override
        public Optional<PlatformAccount> findAccount(AccountId id) {
            return store.findAccount(id);
        }

        @Override
        public void create(Influencer influencer, PlatformAccount firstAccount) {
            store.create(influencer, firstAccount);
        }

        @Override
        public void addAccount(PlatformAccount account) {
            store.addAccount(account);
        }

        @Override
        public List<RegistrationResult> registerAll(List<NewAccount> batch) {
            return store.registerAll(batch);
        }

        @Override
        public Influencer update(Influencer changed) {
            return store.update(changed);
        }

        @Override
        public PlatformAccount updateAccount(PlatformAccount changed) {
            return store.updateAccount(changed);
        }

        @Override
        public boolean delete(InfluencerId id) {
            return store.delete(id);
        }

        @Override
        public boolean deleteAccount(AccountId id) {
            return store.deleteAccount(id);
        }
    }
}
