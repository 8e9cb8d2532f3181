package dev.roster.adapters.postgres;

import dev.roster.adapters.postgres.jdbc.Columns;
import dev.roster.adapters.postgres.jdbc.Database;
import dev.roster.adapters.postgres.jdbc.Violations;
import dev.roster.adapters.postgres.mapping.AccountMapper;
import dev.roster.adapters.postgres.mapping.InfluencerMapper;
import dev.roster.adapters.postgres.mapping.SearchKeys;
import dev.roster.application.error.ConflictException;
import dev.roster.application.error.NotFoundException;
import dev.roster.application.port.Influencers;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.RegistrationResult;
import dev.roster.domain.influencer.AccountDetails;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.influencer.PlatformAccount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** People and their accounts in the {@code influencer} and {@code platform_account} tables. */
final class PostgresInfluencers implements Influencers {

    private static final String SELECT_INFLUENCER = "SELECT " + Rows.INFLUENCER_COLUMNS + " FROM influencer i ";

    private final Database database;
    private final InfluencerMapper people;
    private final AccountMapper accounts;
    private final BulkRegistration bulk;

    PostgresInfluencers(Database database, InfluencerMapper people, AccountMapper accounts) {
        this.database = database;
        this.people = people;
        this.accounts = accounts;
        this.bulk = new BulkRegistration(database, people, accounts, new ArrayInserts());
    }

    @Override
    public Optional<Influencer> find(InfluencerId id) {
        return database.read(connection -> findInfluencer(connection, "WHERE i.id = ?", id.value(), true));
    }

    @Override
    public Optional<Influencer> findByIdentity(PersonIdentity identity) {
        return database.read(
                connection -> findInfluencer(connection, "WHERE i.identity_key = ?", identity.key(), false));
    }

    @Override
    public Optional<PlatformAccount> findAccount(AccountId id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + Rows.accountColumns("a") + " FROM platform_account a WHERE a.id = ?")) {
                Columns.setId(select, 1, id.value());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(accounts.toAccount(Rows.account(row))) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void create(Influencer influencer, PlatformAccount firstAccount) {
        database.transaction(
                connection -> {
                    try (PreparedStatement insert = connection.prepareStatement(Rows.INSERT_INFLUENCER)) {
                        Rows.bindInfluencer(insert, people.toWrite(influencer));
                        insert.executeUpdate();
                    }
                    insertAccount(connection, firstAccount, influencer.name().key());
                    return null;
                },
                constraint -> switch (constraint) {
                    case Constraints.PERSON_IDENTITY -> ConflictException.duplicatePerson(influencer.identity());
                    case Constraints.INFLUENCER_ID ->
                        ConflictException.duplicateId(
                                "influencer", influencer.id().value());
                    case Constraints.ACCOUNT_OWNER ->
                        new NotFoundException(
                                "influencer", firstAccount.influencerId().value());
                    default -> accountRefusal(firstAccount).explain(constraint);
                });
    }

    @Override
    public void addAccount(PlatformAccount account) {
        database.transaction(
                connection -> {
                    // Locks the owner against deletion and renaming until this account is in, and reads their current
                    // name
                    // (after waiting, if a rename was under way) for the account's copy of it.
                    String nameKey;
                    try (PreparedStatement lock =
                            connection.prepareStatement("SELECT name_key FROM influencer WHERE id = ? FOR KEY SHARE")) {
                        Columns.setId(lock, 1, account.influencerId().value());
                        try (ResultSet owner = lock.executeQuery()) {
                            if (!owner.next()) {
                                throw new NotFoundException(
                                        "influencer", account.influencerId().value());
                            }
                            nameKey = owner.getString(1);
                        }
                    }
                    insertAccount(connection, account, nameKey);
                    return null;
                },
                accountRefusal(account));
    }

    @Override
    public List<RegistrationResult> registerAll(List<NewAccount> batch) {
        return bulk.registerAll(batch);
    }

    @Override
    public Influencer update(Influencer changed) {
        String id = changed.id().value();
        String nameKey = changed.name().key();
        return database.transaction(
                connection -> {
                    try (PreparedStatement update =
                            connection.prepareStatement("UPDATE influencer SET name = ?, phone = ?, "
                                    + "identity_key = ?, name_key = ?, version = version + 1, updated_at = ? "
                                    + "WHERE id = ? AND version = ?")) {
                        update.setString(1, changed.name().value());
                        update.setString(2, changed.phone().e164());
                        update.setString(3, changed.identity().key());
                        update.setString(4, nameKey);
                        Columns.setInstant(update, 5, changed.updatedAt());
                        Columns.setId(update, 6, id);
                        update.setLong(7, changed.version());
                        if (update.executeUpdate() == 0) {
                            throw Rows.exists(connection, "influencer", id)
                                    ? ConflictException.stale("influencer", id)
                                    : new NotFoundException("influencer", id);
                        }
                    }
                    // The accounts' copies of the name, which search and the name order read.
                    try (PreparedStatement copies = connection.prepareStatement(
                            "UPDATE platform_account "
                                    + "SET name_key = ?, name_grams = ?::integer[] WHERE influencer_id = ? AND name_key <> ?")) {
                        copies.setString(1, nameKey);
                        Columns.setCodes(
                                copies, 2, SearchKeys.NameKeys.of(nameKey).nameGrams());
                        Columns.setId(copies, 3, id);
                        copies.setString(4, nameKey);
                        copies.executeUpdate();
                    }
                    return changed.nextVersion();
                },
                constraint -> constraint.equals(Constraints.PERSON_IDENTITY)
                        ? ConflictException.duplicatePerson(changed.identity())
                        : null);
    }

    @Override
    public PlatformAccount updateAccount(PlatformAccount changed) {
        String id = changed.id().value();
        return database.transaction(
                connection -> {
                    SearchKeys keys = SearchKeys.ofAccount(changed);
                    AccountDetails details = changed.details();
                    try (PreparedStatement update =
                            connection.prepareStatement("UPDATE platform_account SET handle = ?, "
                                    + "handle_key = ?, profile_url = ?, email = ?, email_key = ?, notes = ?, "
                                    + "account_grams = ?::integer[], version = version + 1, updated_at = greatest(created_at, ?) "
                                    + "WHERE id = ? AND version = ? RETURNING " + Rows.accountColumns(""))) {
                        update.setString(1, details.handle().value());
                        update.setString(2, keys.handleKey());
                        update.setString(3, details.profileUrl());
                        update.setString(4, details.email());
                        update.setString(5, keys.emailKey());
                        update.setString(6, details.notes());
                        Columns.setCodes(update, 7, keys.accountGrams());
                        Columns.setInstant(update, 8, changed.updatedAt());
                        Columns.setId(update, 9, id);
                        update.setLong(10, changed.version());
                        try (ResultSet saved = update.executeQuery()) {
                            if (saved.next()) {
                                return accounts.toAccount(Rows.account(saved));
                            }
                        }
                    }
                    throw Rows.exists(connection, "platform_account", id)
                            ? ConflictException.stale("account", id)
                            : new NotFoundException("account", id);
                },
                accountRefusal(changed));
    }

    @Override
    public boolean delete(InfluencerId id) {
        // Accounts, their history and consent forms go with the person (ON DELETE CASCADE).
        return deleteById("DELETE FROM influencer WHERE id = ?", id.value());
    }

    @Override
    public boolean deleteAccount(AccountId id) {
        return deleteById("DELETE FROM platform_account WHERE id = ?", id.value());
    }

    private Optional<Influencer> findInfluencer(Connection connection, String where, String value, boolean byId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT_INFLUENCER + where)) {
            if (byId) {
                Columns.setId(select, 1, value);
            } else {
                select.setString(1, value);
            }
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(people.toInfluencer(Rows.influencer(row))) : Optional.empty();
            }
        }
    }

    private void insertAccount(Connection connection, PlatformAccount account, String nameKey) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(Rows.INSERT_ACCOUNT)) {
            Rows.bindAccount(insert, accounts.toWrite(account, nameKey));
            insert.executeUpdate();
        }
    }

    private boolean deleteById(String sql, String id) {
        return database.transaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(sql)) {
                Columns.setId(delete, 1, id);
                return delete.executeUpdate() > 0;
            }
        });
    }

    private static Violations accountRefusal(PlatformAccount account) {
        return constraint -> switch (constraint) {
            case Constraints.HANDLE -> ConflictException.duplicateHandle(account.platform(), account.handle());
            case Constraints.ACCOUNT_ID ->
                ConflictException.duplicateId("account", account.id().value());
            case Constraints.ACCOUNT_OWNER ->
                new NotFoundException("influencer", account.influencerId().value());
            default -> null;
        };
    }
}
