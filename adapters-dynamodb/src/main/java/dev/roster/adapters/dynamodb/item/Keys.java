package dev.roster.adapters.dynamodb.item;

import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.Handle;
import dev.roster.domain.influencer.PersonIdentity;
import dev.roster.domain.platform.PlatformCode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The items of the {@code keys} table: guards that make an identity or a handle unique (a conditional put fails when
 * the guard exists), and the pointer from an account id to its owner.
 */
public final class Keys {

    public static final String KEY = "key";
    public static final String OWNER = "owner";
    public static final String ACCOUNT = "account";
    /** When a bulk registration claimed the guard ahead of its account (absent on guards written with their account). */
    public static final String CLAIMED_AT = "claimedAt";

    private Keys() {}

    public static String person(PersonIdentity identity) {
        return "P#" + identity.key();
    }

    public static String handle(PlatformCode platform, Handle handle) {
        return "H#" + platform.value() + "#" + handle.key();
    }

    public static String account(AccountId id) {
        return "A#" + id.value();
    }

    public static Map<String, AttributeValue> key(String key) {
        return Map.of(KEY, Values.s(key));
    }

    public static Map<String, AttributeValue> guard(String key, String owner, AccountId account) {
        return account == null
                ? Map.of(KEY, Values.s(key), OWNER, Values.s(owner))
                : Map.of(KEY, Values.s(key), OWNER, Values.s(owner), ACCOUNT, Values.s(account.value()));
    }

    /** A guard claimed at {@code at} ahead of the account it guards, which is written after it (bulk registration). */
    public static Map<String, AttributeValue> claimed(String key, String owner, AccountId account, Instant at) {
        Map<String, AttributeValue> guard = new HashMap<>(guard(key, owner, account));
        guard.put(CLAIMED_AT, Values.instant(at));
        return Map.copyOf(guard);
    }
}
