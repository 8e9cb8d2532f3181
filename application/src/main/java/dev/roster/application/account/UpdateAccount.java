package dev.roster.application.account;

import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.AccountSearch;
import dev.roster.application.port.Influencers;
import dev.roster.application.query.AccountView;
import dev.roster.application.validation.InputRules;
import dev.roster.application.validation.Problems;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCatalog;
import java.time.Clock;

/** Changes an account's handle, profile URL, email or notes, refusing edits made against an old version. */
public final class UpdateAccount {

    private final AccountLookup lookup;
    private final InputRules rules;
    private final Influencers influencers;
    private final AccountSearch search;
    private final Clock clock;

    public UpdateAccount(
            PlatformCatalog platforms, InputRules rules, Influencers influencers, AccountSearch search, Clock clock) {
        this.lookup = new AccountLookup(platforms, influencers);
        this.rules = rules;
        this.influencers = influencers;
        this.search = search;
        this.clock = clock;
    }

    /**
     * @throws NotFoundException when the platform or the account on it does not exist
     * @throws dev.roster.application.error.InvalidInputException with every field problem
     * @throws ConflictException {@code STALE_VERSION} or {@code DUPLICATE_HANDLE}
     */
    public AccountView update(UpdateAccountCommand command) {
        Platform platform = lookup.platform(command.platform());
        Problems problems = rules.check(command);
        PlatformAccount current = lookup.account(platform, command.accountId());
        AccountDetails was = current.details();
        AccountDetails details = AccountDetailsReader.read(
                platform,
                command.handle() == null ? was.handle().value() : command.handle(),
                keepOrClear(command.profileUrl(), was.profileUrl()),
                keepOrClear(command.email(), was.email()),
                keepOrClear(command.notes(), was.notes()),
                problems);
        problems.throwIfAny();
        if (current.version() != command.expectedVersion()) {
            throw stale(current);
        }
        PlatformAccount saved = influencers.updateAccount(current.withDetails(details, clock.instant()));
        return search.view(saved.id())
                .orElseThrow(() -> new NotFoundException("account", saved.id().value()));
    }

    private static String keepOrClear(String given, String was) {
        if (given == null) {
            return was;
        }
        return given.isEmpty() ? null : given;
    }

    private static ConflictException stale(PlatformAccount current) {
        return new ConflictException(
                ConflictException.Reason.STALE_VERSION,
                "account " + current.id() + " has changed since it was read: it is at version " + current.version());
    }
}
