package dev.roster.application.query;

import dev.roster.domain.influencer.Text;
import dev.roster.domain.platform.PlatformCode;
import java.util.Objects;

/**
 * A search over one platform's accounts, already validated.
 *
 * @param text         matched as a substring of the influencer's name, the handle or the email, ignoring letter case;
 *                     already {@linkplain #searchable(String) made searchable}; {@code null} matches everything
 * @param minFollowers only accounts whose latest followers figure is at least this; {@code null} for no limit
 * @param hasConsent   only influencers with ({@code true}) or without ({@code false}) a consent form on file
 * @param limit        the most items one page holds
 * @param after        where the previous page ended, or {@code null} for the first page
 */
public record AccountQuery(
        PlatformCode platform,
        String text,
        Long minFollowers,
        Boolean hasConsent,
        AccountOrder order,
        int limit,
        SearchCursor after) {

    /** The API pages by at most 100; the export reads larger pages, fewer round trips for 100,000 rows. */
    public static final int MAX_LIMIT = 1000;

    public AccountQuery {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(order, "order");
        if (text != null && (text.isEmpty() || !text.equals(searchable(text)))) {
            throw new IllegalArgumentException("query text must be non-empty and searchable: " + text);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ": " + limit);
        }
        if (after != null && !after.order().equals(order)) {
            throw new IllegalArgumentException("the cursor was made for another order");
        }
    }

    /** The first page of every account on {@code platform}, newest first. */
    public static AccountQuery all(PlatformCode platform, int limit) {
        return new AccountQuery(platform, null, null, null, AccountOrder.NEWEST_FIRST, limit, null);
    }

    /**
     * Text as searches compare it: trimmed, in the case-insensitive form of {@link Text#caseKey}, which is how names
     * and handles are keyed. Stores keep the searched fields in this form so that a plain substring test finds them.
     */
    public static String searchable(String text) {
        return Text.caseKey(Text.strip(text));
    }

    /**
     * Whether an account passes this query's text and filters (not its platform, order or cursor): the rule a store
     * that searches in memory follows; SQL restates it as a statement.
     */
    public boolean matches(SearchKeys account) {
        return (text == null || matchesText(account))
                && (minFollowers == null || account.followers() >= minFollowers)
                && (hasConsent == null || hasConsent == account.hasConsent());
    }

    private boolean matchesText(SearchKeys account) {
        String email = account.emailKey();
        return account.nameKey().contains(text)
                || account.handleKey().contains(text)
                || (email != null && email.contains(text));
    }

    /** This query, continuing after {@code cursor}. */
    public AccountQuery continuingAfter(SearchCursor cursor) {
        return new AccountQuery(platform, text, minFollowers, hasConsent, order, limit, cursor);
    }
}
