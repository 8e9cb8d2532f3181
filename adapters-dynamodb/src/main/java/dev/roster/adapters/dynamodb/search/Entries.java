package dev.roster.adapters.dynamodb.search;

import dev.roster.adapters.dynamodb.item.PersonAggregate;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.SearchKeys;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.MetricName;
import java.util.List;

/** A person and their accounts as the projection keeps them, with every key a search compares computed once. */
final class Entries {

    private Entries() {}

    /** A person: the name key search and the name order use, and whether a consent form is on file. */
    record Person(PersonAggregate aggregate, String nameKey, boolean consent, List<Account> accounts) {}

    /** An account with its sort and search keys, computed once; {@code owner} is filled in once the person is built. */
    static final class Account implements SearchKeys {
        final PlatformAccount account;
        final String id;
        final String handleKey;
        final String emailKey;
        final long createdMicros;
        final long followers;
        Person owner;

        Account(PlatformAccount account) {
            this.account = account;
            this.id = account.id().value();
            this.handleKey = account.handle().key();
            this.emailKey = account.details().email() == null
                    ? null
                    : AccountQuery.searchable(account.details().email());
            this.createdMicros = SearchKeys.micros(account.createdAt());
            this.followers = account.metrics()
                    .flatMap(reading -> reading.value(MetricName.FOLLOWERS))
                    .orElse(-1L);
        }

        @Override
        public String accountId() {
            return id;
        }

        @Override
        public String nameKey() {
            return owner.nameKey();
        }

        @Override
        public String handleKey() {
            return handleKey;
        }

        @Override
        public String emailKey() {
            return emailKey;
        }

        @Override
        public long createdMicros() {
            return createdMicros;
        }

        @Override
        public long followers() {
            return followers;
        }

        @Override
        public boolean hasConsent() {
            return owner.consent();
        }

        /** The ready-to-show view, with the owner's accounts on other platforms. */
        AccountView view() {
            return owner.aggregate().viewOf(account);
        }
    }

    static Person person(PersonAggregate aggregate) {
        List<Account> accounts = aggregate.accounts().stream().map(Account::new).toList();
        Person person = new Person(aggregate, aggregate.influencer().name().key(), aggregate.consent(), accounts);
        accounts.forEach(account -> account.owner = person);
        return person;
    }
}
