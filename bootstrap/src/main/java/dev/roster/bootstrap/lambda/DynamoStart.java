package dev.roster.bootstrap.lambda;

import dev.roster.adapters.dynamodb.DynamoSettings;
import dev.roster.adapters.dynamodb.DynamoStorage;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB side of a function's initialisation, off the initialising thread. The SDK client (its TLS context
 * included) is the slowest part and needs nothing else, so one thread builds it while the function wires everything
 * else; another runs the store's reads once over a client that reaches no network ({@link DynamoStorage#warmUp}), so
 * the first real request does not load the SDK's request path either ({@link InParallel} says when that pays).
 */
final class DynamoStart {

    private final InParallel<DynamoDbClient> client;
    private final InParallel<Boolean> warmUp;

    private DynamoStart(InParallel<DynamoDbClient> client, InParallel<Boolean> warmUp) {
        this.client = client;
        this.warmUp = warmUp;
    }

    static DynamoStart begin(Supplier<DynamoDbClient> build, DynamoSettings settings) {
        return new DynamoStart(
                InParallel.start("roster-dynamodb-client", build),
                InParallel.start("roster-dynamodb-warm-up", () -> warmUp(settings)));
    }

    /** The client, once built; a failure to build it is thrown here. */
    DynamoDbClient client() {
        return client.join();
    }

    /**
     * Waits for both. A client that cannot be built fails the function's initialisation, as it would have on the
     * initialising thread; a warm-up that failed only costs the first request its head start, so it is reported, not
     * thrown.
     */
    void await() {
        client();
        warmUp.join();
    }

    /** @return whether it went through; a failure is reported, never thrown */
    private static boolean warmUp(DynamoSettings settings) {
        try {
            DynamoStorage.warmUp(settings);
            return true;
        } catch (RuntimeException failed) {
            System.err.println(
                    "roster: the DynamoDB warm-up failed, so the first request loads the SDK itself: " + failed);
            return false;
        }
    }
}
