package dev.roster.adapters.dynamodb.schema;

import java.util.List;

/**
 * Every table of the DynamoDB store, in one place: the tests and {@code roster migrate} create them from here, and
 * the Terraform of the deployment must describe the same names and keys. No table has a secondary index. All are
 * on-demand (pay per request).
 */
public final class StoreSchema {

    /** A person's whole aggregate under their id: the person ({@code P}), accounts ({@code A#id}), consent ({@code C#sha256(document key)}). */
    public static final TableDefinition PEOPLE = new TableDefinition("people", "influencer", "item", false, null);

    /** Uniqueness guards and id pointers: {@code P#identity}, {@code H#platform#handle}, {@code A#accountId}. */
    public static final TableDefinition KEYS = new TableDefinition("keys", "key", null, false, null);

    /** Metric history: per account, by reading time in epoch nanoseconds; expires by {@code expiresAt} if configured. */
    public static final TableDefinition METRICS = new TableDefinition("metrics", "account", "at", true, "expiresAt");

    /** Background jobs by id. */
    public static final TableDefinition JOBS = new TableDefinition("jobs", "id", null, false, null);

    /** The change log search projections refresh from: which person changed, when; expires after a day. */
    public static final TableDefinition CHANGES = new TableDefinition("changes", "stream", "seq", false, "expiresAt");

    /**
     * The collection schedule: per platform, a {@code due#platform} queue sorted by last attempt and a
     * {@code claimed#platform} queue sorted by the claim's end, one entry per account.
     */
    public static final TableDefinition COLLECTION = new TableDefinition("collection", "queue", "slot", false, null);

    public static final List<TableDefinition> ALL = List.of(PEOPLE, KEYS, METRICS, JOBS, CHANGES, COLLECTION);

    private StoreSchema() {}
}
