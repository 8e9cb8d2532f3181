package dev.roster.adapters.postgres;

import dev.roster.adapters.postgres.jdbc.Columns;
import dev.roster.adapters.postgres.jdbc.Database;
import dev.roster.adapters.postgres.mapping.AccountMapper;
import dev.roster.adapters.postgres.mapping.AccountWrite;
import dev.roster.adapters.postgres.mapping.InfluencerMapper;
import dev.roster.adapters.postgres.mapping.InfluencerWrite;
import dev.roster.adapters.postgres.mapping.SearchKeys;
import dev.roster.application.error.ConflictException;
import dev.roster.application.port.NewAccount;
import dev.roster.application.port.RegistrationResult;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PlatformAccount;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * {@code registerAll}: a whole batch in one transaction of four set-based statements, however long the batch.
 *
 * <ol>
 * <li>insert the batch's people, {@code ON CONFLICT DO NOTHING} (someone else may hold the identity);
 * <li>read and key-share lock every owner, so none is deleted or renamed before the accounts are in;
 * <li>insert the accounts, {@code ON CONFLICT DO NOTHING RETURNING id}: a missing id is a taken handle;
 * <li>delete the people this batch created whose every account was refused: nothing of a refused entry stays.
 * </ol>
 *
 * Rows are inserted in key order (identity, then platform and handle), so concurrent batches wait for each other in
 * one order and never deadlock; a concurrent registration of the same new person makes the insert wait for its
 * commit and then attach to that person.
 */
final class BulkRegistration {

    private static final String INSERT_PEOPLE = "INSERT INTO influencer "
            + "(id, name, phone, identity_key, name_key, version, created_at, updated_at) "
            + "SELECT p.id::uuid, p.name, p.phone, p.identity_key, p.name_key, 1, p.at::timestamptz, p.at::timestamptz "
            + "FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) "
            + "AS p(id, name, phone, identity_key, name_key, at) "
            + "ORDER BY p.identity_key COLLATE \"C\" "
            + "ON CONFLICT (identity_key) DO NOTHING RETURNING id";

    private static final String LOCK_OWNERS = "SELECT id, identity_key, name_key FROM influencer "
            + "WHERE identity_key = ANY (?::text[]) ORDER BY identity_key COLLATE \"C\" FOR KEY SHARE";

    private static final String INSERT_ACCOUNTS = "INSERT INTO platform_account (id, influencer_id, platform, "
            + "handle, handle_key, name_key, profile_url, email, email_key, notes, name_grams, account_grams, version, "
            + "created_at, updated_at) "
            + "SELECT e.id::uuid, e.influencer_id::uuid, e.platform, e.handle, e.handle_key, e.name_key, "
            + "e.profile_url, e.email, e.email_key, e.notes, e.name_grams::integer[], e.account_grams::integer[], 1, "
            + "e.at::timestamptz, e.at::timestamptz "
            + "FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY AS e(id, influencer_id, "
            + "platform, handle, handle_key, name_key, profile_url, email, email_key, notes, name_grams, "
            + "account_grams, at, entry) "
            + "ORDER BY e.platform, e.handle_key COLLATE \"C\", e.entry "
            + "ON CONFLICT (platform, handle_key) DO NOTHING RETURNING id";

    /** How often the owners are looked for again when one vanished between steps 1 and 2 (deleted meanwhile). */
    private static final int OWNER_ATTEMPTS = 3;

    private final Database database;
    private final InfluencerMapper people;
    private final AccountMapper accounts;

    BulkRegistration(Database database, InfluencerMapper people, AccountMapper accounts) {
        this.database = database;
        this.people = people;
        this.accounts = accounts;
    }

    List<RegistrationResult> registerAll(List<NewAccount> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        return database.transaction(connection -> register(connection, batch),
                constraint -> constraint.equals(Constraints.ACCOUNT_ID)
                        ? ConflictException.duplicateId("account", "in this batch") : null);
    }

    private List<RegistrationResult> register(Connection connection, List<NewAccount> batch) throws SQLException {
        // The first entry for each identity says how a new person is written; each identity key is computed once.
        String[] identityKeys = new String[batch.size()];
        Map<String, InfluencerWrite> newcomers = new TreeMap<>();
        for (int i = 0; i < batch.size(); i++) {
            NewAccount entry = batch.get(i);
            identityKeys[i] = entry.identity().key();
            newcomers.computeIfAbsent(identityKeys[i], key -> people.toWrite(
                    Influencer.register(entry.newInfluencerId(), entry.identity(), entry.at())));
        }
        Set<String> created = new HashSet<>();
        Map<String, Owner> owners = new HashMap<>();
        for (int attempt = 1; owners.size() < newcomers.size(); attempt++) {
            if (attempt > OWNER_ATTEMPTS) {
                throw new IllegalStateException("people of a batch kept vanishing while it was registered");
            }
            List<InfluencerWrite> missing = newcomers.values().stream()
                    .filter(person -> !owners.containsKey(person.identityKey())).toList();
            created.addAll(insertPeople(connection, missing));
            owners.putAll(lockOwners(connection, missing));
        }

        List<PlatformAccount> candidates = new ArrayList<>(batch.size());
        List<AccountWrite> rows = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            NewAccount entry = batch.get(i);
            Owner owner = owners.get(identityKeys[i]);
            PlatformAccount account = PlatformAccount.register(entry.id(), owner.id(), entry.platform(),
                    entry.details(), entry.at());
            candidates.add(account);
            rows.add(accounts.toWrite(account, SearchKeys.of(account, owner.name())));
        }
        Set<String> stored = insertAccounts(connection, rows);

        Set<String> owning = new HashSet<>();
        List<RegistrationResult> results = new ArrayList<>(batch.size());
        for (PlatformAccount account : candidates) {
            if (stored.contains(account.id().value())) {
                owning.add(account.influencerId().value());
                results.add(new RegistrationResult.Registered(account));
            } else {
                results.add(new RegistrationResult.Refused(
                        ConflictException.duplicateHandle(account.platform(), account.handle())));
            }
        }
        created.removeAll(owning);
        deletePeople(connection, created);
        return results;
    }

    private static Set<String> insertPeople(Connection connection, List<InfluencerWrite> newcomers)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_PEOPLE)) {
            bindColumns(connection, insert, newcomers, List.of(InfluencerWrite::id, InfluencerWrite::name,
                    InfluencerWrite::phone, InfluencerWrite::identityKey, InfluencerWrite::nameKey,
                    person -> person.createdAt().toString()));
            return ids(insert);
        }
    }

    private static Map<String, Owner> lockOwners(Connection connection, List<InfluencerWrite> wanted)
            throws SQLException {
        Map<String, Owner> owners = new HashMap<>();
        try (PreparedStatement lock = connection.prepareStatement(LOCK_OWNERS)) {
            lock.setArray(1, Columns.texts(connection, wanted.stream().map(InfluencerWrite::identityKey).toList()));
            try (ResultSet row = lock.executeQuery()) {
                while (row.next()) {
                    owners.put(row.getString("identity_key"), new Owner(new InfluencerId(Columns.id(row, "id")),
                            SearchKeys.NameKeys.of(row.getString("name_key"))));
                }
            }
        }
        return owners;
    }

    private static Set<String> insertAccounts(Connection connection, List<AccountWrite> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ACCOUNTS)) {
            bindColumns(connection, insert, rows, List.of(AccountWrite::id, AccountWrite::influencerId,
                    AccountWrite::platform, AccountWrite::handle, AccountWrite::handleKey, AccountWrite::nameKey,
                    AccountWrite::profileUrl, AccountWrite::email, AccountWrite::emailKey, AccountWrite::notes,
                    AccountWrite::nameGrams, AccountWrite::accountGrams, row -> row.createdAt().toString()));
            return ids(insert);
        }
    }

    private static void deletePeople(Connection connection, Set<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM influencer WHERE id = ANY (?::uuid[])")) {
            delete.setArray(1, Columns.texts(connection, ids));
            delete.executeUpdate();
        }
    }

    /** Binds one {@code text[]} parameter per column, each holding that column of every row. */
    private static <R> void bindColumns(Connection connection, PreparedStatement statement, List<R> rows,
            List<Function<R, String>> columns) throws SQLException {
        for (int column = 0; column < columns.size(); column++) {
            statement.setArray(column + 1, Columns.texts(connection, rows.stream().map(columns.get(column)).toList()));
        }
    }

    private static Set<String> ids(PreparedStatement insert) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (ResultSet row = insert.executeQuery()) {
            while (row.next()) {
                ids.add(Columns.id(row, "id"));
            }
        }
        return ids;
    }

    /** Who holds an identity, and their name's search keys, computed once for all their accounts in the batch. */
    private record Owner(InfluencerId id, SearchKeys.NameKeys name) {
    }
}
