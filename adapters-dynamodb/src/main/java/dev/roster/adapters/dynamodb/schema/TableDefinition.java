package dev.roster.adapters.dynamodb.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * One table as Terraform (or {@link dev.roster.adapters.dynamodb.MissingTables}) creates it: its name without the
 * deployment's prefix, its keys (all strings but where noted) and the attribute DynamoDB's TTL expires items by.
 *
 * @param sortKey       the sort key's attribute, or {@code null} for a table keyed by its partition key alone
 * @param numericSortKey whether the sort key holds numbers rather than strings
 * @param ttlAttribute  the attribute holding an expiry time in epoch seconds, or {@code null}
 */
public record TableDefinition(
        String name, String partitionKey, String sortKey, boolean numericSortKey, String ttlAttribute) {

    public TableDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(partitionKey, "partitionKey");
    }

    /** The table's name in a deployment whose tables all start with {@code prefix}. */
    public String nameWith(String prefix) {
        return prefix + name;
    }

    public Optional<String> sort() {
        return Optional.ofNullable(sortKey);
    }

    public Optional<String> ttl() {
        return Optional.ofNullable(ttlAttribute);
    }
}
