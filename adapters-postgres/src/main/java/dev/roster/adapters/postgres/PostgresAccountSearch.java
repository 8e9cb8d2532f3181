package dev.roster.adapters.postgres;

import dev.roster.adapters.postgres.jdbc.Columns;
import dev.roster.adapters.postgres.jdbc.Database;
import dev.roster.adapters.postgres.jdbc.RowReader;
import dev.roster.adapters.postgres.mapping.AccountMapper;
import dev.roster.adapters.postgres.mapping.DomainValues;
import dev.roster.adapters.postgres.mapping.InfluencerMapper;
import dev.roster.application.port.AccountSearch;
import dev.roster.application.query.AccountDetail;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.AccountRef;
import dev.roster.application.query.AccountView;
import dev.roster.application.query.InfluencerView;
import dev.roster.application.query.Page;
import dev.roster.application.query.SearchCursor;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.ConsentForm;
import dev.roster.domain.influencer.Influencer;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PlatformAccount;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The read side: ready-to-show views, each one statement and one round trip. */
final class PostgresAccountSearch implements AccountSearch {

    private static final String VIEW = "SELECT " + SearchStatement.VIEW_COLUMNS + " FROM platform_account a "
            + "JOIN influencer i ON i.id = a.influencer_id " + SearchStatement.OTHER_ACCOUNTS + "WHERE a.id = ?";

    /** The view with the account's collection state beside it (one row per account at most: its key). */
    private static final String DETAIL = "SELECT " + SearchStatement.VIEW_COLUMNS
            + ", s.failure_status, s.failure_reason, s.failed_at FROM platform_account a "
            + "JOIN influencer i ON i.id = a.influencer_id " + SearchStatement.OTHER_ACCOUNTS
            + "LEFT JOIN collection_state s ON s.account_id = a.id WHERE a.id = ?";

    /** A person with one row per account (or one row without), their consent forms aggregated on each. */
    private static final String INFLUENCER = "SELECT " + Rows.INFLUENCER_COLUMNS + ", " + Rows.accountColumns("a")
            + ", c.forms FROM influencer i LEFT JOIN platform_account a ON a.influencer_id = i.id "
            + "LEFT JOIN LATERAL (SELECT array_agg(f.id ORDER BY " + PostgresConsentForms.NEWEST_FIRST + ") AS forms "
            + "FROM consent_form f WHERE f.influencer_id = i.id) c ON true WHERE i.id = ?";

    private final Database database;
    private final InfluencerMapper people;
    private final AccountMapper accounts;

    PostgresAccountSearch(Database database, InfluencerMapper people, AccountMapper accounts) {
        this.database = database;
        this.people = people;
        this.accounts = accounts;
    }

    @Override
    public Optional<AccountView> view(AccountId id) {
        return firstRow(VIEW, id, this::view);
    }

    @Override
    public Optional<AccountDetail> detail(AccountId id) {
        return firstRow(DETAIL, id, row -> {
            AccountView view = view(row);
            Instant failedAt = Columns.instant(row, "failed_at");
            CollectionFailure failure = failedAt == null
                    ? null
                    : new CollectionFailure(
                            view.account().id(),
                            CollectionFailure.Status.ofLabel(row.getString("failure_status")),
                            row.getString("failure_reason"),
                            failedAt);
            return new AccountDetail(view, failure);
        });
    }

    /** The one row {@code sql} selects for the account, read by {@code reader}; empty when there is none. */
    private <T> Optional<T> firstRow(String sql, AccountId id, RowReader<T> reader) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                Columns.setId(select, 1, id.value());
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(reader.read(row)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public Optional<InfluencerView> influencer(InfluencerId id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(INFLUENCER)) {
                Columns.setId(select, 1, id.value());
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        return Optional.empty();
                    }
                    Influencer person = people.toInfluencer(Rows.influencer(row));
                    boolean hasForms = elements(row.getArray("forms")).length > 0;
                    List<PlatformAccount> owned = new ArrayList<>();
                    do {
                        if (row.getObject("id") != null) {
                            owned.add(accounts.toAccount(Rows.account(row)));
                        }
                    } while (row.next());
                    owned.sort(InfluencerView.ACCOUNTS_ORDER);
                    // Forms are few and rarely there: read in a second statement only for a person who has some.
                    List<ConsentForm> forms = hasForms ? consentForms(connection, person.id()) : List.of();
                    return Optional.of(new InfluencerView(person, owned, forms));
                }
            }
        });
    }

    @Override
    public Page<AccountView> search(AccountQuery query) {
        if (matchesNothing(query)) {
            return new Page<>(List.of(), null);
        }
        List<AccountView> views = database.read(connection -> {
            List<AccountView> found = new ArrayList<>();
            try (PreparedStatement select =
                            SearchStatement.page(query, connection).prepare(connection, "");
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.add(view(row));
                }
            }
            return found;
        });
        boolean more = views.size() > query.limit();
        List<AccountView> page = more ? views.subList(0, query.limit()) : views;
        String next = more
                ? SearchCursor.after(query.order(), page.get(page.size() - 1)).encode()
                : null;
        return new Page<>(page, next);
    }

    /** One statement, read through a cursor a page's worth of rows at a time, instead of a statement per page. */
    @Override
    public Stream<AccountView> all(AccountQuery query) {
        if (matchesNothing(query)) {
            return Stream.empty();
        }
        SearchStatement statement = SearchStatement.every(query);
        return database.stream(connection -> statement.prepare(connection, ""), this::view, query.limit());
    }

    /** PostgreSQL's plan for the search, run with EXPLAIN ANALYZE: one line per plan node. */
    List<String> plan(AccountQuery query) {
        return database.read(connection -> {
            List<String> lines = new ArrayList<>();
            try (PreparedStatement explain = SearchStatement.page(query, connection)
                            .prepare(connection, "EXPLAIN (ANALYZE, COSTS OFF) ");
                    ResultSet row = explain.executeQuery()) {
                while (row.next()) {
                    lines.add(row.getString(1));
                }
            }
            return lines;
        });
    }

    /** No stored text can hold NUL (PostgreSQL refuses it), so a text with one matches nothing. */
    private static boolean matchesNothing(AccountQuery query) {
        return query.text() != null && query.text().indexOf('\0') >= 0;
    }

    private AccountView view(ResultSet row) throws SQLException {
        PlatformAccount account = accounts.toAccount(Rows.account(row));
        Influencer owner = people.toInfluencer(Rows.influencer(row));
        return new AccountView(account, owner, otherAccounts(row), row.getObject("consent_signed_on", LocalDate.class));
    }

    private static List<AccountRef> otherAccounts(ResultSet row) throws SQLException {
        Object[] ids = elements(row.getArray("other_ids"));
        Object[] platforms = elements(row.getArray("other_platforms"));
        Object[] handles = elements(row.getArray("other_handles"));
        List<AccountRef> refs = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            refs.add(new AccountRef(
                    DomainValues.accountId(ids[i].toString()),
                    DomainValues.platform((String) platforms[i]),
                    DomainValues.handle((String) handles[i])));
        }
        refs.sort(AccountView.OTHER_ACCOUNTS_ORDER);
        return refs;
    }

    private static List<ConsentForm> consentForms(Connection connection, InfluencerId owner) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + PostgresConsentForms.COLUMNS
                + " FROM consent_form f WHERE f.influencer_id = ? ORDER BY " + PostgresConsentForms.NEWEST_FIRST)) {
            Columns.setId(select, 1, owner.value());
            List<ConsentForm> forms = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    forms.add(PostgresConsentForms.form(row));
                }
            }
            return forms;
        }
    }

    private static Object[] elements(Array array) throws SQLException {
        return array == null ? new Object[0] : (Object[]) array.getArray();
    }
}
