package dev.roster.dynamodb.testserver.table;

import dev.roster.dynamodb.testserver.error.DynamoDbException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * The {@code ClientRequestToken}s of transactions that succeeded in the last ten minutes, with what each request was:
 * the same token and request again is answered as done without applying it twice; the same token with another request
 * is an {@code IdempotentParameterMismatchException}. Guarded by the database's write lock.
 */
public final class ClientTokens {

    /** How long DynamoDB remembers a token after the request that used it finished. */
    static final Duration WINDOW = Duration.ofMinutes(10);

    private final Clock clock;
    /** In the order remembered, which is the order they expire in: the expired ones are always at the head. */
    private final LinkedHashMap<String, Remembered> tokens = new LinkedHashMap<>();

    ClientTokens(Clock clock) {
        this.clock = clock;
    }

    private record Remembered(String request, Instant until) {}

    /**
     * Whether {@code token} already applied {@code request} (its canonical form) within the window; refuses a token
     * used for another request.
     */
    public boolean alreadyApplied(String token, String request) {
        Instant now = clock.instant();
        Iterator<Remembered> oldest = tokens.values().iterator();
        while (oldest.hasNext() && oldest.next().until().isBefore(now)) {
            oldest.remove();
        }
        Remembered remembered = tokens.get(token);
        if (remembered == null) {
            return false;
        }
        if (!remembered.request().equals(request)) {
            throw DynamoDbException.dynamo(
                    400,
                    "IdempotentParameterMismatchException",
                    "The request uses the same client token as a previous, but non-identical request.");
        }
        return true;
    }

    public void remember(String token, String request) {
        tokens.put(token, new Remembered(request, clock.instant().plus(WINDOW)));
    }
}
