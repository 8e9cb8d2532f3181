package dev.roster.adapters.postgres.mapping;

import dev.roster.application.query.AccountQuery;
import dev.roster.domain.influencer.PlatformAccount;

/**
 * What search and uniqueness compare of one account, each computed once: the handle's and the email's case keys and
 * the search codes of both (characters and bigrams, {@link SearchGrams#stored}); and of its owner's name, the key and its
 * codes. The codes are bound as binary {@code integer[]} parameters ({@link dev.roster.adapters.postgres.jdbc.Columns#setCodes}),
 * so neither side writes or parses them as text.
 */
public record SearchKeys(String handleKey, String emailKey, int[] accountGrams, String nameKey, int[] nameGrams) {

    /** The keys of {@code account}, owned by someone whose name has the keys {@code name}. */
    public static SearchKeys of(PlatformAccount account, NameKeys name) {
        SearchKeys own = ofAccount(account);
        return new SearchKeys(own.handleKey(), own.emailKey(), own.accountGrams(), name.nameKey(), name.nameGrams());
    }

    /** The keys of the account's own fields, without its owner's name (which an edit of the account keeps). */
    public static SearchKeys ofAccount(PlatformAccount account) {
        String handleKey = account.handle().key();
        String email = account.details().email();
        String emailKey = email == null ? null : AccountQuery.searchable(email);
        return new SearchKeys(handleKey, emailKey, SearchGrams.stored(handleKey, emailKey), null, null);
    }

    /** An owner's name key and its search codes, shared by all their accounts. */
    public record NameKeys(String nameKey, int[] nameGrams) {

        public static NameKeys of(String nameKey) {
            return new NameKeys(nameKey, SearchGrams.stored(nameKey));
        }
    }
}
