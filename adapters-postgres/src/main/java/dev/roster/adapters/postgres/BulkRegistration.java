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

/**
 * {@code registerAll}: a whole batch in one transaction of four set-based statements, however long the batch.
 * How the rows of steps 1 and 3 reach the server is {@link ArrayInserts}' part.
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

    private static final String LOCK_OWNERS = "SELECT id, identity_key, name_key FROM influencer "
            + "WHERE identity_key = ANY (?::text[]) ORDER BY identity_key COLLATE \"C\" FOR KEY SHARE";

    /** How often the owners are looked for again when one vanished between steps 1 and 2 (deleted meanwhile). */
    private static final int OWNER_ATTEMPTS = 3;

    private final Database database;
    private final InfluencerMapper people;
    private final AccountMapper accounts;
    private final ArrayInserts inserts;

    BulkRegistration(Database database, InfluencerMapper people, AccountMapper accounts, ArrayInserts inserts) {
        this.database = database;
        this.people = people;
        this.accounts = accounts;
        this.inserts = inserts;
    }

    List<RegistrationResult> registerAll(List<NewAccount> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        return database.transaction(
                connection -> register(connection, batch),
                constraint -> constraint.equals(Constraints.ACCOUNT_ID)
                        ? ConflictException.duplicateId("account", "in this batch")
                        : null);
    }

    private List<RegistrationResult> register(Connection connection, List<NewAccount> batch) throws SQLException {
        // The first entry for each identity says how a new person is written; each identity key is computed once.
        String[] identityKeys = new String[batch.size()];
        Map<String, InfluencerWrite> newcomers = new TreeMap<>();
        for (int i = 0; i < batch.size(); i++) {
            NewAccount entry = batch.get(i);
            identityKeys[i] = entry.identity().key();
            newcomers.computeIfAbsent(
                    identityKeys[i],
                    key -> people.toWrite(Influencer.register(entry.newInfluencerId(), entry.identity(), entry.at())));
        }
        Set<String> created = new HashSet<>();
        Map<String, Owner> owners = new HashMap<>();
        for (int attempt = 1; owners.size() < newcomers.size(); attempt++) {
            if (attempt > OWNER_ATTEMPTS) {
                throw new IllegalStateException("people of a batch kept vanishing while it was registered");
            }
            List<InfluencerWrite> missing = newcomers.values().stream()
                    .filter(person -> !owners.containsKey(person.identityKey()))
                    .toList();
            created.addAll(inserts.people(connection, missing));
            owners.putAll(lockOwners(connection, missing));
        }

        List<PlatformAccount> candidates = new ArrayList<>(batch.size());
        List<AccountWrite> rows = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            NewAccount entry = batch.get(i);
            Owner owner = owners.get(identityKeys[i]);
            PlatformAccount account =
                    PlatformAccount.register(entry.id(), owner.id(), entry.platform(), entry.details(), entry.at());
            candidates.add(account);
            rows.add(accounts.toWrite(account, SearchKeys.of(account, owner.name())));
        }
        Set<String> stored = inserts.accounts(connection, rows);

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

    private static Map<String, Owner> lockOwners(Connection connection, List<InfluencerWrite> wanted)
            throws SQLException {
        Map<String, Owner> owners = new HashMap<>();
        try (PreparedStatement lock = connection.prepareStatement(LOCK_OWNERS)) {
            Columns.setTexts(
                    lock, 1, wanted.stream().map(InfluencerWrite::identityKey).toList());
            try (ResultSet row = lock.executeQuery()) {
                while (row.next()) {
                    owners.put(
                            row.getString("identity_key"),
                            new Owner(
                                    new InfluencerId(Columns.id(row, "id")),
                                    SearchKeys.NameKeys.of(row.getString("name_key"))));
                }
            }
        }
        return owners;
    }

    private static void deletePeople(Connection connection, Set<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement delete =
                connection.prepareStatement("DELETE FROM influencer WHERE id = ANY (?::uuid[])")) {
            Columns.setTexts(delete, 1, ids);
            delete.executeUpdate();
        }
    }

    /** Who holds an identity, and their name's search keys, computed once for all their accounts in the batch. */
    private record Owner(InfluencerId id, SearchKeys.NameKeys name) {}
}
