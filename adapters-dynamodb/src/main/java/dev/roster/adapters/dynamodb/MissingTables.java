package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.schema.StoreSchema;
import dev.roster.adapters.dynamodb.schema.TableDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Creates the tables of {@link StoreSchema} that are missing: what {@code roster migrate} does against DynamoDB
 * Local, and what tests do. Production tables come from Terraform, from the same definitions.
 */
public final class MissingTables {

    private MissingTables() {}

    /**
     * Creates every table of the store that does not exist yet under {@code prefix}, waits until each is active and
     * switches on its TTL; safe to run at every start.
     *
     * @return the names of the tables created
     */
    public static List<String> create(DynamoDbClient client, String prefix) {
        Set<String> existing =
                client.listTablesPaginator().tableNames().stream().collect(Collectors.toSet());
        List<String> created = new ArrayList<>();
        for (TableDefinition table : StoreSchema.ALL) {
            String name = table.nameWith(prefix);
            if (!existing.contains(name)) {
                create(client, table, name);
                created.add(name);
            }
        }
        return created;
    }

    private static void create(DynamoDbClient client, TableDefinition table, String name) {
        List<KeySchemaElement> keys = new ArrayList<>();
        List<AttributeDefinition> attributes = new ArrayList<>();
        keys.add(KeySchemaElement.builder()
                .attributeName(table.partitionKey())
                .keyType(KeyType.HASH)
                .build());
        attributes.add(attribute(table.partitionKey(), ScalarAttributeType.S));
        table.sort().ifPresent(sort -> {
            keys.add(KeySchemaElement.builder()
                    .attributeName(sort)
                    .keyType(KeyType.RANGE)
                    .build());
            attributes.add(attribute(sort, table.numericSortKey() ? ScalarAttributeType.N : ScalarAttributeType.S));
        });
        client.createTable(request -> request.tableName(name)
                .keySchema(keys)
                .attributeDefinitions(attributes)
                .billingMode(BillingMode.PAY_PER_REQUEST));
        client.waiter().waitUntilTableExists(request -> request.tableName(name));
        table.ttl()
                .ifPresent(attribute -> client.updateTimeToLive(request -> request.tableName(name)
                        .timeToLiveSpecification(
                                ttl -> ttl.attributeName(attribute).enabled(true))));
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder()
                .attributeName(name)
                .attributeType(type)
                .build();
    }
}
