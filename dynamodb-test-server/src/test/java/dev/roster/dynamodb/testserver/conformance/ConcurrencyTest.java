package dev.roster.dynamodb.testserver.conformance;

import static dev.roster.dynamodb.testserver.conformance.Values.item;
import static dev.roster.dynamodb.testserver.conformance.Values.n;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Many clients racing: every conditional write is atomic (read-check-write happens as one step), so optimistic
 * locking loses no update, and transactions are isolated (no one sees, or writes over, half of one).
 */
class ConcurrencyTest extends Conformance {

    private static final int THREADS = 12;

    @Test
    @AwsDoc(Docs.CONDITION_EXPRESSIONS)
    void racingVersionedUpdatesLoseNoIncrement() throws Exception {
        String table = hashTable();
        put(table, item("pk", "counter", "version", 0, "tally", 0));
        int perThread = 25;

        List<Integer> conflicts = race(() -> {
            int lost = 0;
            for (int done = 0; done < perThread; ) {
                Map<String, AttributeValue> read = get(table, item("pk", "counter"));
                long version = Long.parseLong(read.get("version").n());
                long total = Long.parseLong(read.get("tally").n());
                try {
                    client.putItem(request -> request.tableName(table)
                            .item(item("pk", "counter", "version", version + 1, "tally", total + 1))
                            .conditionExpression("version = :read")
                            .expressionAttributeValues(item(":read", version)));
                    done++;
                } catch (ConditionalCheckFailedException stale) {
                    lost++;
                }
            }
            return lost;
        });

        Map<String, AttributeValue> counter = get(table, item("pk", "counter"));
        assertThat(counter.get("tally")).isEqualTo(n(Integer.toString(THREADS * perThread)));
        assertThat(counter.get("version")).isEqualTo(counter.get("tally"));
        assertThat(conflicts.stream().mapToInt(Integer::intValue).sum())
                .as("the race really happened")
                .isPositive();
    }

    @Test
    @AwsDoc(Docs.TRANSACTIONS)
    void racingTransfersKeepTheSumAndNeverOverdraw() throws Exception {
        String table = hashTable();
        int accounts = 5;
        for (int i = 0; i < accounts; i++) {
            put(table, item("pk", "account" + i, "balance", 100));
        }

        race(() -> {
            for (int i = 0; i < 40; i++) {
                int from = ThreadLocalRandom.current().nextInt(accounts);
                int to = (from + 1 + ThreadLocalRandom.current().nextInt(accounts - 1)) % accounts;
                int amount = 1 + ThreadLocalRandom.current().nextInt(30);
                try {
                    client.transactWriteItems(request -> request.transactItems(
                            move(table, from, -amount, "balance >= :amount"), move(table, to, amount, null)));
                } catch (TransactionCanceledException overdrawn) {
                    // the condition refused it: nothing moved
                }
                int sum = 0;
                for (var found : client.scan(request -> request.tableName(table).consistentRead(true))
                        .items()) {
                    long balance = Long.parseLong(found.get("balance").n());
                    assertThat(balance).isNotNegative();
                    sum += (int) balance;
                }
                assertThat(sum).as("a scan never sees half a transfer here").isEqualTo(accounts * 100);
            }
            return 0;
        });
    }

    private static TransactWriteItem move(String table, int account, int amount, String condition) {
        Map<String, AttributeValue> values =
                condition == null ? item(":delta", amount) : item(":delta", amount, ":amount", -amount);
        return TransactWriteItem.builder()
                .update(Update.builder()
                        .tableName(table)
                        .key(item("pk", "account" + account))
                        .updateExpression("ADD balance :delta")
                        .conditionExpression(condition)
                        .expressionAttributeValues(values)
                        .build())
                .build();
    }

    /** Runs {@code work} on {@link #THREADS} threads at once; their answers. */
    private static <T> List<T> race(Callable<T> work) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<T>> running = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                running.add(threads.submit(work));
            }
            List<T> answers = new ArrayList<>();
            for (Future<T> future : running) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
