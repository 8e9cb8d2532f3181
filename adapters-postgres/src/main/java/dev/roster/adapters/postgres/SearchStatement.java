package dev.roster.adapters.postgres;

import dev.roster.adapters.postgres.jdbc.Columns;
import dev.roster.adapters.postgres.mapping.SearchGrams;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.SearchCursor;
import dev.roster.application.query.SortField;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGStatement;

/**
 * The one statement that answers an {@link AccountQuery}: the page's accounts (text, filters, keyset position, order,
 * limit + 1 to tell whether more follow), then each with its influencer and the handles of the influencer's accounts
 * on other platforms, in one round trip.
 *
 * <p>Text of two or more characters is looked up through the bigram GIN index (every bigram of the query must be among
 * the name's, handle's and email's); {@code strpos} then confirms the substring. The planner may instead walk the sort
 * order's index and filter, which is faster when the text is common: both give the same rows. Which one it takes
 * depends on the text, so the statement is planned for each execution with its values (see {@link #prepare}).
 */
final class SearchStatement {

    /** Columns the page's rows carry from the inner query to the outer one. */
    private static final String PAGE_COLUMNS = "a.id, a.influencer_id, a.platform, a.handle, a.profile_url, a.email, "
            + "a.notes, a.metrics, a.metrics_collected_at, a.version, a.created_at, a.updated_at, a.handle_key, "
            + "a.name_key, a.followers, a.consent_signed_on";

    /** The handles of the owner's accounts on other platforms, aggregated so each page row stays one row. */
    static final String OTHER_ACCOUNTS = "LEFT JOIN LATERAL (SELECT array_agg(x.id) AS other_ids, "
            + "array_agg(x.platform) AS other_platforms, array_agg(x.handle) AS other_handles "
            + "FROM platform_account x WHERE x.influencer_id = a.influencer_id AND x.platform <> a.platform) o ON true ";

    static final String VIEW_COLUMNS = Rows.accountColumns("a") + ", " + Rows.INFLUENCER_COLUMNS
            + ", a.consent_signed_on, o.other_ids, o.other_platforms, o.other_handles";

    private final StringBuilder where = new StringBuilder();
    private final List<Binder> parameters = new ArrayList<>();
    private final String order;
    /** The inner query's page: its order and limit, or nothing when every row is read (the outer query orders). */
    private final String page;

    /** One page of the query's: its limit, and one more row to tell whether more follow. */
    static SearchStatement page(AccountQuery query) {
        return new SearchStatement(query, true);
    }

    /** Every row the query matches from its cursor on, whatever its limit. */
    static SearchStatement every(AccountQuery query) {
        return new SearchStatement(query, false);
    }

    private SearchStatement(AccountQuery query, boolean paged) {
        String key = sortColumn(query.order().field());
        String direction = query.order().descending() ? " DESC" : "";
        // Handles are unique on a platform, so the id can never break a tie there: leaving it out lets the unique
        // index on (platform, handle_key) serve the order instead of an index of its own.
        boolean unique = query.order().field() == SortField.HANDLE;
        this.order = key + direction + (unique ? "" : ", a.id" + direction);
        this.page = paged ? " ORDER BY " + order + " LIMIT " + (query.limit() + 1) : "";

        condition(
                "a.platform = ?",
                (statement, index) ->
                        statement.setString(index, query.platform().value()));
        if (query.text() != null) {
            matchText(query.text());
        }
        if (query.minFollowers() != null) {
            long least = query.minFollowers();
            condition("a.followers >= ?", (statement, index) -> statement.setLong(index, least));
        }
        if (query.hasConsent() != null) {
            // The owner's latest signature date, kept on each account with the forms (V5): no form is read here.
            condition("a.consent_signed_on IS " + (query.hasConsent() ? "NOT " : "") + "NULL");
        }
        if (query.after() != null) {
            after(key, query.order().descending() ? "<" : ">", query.after(), unique);
        }
    }

    String sql() {
        return "SELECT " + VIEW_COLUMNS + " FROM (SELECT " + PAGE_COLUMNS + " FROM platform_account a WHERE " + where
                + page + ") a "
                + "JOIN influencer i ON i.id = a.influencer_id " + OTHER_ACCOUNTS + "ORDER BY " + order;
    }

    /**
     * The statement with its parameters bound; {@code prefix} may turn it into an EXPLAIN.
     *
     * <p>It is planned afresh for every execution, with its values in view. Which plan is right depends on the values:
     * text that few rows hold is found fastest through the bigram index, text that many hold by walking the sort
     * order's index until the page is full. A server-side prepared statement would, after five executions, be given
     * PostgreSQL's generic plan, made without the values, and keep it: for this statement that is the walk, which
     * reads every row of the platform when the text is rare (hundreds of milliseconds on 100,000 accounts instead of
     * a few). Planning costs well under a millisecond; a generic plan can cost a hundred times that.
     *
     * <p>Why an unnamed statement rather than {@code SET LOCAL plan_cache_mode = force_custom_plan}: the setting needs a
     * transaction around each search (the pool's connections auto-commit) and a round trip more, and only holds while
     * nothing resets it; an unnamed statement is planned with its values by the protocol itself (parse, bind and
     * execute go in one round trip), whatever the server's settings. The other statements keep pgjdbc's default.
     */
    PreparedStatement prepare(Connection connection, String prefix) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(prefix + sql());
        try {
            // 0: never a named server-side statement, so PostgreSQL plans each execution with its parameters.
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            int index = 1;
            for (Binder parameter : parameters) {
                parameter.bind(statement, index++);
            }
            return statement;
        } catch (SQLException failure) {
            statement.close();
            throw failure;
        }
    }

    private void matchText(String text) {
        int[] grams = SearchGrams.of(text);
        if (grams.length > 0) {
            // The expression of the platform_account_search index, so that the index and its element statistics
            // apply. Bound as an int4[], not as text cast to one: the planner then sees the codes themselves, and no
            // row parses an array literal again when the sort order is walked.
            condition(
                    "(a.name_grams || a.account_grams) @> ?", (statement, index) -> statement.setObject(index, grams));
        }
        condition(
                "(strpos(a.name_key, ?) > 0 OR strpos(a.handle_key, ?) > 0 OR strpos(a.email_key, ?) > 0)",
                (statement, index) -> statement.setString(index, text),
                (statement, index) -> statement.setString(index, text),
                (statement, index) -> statement.setString(index, text));
    }

    /** Strictly after the cursor in this order: the row comparison walks the sort index from that point. */
    private void after(String key, String comparison, SearchCursor cursor, boolean unique) {
        Binder position = switch (cursor.order().field()) {
            case HANDLE, NAME -> (statement, index) -> statement.setString(index, cursor.key());
            case FOLLOWERS -> (statement, index) -> statement.setLong(index, cursor.numericKey());
            case CREATED ->
                (statement, index) -> Columns.setInstant(
                        statement, index, Instant.EPOCH.plus(cursor.numericKey(), ChronoUnit.MICROS));
        };
        if (unique) {
            condition(key + " " + comparison + " ?", position);
        } else {
            condition(
                    "(" + key + ", a.id) " + comparison + " (?, ?)",
                    position,
                    (statement, index) ->
                            Columns.setId(statement, index, cursor.lastId().value()));
        }
    }

    private void condition(String sql, Binder... binders) {
        where.append(where.length() == 0 ? "" : " AND ").append(sql);
        parameters.addAll(List.of(binders));
    }

    /** The column each order sorts on; its values compare exactly as {@link SearchCursor#sortKey} keys do. */
    private static String sortColumn(SortField field) {
        return switch (field) {
            case HANDLE -> "a.handle_key";
            case NAME -> "a.name_key";
            case CREATED -> "a.created_at";
            case FOLLOWERS -> "a.followers";
        };
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }
}
