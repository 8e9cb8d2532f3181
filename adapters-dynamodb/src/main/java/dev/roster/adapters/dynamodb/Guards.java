package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.Keys;
import dev.roster.adapters.dynamodb.item.PersonItems;
import dev.roster.adapters.dynamodb.item.Values;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.InfluencerId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * The guards a bulk registration claims one by one (a conditional PutItem, 1 WCU) before it writes the account they
 * guard, and the repair rule for those a crash left without their account.
 *
 * <p>Such a guard records when it was claimed ({@link Keys#CLAIMED_AT}). Its writer writes the account within
 * {@link #COMMIT_WINDOW} of the claim or not at all; so a claimed guard older than {@link #LEASE} whose account item
 * does not exist is an orphan, and whoever wants its key deletes it (conditional on the claim it read) and claims the
 * key again. Guards written in a transaction with their account carry no claim time and are never taken over.
 */
final class Guards {

    /** How long a claimed guard waits for its account before another registration may take its key. */
    static final Duration LEASE = Duration.ofMinutes(1);

    /** How long after its first claim a bulk writer may still write accounts: half the lease, for clock skew. */
    static final Duration COMMIT_WINDOW = LEASE.dividedBy(2);

    private static final String NOT_EXISTS = AccountWrites.NOT_EXISTS;

    private final Dynamo dynamo;
    private final People people;
    private final Clock clock;
    private final ChangeLog changes;

    Guards(Dynamo dynamo, People people, Clock clock, ChangeLog changes) {
        this.dynamo = dynamo;
        this.people = people;
        this.clock = clock;
        this.changes = changes;
    }

    Instant now() {
        return clock.instant();
    }

    /** Puts {@code guard} unless its key is held; an orphan past its lease is taken over. False when held. */
    boolean claim(Map<String, AttributeValue> guard) {
        String key = Values.string(guard, Keys.KEY);
        for (int attempt = 1; ; attempt++) {
            try {
                dynamo.client()
                        .putItem(request -> request.tableName(dynamo.tables().keys())
                                .item(guard)
                                .conditionExpression(NOT_EXISTS)
                                .expressionAttributeNames(Expressions.names(NOT_EXISTS)));
                return true;
            } catch (ConditionalCheckFailedException held) {
                if (attempt == 2 || !reclaim(key)) {
                    return false;
                }
            } catch (SdkException failure) {
                throw Dynamo.translate(failure);
            }
        }
    }

    /** Deletes {@code guard} if it is still the one this registration claimed (a refused entry gives its keys back). */
    void release(Map<String, AttributeValue> guard) {
        String condition = "#owner = :owner";
        try {
            dynamo.client()
                    .deleteItem(request -> request.tableName(dynamo.tables().keys())
                            .key(Keys.key(Values.string(guard, Keys.KEY)))
                            .conditionExpression(condition)
                            .expressionAttributeNames(Expressions.names(condition))
                            .expressionAttributeValues(Map.of(":owner", guard.get(Keys.OWNER))));
        } catch (ConditionalCheckFailedException gone) {
            // Someone else's now: nothing of ours to give back.
        } catch (SdkException failure) {
            throw Dynamo.translate(failure);
        }
    }

    /**
     * The repair rule: deletes the guard of {@code key} if it is an orphan (claimed ahead of an account more than
     * {@link #LEASE} ago, and that account does not exist). True when the key may be free now (the guard is gone, or
     * changed while we looked), false when the guard stands.
     */
    boolean reclaim(String key) {
        Optional<Map<String, AttributeValue>> found = people.get(dynamo.tables().keys(), Keys.key(key));
        if (found.isEmpty()) {
            return true;
        }
        Map<String, AttributeValue> guard = found.get();
        if (!guard.containsKey(Keys.CLAIMED_AT)
                || clock.instant()
                        .isBefore(Values.instant(guard, Keys.CLAIMED_AT).plus(LEASE))) {
            return false;
        }
        if (accountExists(key, guard)) {
            announce(guard);
            return false;
        }
        String condition = "#claimedAt = :at AND #owner = :owner";
        try {
            dynamo.client()
                    .deleteItem(request -> request.tableName(dynamo.tables().keys())
                            .key(Keys.key(key))
                            .conditionExpression(condition)
                            .expressionAttributeNames(Expressions.names(condition))
                            .expressionAttributeValues(
                                    Map.of(":at", guard.get(Keys.CLAIMED_AT), ":owner", guard.get(Keys.OWNER))));
        } catch (ConditionalCheckFailedException changed) {
            // Another registration repaired it first: the key is theirs or free, the next claim tells.
        } catch (SdkException failure) {
            throw Dynamo.translate(failure);
        }
        return true;
    }

    /**
     * A change-log entry for the owner of a claimed guard whose account exists: its writer may have died between
     * writing the account and announcing it, and the search projections would not show it until the person changed
     * again. An entry too many costs a projection one re-read of the person; the refusal stands.
     */
    private void announce(Map<String, AttributeValue> guard) {
        InfluencerId.parse(Values.string(guard, Keys.OWNER))
                .ifPresent(owner -> dynamo.call(() -> dynamo.client()
                        .putItem(request ->
                                request.tableName(dynamo.tables().changes()).item(changes.entry(owner)))));
    }

    /** Whether the account a claimed guard stands for was written: the handle guard names it, the pointer is it. */
    private boolean accountExists(String key, Map<String, AttributeValue> guard) {
        InfluencerId owner =
                InfluencerId.parse(Values.string(guard, Keys.OWNER)).orElse(null);
        String account = guard.containsKey(Keys.ACCOUNT)
                ? Values.string(guard, Keys.ACCOUNT)
                : key.startsWith("A#") ? key.substring(2) : null;
        if (owner == null || account == null) {
            return true;
        }
        Optional<AccountId> id = AccountId.parse(account);
        return id.isEmpty()
                || people.get(dynamo.tables().people(), PersonItems.accountKey(owner, id.get()))
                        .isPresent();
    }
}
