package dev.roster.bench.common;

import dev.roster.application.port.NewAccount;
import dev.roster.application.query.AccountQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Search texts as staff type them: two-character pieces of the names, handles and emails they see. */
public final class SearchTexts {

    private SearchTexts() {}

    /** {@code count} two-character substrings of stored names, handles and emails, from a fixed seed. */
    public static List<String> twoCharacter(List<NewAccount> roster, int count, long seed) {
        Random random = new Random(seed);
        List<String> queries = new ArrayList<>();
        while (queries.size() < count) {
            NewAccount account = roster.get(random.nextInt(roster.size()));
            String email = account.details().email();
            String field = switch (random.nextInt(3)) {
                case 0 -> account.identity().name().key();
                case 1 -> account.details().handle().key();
                default -> email == null ? account.identity().name().key() : AccountQuery.searchable(email);
            };
            int at = random.nextInt(field.length() - 1);
            String query = AccountQuery.searchable(field.substring(at, at + 2));
            if (query.length() == 2) {
                queries.add(query);
            }
        }
        return queries;
    }
}
