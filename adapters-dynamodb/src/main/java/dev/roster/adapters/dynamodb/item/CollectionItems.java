package dev.roster.adapters.dynamodb.item;

import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.CollectionFailure;
import dev.roster.domain.influencer.InfluencerId;
import dev.roster.domain.influencer.PlatformAccount;
import dev.roster.domain.platform.PlatformCode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The collection schedule: entries of the {@code collection} table, one per account, in the platform's {@code due}
 * queue (sorted never-attempted first, then by last attempt, then id) or, while claimed, in its {@code claimed} queue
 * (sorted by the claim's end). The account's collection state (last attempt, claim, last failure, where its entry is)
 * lives on the account's item in {@code people}, so it goes when the account goes.
 */
public final class CollectionItems {

    public static final String QUEUE = "queue";
    public static final String SLOT = "slot";
    public static final String ACCOUNT = "account";
    public static final String OWNER = "owner";

    /** On the account item: the last attempt (reading or failure), epoch nanoseconds. */
    public static final String ATTEMPTED = "attemptedAt";

    public static final String CLAIMED = "claimedUntil";
    /** On the account item: raised by every change of its collection state, the condition of the next one. */
    public static final String REVISION = "collectionRevision";

    public static final String FAILURE_STATUS = "failureStatus";
    public static final String FAILURE_REASON = "failureReason";
    public static final String FAILED_AT = "failedAt";

    private static final String NEVER = "0";
    private static final String ATTEMPTED_PREFIX = "1";

    private CollectionItems() {}

    public static String dueQueue(PlatformCode platform) {
        return "due#" + platform.value();
    }

    public static String claimedQueue(PlatformCode platform) {
        return "claimed#" + platform.value();
    }

    /** Never attempted ({@code 0#id}) sorts before any attempt ({@code 1<nanos>#id}), attempts by time, then id. */
    public static String dueSlot(Instant attempted, AccountId id) {
        return (attempted == null ? NEVER : ATTEMPTED_PREFIX + digits(attempted)) + "#" + id.value();
    }

    /** A claimed entry sorts by the claim's end; it keeps its due slot to go back to. */
    public static String claimedSlot(Instant until, Instant attempted, AccountId id) {
        return claimedSlot(until, dueSlot(attempted, id));
    }

    public static String claimedSlot(Instant until, String dueSlot) {
        return digits(until) + "#" + dueSlot;
    }

    /** The due slot a claimed entry goes back to when its claim runs out. */
    public static String dueSlotOf(String claimedSlot) {
        return claimedSlot.substring(claimedSlot.indexOf('#') + 1);
    }

    /** Due slots below this were never attempted or last attempted before {@code attemptedBefore}. */
    public static String attemptedBefore(Instant attemptedBefore) {
        return ATTEMPTED_PREFIX + digits(attemptedBefore);
    }

    /** Claimed slots below this were claimed until {@code now} or earlier: their claims have run out. */
    public static String claimedUntilAtMost(Instant now) {
        return pad(Values.nanos(now) + 1);
    }

    public static Map<String, AttributeValue> entryKey(String queue, String slot) {
        return Map.of(QUEUE, Values.s(queue), SLOT, Values.s(slot));
    }

    public static Map<String, AttributeValue> entry(String queue, String slot, AccountId account, InfluencerId owner) {
        return Map.of(
                QUEUE,
                Values.s(queue),
                SLOT,
                Values.s(slot),
                ACCOUNT,
                Values.s(account.value()),
                OWNER,
                Values.s(owner.value()));
    }

    /** The new account's collection state: never attempted, in its platform's due queue. */
    public static void putNew(Map<String, AttributeValue> accountItem, PlatformAccount account) {
        accountItem.put(QUEUE, Values.s(dueQueue(account.platform())));
        accountItem.put(SLOT, Values.s(dueSlot(null, account.id())));
        accountItem.put(REVISION, Values.n(0));
    }

    /** The key of the account's schedule entry, or empty for an account stored before the schedule existed. */
    public static Optional<Map<String, AttributeValue>> entryKeyOf(Map<String, AttributeValue> accountItem) {
        String queue = Values.string(accountItem, QUEUE);
        String slot = Values.string(accountItem, SLOT);
        return queue == null || slot == null ? Optional.empty() : Optional.of(entryKey(queue, slot));
    }

    public static Optional<Instant> attempted(Map<String, AttributeValue> accountItem) {
        return accountItem.containsKey(ATTEMPTED)
                ? Optional.of(Values.instant(accountItem, ATTEMPTED))
                : Optional.empty();
    }

    public static Optional<Instant> claimedUntil(Map<String, AttributeValue> accountItem) {
        return accountItem.containsKey(CLAIMED) ? Optional.of(Values.instant(accountItem, CLAIMED)) : Optional.empty();
    }

    public static Optional<CollectionFailure> failure(Map<String, AttributeValue> accountItem) {
        if (!accountItem.containsKey(FAILED_AT)) {
            return Optional.empty();
        }
        return Optional.of(new CollectionFailure(
                AccountId.parse(Values.string(accountItem, PersonItems.ID)).orElseThrow(),
                CollectionFailure.Status.ofLabel(Values.string(accountItem, FAILURE_STATUS)),
                Values.string(accountItem, FAILURE_REASON),
                Values.instant(accountItem, FAILED_AT)));
    }

    public static AccountId account(Map<String, AttributeValue> entry) {
        return AccountId.parse(Values.string(entry, ACCOUNT)).orElseThrow();
    }

    public static InfluencerId owner(Map<String, AttributeValue> entry) {
        return InfluencerId.parse(Values.string(entry, OWNER)).orElseThrow();
    }

    private static String digits(Instant instant) {
        return pad(Values.nanos(instant));
    }

    /** Nanoseconds, zero-padded to 19 digits so text order is time order (instants before 1970 count as 1970). */
    private static String pad(long nanos) {
        return String.format("%019d", Math.max(0, nanos));
    }
}
