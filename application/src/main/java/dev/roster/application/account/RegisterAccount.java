package dev.roster.application.account;

import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.AccountSearch;
import dev.roster.application.port.Influencers;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.RegistrationResult;
import dev.roster.application.query.AccountView;
import dev.roster.application.validation.InputRules;
import dev.roster.application.validation.PhoneNumbers;
import dev.roster.application.validation.Problems;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PersonName;
import dev.roster.domain.influencer.PhoneNumber;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Registers an account on a platform: for a new person it creates the influencer too, for a known name and phone it
 * attaches the account to them.
 */
public final class RegisterAccount {

    private final AccountLookup lookup;
    private final InputRules rules;
    private final PhoneNumbers phones;
    private final Influencers influencers;
    private final AccountSearch search;
    private final FindOrCreatePerson findOrCreate;
    private final Clock clock;

    public RegisterAccount(
            PlatformCatalog platforms,
            InputRules rules,
            PhoneNumbers phones,
            Influencers influencers,
            AccountSearch search,
            Clock clock) {
        this.lookup = new AccountLookup(platforms, influencers);
        this.rules = rules;
        this.phones = phones;
        this.influencers = influencers;
        this.search = search;
        this.findOrCreate = new FindOrCreatePerson(influencers);
        this.clock = clock;
    }

    /** Registers the account and returns it as staff see it, with the person's accounts on other platforms. */
    public AccountView register(RegisterAccountCommand command) {
        PlatformAccount account = save(validate(command));
        return search.view(account.id())
                .orElseThrow(() -> new NotFoundException("account", account.id().value()));
    }

    /**
     * Checks a command against every rule without saving anything; the import does this for each row.
     *
     * @throws dev.roster.application.error.InvalidInputException with every field problem
     * @throws NotFoundException when the platform is unknown
     */
    public Registration validate(RegisterAccountCommand command) {
        Platform platform = lookup.platform(command.platform());
        Problems problems = rules.check(command);
        PersonName name = problems.value("name", () -> PersonName.of(command.name()));
        PhoneNumber phone = phones.read("phone", command.phone(), problems);
        AccountDetails details = AccountDetailsReader.read(
                platform, command.handle(), command.profileUrl(), command.email(), command.notes(), problems);
        problems.throwIfAny();
        return new Registration(platform, new PersonIdentity(name, phone), details);
    }

    /**
     * Saves a validated registration for the person holding its name and phone ({@link FindOrCreatePerson}) and
     * returns the stored account.
     *
     * @throws ConflictException {@code DUPLICATE_HANDLE} when the handle is taken on the platform
     */
    public PlatformAccount save(Registration registration) {
        return findOrCreate.register(newAccount(registration));
    }

    /**
     * Saves many validated registrations at once (an import's batch); each is saved or refused on its own.
     *
     * @return one result per registration, in order
     */
    public List<RegistrationResult> saveAll(List<Registration> registrations) {
        List<NewAccount> batch = new ArrayList<>(registrations.size());
        for (Registration registration : registrations) {
            batch.add(newAccount(registration));
        }
        return influencers.registerAll(batch);
    }

    private NewAccount newAccount(Registration registration) {
        Instant now = clock.instant();
        return new NewAccount(
                AccountId.next(now),
                InfluencerId.next(now),
                registration.identity(),
                registration.platform().code(),
                registration.details(),
                now);
    }
}
