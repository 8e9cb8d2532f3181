package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.Values;
import dev.roster.adapters.dynamodb.search.Change;
import dev.roster.domain.influencer.InfluencerId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The {@code changes} table: each write to a person's partition adds, in its own transaction, an entry naming the
 * person, so search projections can catch up by reading the entries after the last one they saw. Entries sort by
 * the writer's clock (epoch nanoseconds, fixed width) and expire after {@link DynamoSettings#CHANGE_RETENTION}.
 */
final class ChangeLog {

    static final String STREAM = "stream";
    static final String SEQ = "seq";
    static final String INFLUENCER = "influencer";
    static final String EXPIRES = "expiresAt";
    /** One partition: enough for ~1,000 changes a second (DynamoDB's per-partition write rate). */
    static final String ROSTER = "roster";

    private final Dynamo dynamo;
    private final Clock clock;

    ChangeLog(Dynamo dynamo, Clock clock) {
        this.dynamo = dynamo;
        this.clock = clock;
    }

    /** Adds the entry for {@code person} to {@code transaction}. */
    Transaction record(Transaction transaction, InfluencerId person) {
        return transaction.put(dynamo.tables().changes(), entry(person));
    }

    /** A new entry for {@code person}, stamped now. */
    Map<String, AttributeValue> entry(InfluencerId person) {
        Instant now = clock.instant();
        String seq = seq(Values.nanos(now)) + "#"
                + Long.toHexString(ThreadLocalRandom.current().nextLong());
        return Map.of(
                STREAM,
                Values.s(ROSTER),
                SEQ,
                Values.s(seq),
                INFLUENCER,
                Values.s(person.value()),
                EXPIRES,
                Values.n(now.plus(DynamoSettings.CHANGE_RETENTION).getEpochSecond()));
    }

    /** Every change stamped after {@code fromNanos}, oldest first. */
    List<Change> since(long fromNanos) {
        String condition = "#stream = :stream AND #seq > :from";
        QueryRequest query = QueryRequest.builder()
                .tableName(dynamo.tables().changes())
                .consistentRead(true)
                .keyConditionExpression(condition)
                .expressionAttributeNames(Expressions.names(condition))
                .expressionAttributeValues(Map.of(":stream", Values.s(ROSTER), ":from", Values.s(seq(fromNanos))))
                .build();
        List<Change> changes = new ArrayList<>();
        QueryResponse page;
        do {
            QueryRequest next = query;
            page = dynamo.call(() -> dynamo.client().query(next));
            page.items()
                    .forEach(item -> changes.add(new Change(
                            Values.string(item, SEQ),
                            InfluencerId.parse(Values.string(item, INFLUENCER)).orElseThrow())));
            query = query.toBuilder().exclusiveStartKey(page.lastEvaluatedKey()).build();
        } while (page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty());
        return changes;
    }

    Instant now() {
        return clock.instant();
    }

    /** The stamp part of an entry's sort key: nanoseconds, zero-padded so text order is time order. */
    static String seq(long nanos) {
        return String.format("%019d", Math.max(0, nanos));
    }
}
