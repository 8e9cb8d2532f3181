package dev.roster.adapters.dynamodb;

import dev.roster.application.error.UnavailableException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionInProgressException;

/**
 * Runs {@link Transaction}s. A failed condition becomes the refusal registered with it; a transaction cancelled
 * because another one held an item (or the table was throttled) is run again after a jittered backoff, since none of
 * its writes happened. Each run carries a client request token, so the SDK's own retries of a request that did reach
 * DynamoDB never apply it twice.
 */
final class Transactions {

    static final String CONDITION_FAILED = "ConditionalCheckFailed";
    private static final Set<String> TRANSIENT =
            Set.of("TransactionConflict", "ThrottlingError", "ProvisionedThroughputExceeded", "RequestLimitExceeded");
    private static final int ATTEMPTS = 8;

    private final Dynamo dynamo;

    Transactions(Dynamo dynamo) {
        this.dynamo = dynamo;
    }

    void run(Transaction transaction) {
        for (int attempt = 1; ; attempt++) {
            String token = UUID.randomUUID().toString();
            try {
                dynamo.client()
                        .transactWriteItems(request ->
                                request.transactItems(transaction.writes()).clientRequestToken(token));
                return;
            } catch (TransactionCanceledException cancelled) {
                List<CancellationReason> reasons = cancelled.cancellationReasons();
                for (int i = 0; i < reasons.size(); i++) {
                    if (CONDITION_FAILED.equals(reasons.get(i).code())) {
                        throw refusal(transaction, i, reasons);
                    }
                }
                if (attempt == ATTEMPTS || reasons.stream().noneMatch(reason -> TRANSIENT.contains(reason.code()))) {
                    throw new UnavailableException(
                            "DynamoDB cancelled the transaction " + attempt + " times: " + codes(reasons), cancelled);
                }
            } catch (TransactionInProgressException inProgress) {
                if (attempt == ATTEMPTS) {
                    throw Dynamo.unavailable(inProgress);
                }
            } catch (SdkException failure) {
                throw Dynamo.translate(failure);
            }
            backOff(attempt);
        }
    }

    private static RuntimeException refusal(Transaction transaction, int index, List<CancellationReason> reasons) {
        Supplier<? extends RuntimeException> refusal = transaction.refusal(index);
        if (refusal == null) {
            return new IllegalStateException(
                    "condition of write " + index + " failed, and it stands for no refusal: " + codes(reasons));
        }
        return refusal.get();
    }

    private static String codes(List<CancellationReason> reasons) {
        return reasons.stream().map(CancellationReason::code).toList().toString();
    }

    /** Waits before run {@code attempt + 1}: a jittered, capped exponential backoff (also for unprocessed batch items). */
    static void backOff(int attempt) {
        long cap = Math.min(400, 10L << attempt);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(cap / 2, cap + 1));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new UnavailableException("interrupted while waiting to retry a write", interrupted);
        }
    }
}
