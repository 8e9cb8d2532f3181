package dev.roster.application.testkit;

import dev.roster.application.Roster;
import dev.roster.application.account.RegisterAccountCommand;
import dev.roster.application.port.RosterStorage;
import dev.roster.application.query.AccountView;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.ConsentFormId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PersonName;
import dev.roster.domain.influencer.PhoneNumber;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.PlatformCode;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every storage contract starts from: an empty store under test, and a {@link Roster} over it. An adapter's
 * test extends a contract and implements {@link #emptyStorage()}.
 */
public abstract class StorageContract {

    protected static final PlatformCode A = PlatformCode.of("a");
    protected static final PlatformCode B = PlatformCode.of("b");

    protected RosterStorage storage;
    protected Roster roster;
    protected SteppingClock clock;

    /** The store under test, holding nothing; called before each test. */
    protected abstract RosterStorage emptyStorage();

    @BeforeEach
    void openEmptyStore() {
        storage = emptyStorage();
        clock = SteppingClock.fromNewYear();
        roster = Roster.builder().storage(storage).clock(clock).build();
    }

    protected AccountView register(String platform, String name, String phone, String handle) {
        return register(platform, name, phone, handle, null);
    }

    protected AccountView register(String platform, String name, String phone, String handle, String email) {
        return roster.accounts().register(new RegisterAccountCommand(platform, name, phone, handle, null, email, null));
    }

    /** A person and their account as a store is handed them, bypassing the use cases. */
    protected Influencer person(String name, String e164) {
        Instant now = clock.instant();
        return Influencer.register(
                InfluencerId.next(now), new PersonIdentity(PersonName.of(name), PhoneNumber.ofE164(e164)), now);
    }

    protected PlatformAccount account(Influencer owner, PlatformCode platform, String handle) {
        Instant now = clock.instant();
        return PlatformAccount.register(
                AccountId.next(now),
                owner.id(),
                platform,
                new AccountDetails(Handle.of(handle), null, null, null),
                now);
    }

    /** A consent form's record as a store is handed it, its file supposed kept under {@code consent/}. */
    protected ConsentForm consentForm(InfluencerId person, LocalDate signedOn) {
        Instant now = clock.instant();
        ConsentFormId id = ConsentFormId.next(now);
        return new ConsentForm(
                id,
                person,
                "consent/" + person.value() + "/" + id.value() + ".pdf",
                "동의서.pdf",
                1234,
                "0123456789abcdef".repeat(4),
                signedOn,
                now,
                "editor@example.com",
                "원본은 사무실",
                false);
    }
}
