package dev.roster.adapters.postgres;

import dev.roster.adapters.postgres.jdbc.Columns;
import dev.roster.adapters.postgres.mapping.SearchGrams;
import dev.roster.application.query.AccountQuery;
import dev.roster.application.query.SearchCursor;
import dev.roster.application.query.SortField;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
 * <p>Text is found one of two ways, both giving the same rows, and which is fast depends on how many accounts hold the
 * text (see {@link #page}): through the search GIN index (every code of the query must be among the name's, handle's
 * and email's: {@link SearchGrams}), then sorted; or by walking the sort order's index until the page is full,
 * {@code strpos} confirming each entry. Either way {@code strpos} decides.
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

    /**
     * Above this many candidates (PostgreSQL's estimate of the accounts holding every code of the text) a page walks
     * the order instead of sorting the candidates. Sorting costs ~1 µs a candidate whatever the order (the GIN bitmap,
     * a heap visit, {@code strpos}); a walk costs ~0.3 µs an entry read (its index holds the text keys) and stops when
     * the page is full: after ~21 / share entries when the matches are spread, after every entry before the first
     * match when they sit together. At 2,000 candidates sorting them costs ~2 ms, and walking can only be slow if
     * those 2,000+ all sort after most of the platform, which staff's data rarely does (measured on 100,000 accounts:
     * docs/postgres.md).
     */
    static final long FEW_CANDIDATES = 2_000;

    private final StringBuilder where = new StringBuilder();
    private final List<Binder> parameters = new ArrayList<>();
    private final String order;
    /** The inner query's page: its order and limit, or nothing when every row is read (the outer query orders). */
    private final String page;
    /** One page, or every row from the cursor on. */
    private final boolean paged;
    /** A page of few candidates: all of them first, then sorted (see {@link #sql}). */
    private final boolean sortCandidates;

    /**
     * One page of the query's: its limit, and one more row to tell whether more follow.
     *
     * <p>Text is looked up through the search index only when PostgreSQL expects few accounts to hold its codes
     * ({@link #FEW_CANDIDATES}); otherwise the statement leaves the index condition out and walks the order. Why the
     * code chooses, not the planner: the planner assumes matches are spread evenly along the order, so for common text
     * it always walks, and when the matches sit together far along the order (a common name in name order: every
     * 김민지 sorts after the ~21,600 names before it) the walk read and filtered all of those rows through the heap
     * (60–110 ms on 100,000 accounts). Now the walk reads only the order's index, which carries the name, handle and
     * email keys (V6), so the filter needs no heap visit (on pages the visibility map marks all-visible: V6 has autovacuum
     * keep it fresh), an entry costs a few tenths of a microsecond, and the page's
     * rows are read by id once it is chosen. The index condition would need the rows' code arrays, which no order index
     * holds, so it must be left out for the walk to stay in the index. Counting the candidates through the GIN index
     * first costs as much as the walk itself for common text (its bitmap is built whole: ~12 ms for 김민지), so the
     * count is PostgreSQL's estimate (EXPLAIN of the index condition alone, from the element statistics ANALYZE keeps
     * for the index's expression; ~0.3 ms, no row read).
     */
    static SearchStatement page(AccountQuery query, Connection connection) throws SQLException {
        int[] codes = query.text() == null ? new int[0] : SearchGrams.query(query.text());
        // No code (one ASCII character): only a walk can find it, and such a character is common (SearchGrams).
        boolean throughIndex =
                codes.length > 0 && candidates(connection, query.platform().value(), codes) <= FEW_CANDIDATES;
        return new SearchStatement(query, true, throughIndex);
    }

    /**
     * Every row the query matches from its cursor on, whatever its limit: without a limit to stop a walk early, the
     * planner chooses between the index and the walk by its estimates.
     */
    static SearchStatement every(AccountQuery query) {
        return new SearchStatement(query, false, true);
    }

    private SearchStatement(AccountQuery query, boolean paged, boolean throughIndex) {
        this.paged = paged;
        this.sortCandidates = paged && throughIndex && query.text() != null;
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
            matchText(query.text(), throughIndex);
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

    /**
     * A page chooses its accounts by id and sort key alone, so that a walk of an order index (which carries the text
     * keys) never visits the heap for the rows it passes over; only the page's rows are then read. Every row at once
     * is read in one pass instead (one more lookup by id for each of tens of thousands of rows would cost more).
     */
    String sql() {
        String rows;
        if (!paged) {
            rows = "(SELECT " + PAGE_COLUMNS + " FROM platform_account a WHERE " + where + ") a ";
        } else if (sortCandidates) {
            // OFFSET 0 keeps the candidates' query apart from the order and limit: PostgreSQL would otherwise still
            // walk the order when it expects the candidates spread along it, which the code chose against (m1 in
            // bench/postgres: 21 matches, all among the oldest accounts; the walk read 53,841 rows, 75-128 ms).
            rows = "(SELECT a.id FROM (SELECT a.id, a.handle_key, a.name_key, a.created_at, a.followers "
                    + "FROM platform_account a WHERE " + where + " OFFSET 0) a" + page + ") p "
                    + "JOIN platform_account a ON a.id = p.id ";
        } else {
            rows = "(SELECT a.id FROM platform_account a WHERE " + where + page + ") p "
                    + "JOIN platform_account a ON a.id = p.id ";
        }
        return "SELECT " + VIEW_COLUMNS + " FROM " + rows + "JOIN influencer i ON i.id = a.influencer_id "
                + OTHER_ACCOUNTS + "ORDER BY " + order;
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

    /**
     * PostgreSQL's estimate of the platform's accounts holding every one of {@code codes}: the planner's row count for
     * the index condition alone, read from a plain EXPLAIN (nothing is executed).
     */
    static long candidates(Connection connection, String platform, int[] codes) throws SQLException {
        try (PreparedStatement explain = connection.prepareStatement("EXPLAIN SELECT 1 FROM platform_account a "
                + "WHERE a.platform = ? AND (a.name_grams || a.account_grams) @> ?")) {
            explain.unwrap(PGStatement.class).setPrepareThreshold(0);
            explain.setString(1, platform);
            explain.setObject(2, codes);
            try (ResultSet plan = explain.executeQuery()) {
                plan.next();
                // The top node, e.g. "Bitmap Heap Scan on platform_account a  (cost=28.01..32.03 rows=1 width=4)".
                String top = plan.getString(1);
                int from = top.indexOf(" rows=") + " rows=".length();
                int to = top.indexOf(' ', from);
                if (from < " rows=".length() || to < 0) {
                    throw new IllegalStateException("no row estimate in the plan line: " + top);
                }
                return Long.parseLong(top.substring(from, to));
            }
        }
    }

    private void matchText(String text, boolean throughIndex) {
        int[] grams = SearchGrams.query(text);
        if (throughIndex && grams.length > 0) {
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
