package dev.roster.application.account;

import dev.roster.application.validation.Inputs;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A search over one platform's accounts, as a caller phrases it. Every field but the platform is optional.
 *
 * @param text         a substring of the influencer's name, the handle or the email, in any letter case
 * @param minFollowers only accounts whose latest followers figure is at least this
 * @param hasConsent   only influencers with, or without, a consent form on file
 * @param sort         {@code handle}, {@code name}, {@code created} or {@code followers}, with a leading {@code -} for
 *                     descending; newest first when absent
 * @param limit        page size, 1-100, 20 when absent
 * @param cursor       the {@code nextCursor} of the previous page, to continue after it
 */
public record SearchAccountsCommand(
        String platform,

        @Size(max = 100, message = "must be at most {max} characters")
        String text,

        @PositiveOrZero(message = "must be zero or more") Long minFollowers,
        Boolean hasConsent,
        String sort,

        @Min(value = 1, message = "must be between 1 and 100") @Max(value = 100, message = "must be between 1 and 100")
        Integer limit,

        @Size(max = 1000, message = "is not a cursor this search handed out")
        String cursor) {

    public static final int DEFAULT_LIMIT = 20;

    public SearchAccountsCommand {
        text = Inputs.trimToNull(text);
        sort = Inputs.trimToNull(sort);
        cursor = Inputs.trimToNull(cursor);
    }

    /** The first page of every account on a platform, newest first. */
    public static SearchAccountsCommand all(String platform) {
        return new SearchAccountsCommand(platform, null, null, null, null, null, null);
    }
}
