package dev.roster.dynamodb.testserver.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;

/** CreateTable, DescribeTable, DeleteTable and ListTables. */
class TablesTest extends Conformance {

    @Test
    @AwsDoc(Docs.CREATE_TABLE)
    void createTableAnswersCreatingAndTheTableIsThenActive() {
        String name = "created-" + UUID.randomUUID();
        var created = client.createTable(request -> request.tableName(name)
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(KeySchemaElement.builder()
                                .attributeName("id")
                                .keyType(KeyType.HASH)
                                .build())
                        .attributeDefinitions(AttributeDefinition.builder()
                                .attributeName("id")
                                .attributeType(ScalarAttributeType.S)
                                .build()))
                .tableDescription();

        assertThat(created.tableStatus()).isEqualTo(TableStatus.CREATING);
        client.waiter().waitUntilTableExists(request -> request.tableName(name));
        var described = client.describeTable(request -> request.tableName(name)).table();
        assertThat(described.tableStatus()).isEqualTo(TableStatus.ACTIVE);
        assertThat(described.keySchema())
                .extracting(KeySchemaElement::attributeName)
                .containsExactly("id");
        assertThat(described.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
        assertThat(described.tableArn()).endsWith(":table/" + name);
    }

    @Test
    @AwsDoc(Docs.CREATE_TABLE)
    void creatingATableThatExistsIsResourceInUse() {
        String table = hashTable();

        refused(
                        ResourceInUseException.class,
                        () -> client.createTable(request -> request.tableName(table)
                                .billingMode(BillingMode.PAY_PER_REQUEST)
                                .keySchema(KeySchemaElement.builder()
                                        .attributeName("pk")
                                        .keyType(KeyType.HASH)
                                        .build())
                                .attributeDefinitions(AttributeDefinition.builder()
                                        .attributeName("pk")
                                        .attributeType(ScalarAttributeType.S)
                                        .build())))
                .isEqualTo("Table already exists: " + table);
    }

    @Test
    @AwsDoc(Docs.CREATE_TABLE)
    void keyAttributesMustBeDefinedAndNothingElse() {
        invalid(() -> client.createTable(request -> request.tableName("undefined-key")
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(KeySchemaElement.builder()
                                .attributeName("pk")
                                .keyType(KeyType.HASH)
                                .build())
                        .attributeDefinitions(AttributeDefinition.builder()
                                .attributeName("other")
                                .attributeType(ScalarAttributeType.S)
                                .build())))
                .isEqualTo("One or more parameter values were invalid: Some index key attributes are not defined in "
                        + "AttributeDefinitions. Keys: [pk], AttributeDefinitions: [other]");
        invalid(() -> client.createTable(request -> request.tableName("extra-definition")
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(KeySchemaElement.builder()
                                .attributeName("pk")
                                .keyType(KeyType.HASH)
                                .build())
                        .attributeDefinitions(
                                AttributeDefinition.builder()
                                        .attributeName("pk")
                                        .attributeType(ScalarAttributeType.S)
                                        .build(),
                                AttributeDefinition.builder()
                                        .attributeName("x")
                                        .attributeType(ScalarAttributeType.S)
                                        .build())))
                .isEqualTo("One or more parameter values were invalid: Number of attributes in KeySchema does not "
                        + "exactly match number of attributes defined in AttributeDefinitions");
    }

    @Test
    @AwsDoc(Docs.CREATE_TABLE)
    void aProvisionedTableNeedsItsThroughputAndAnOnDemandOneRefusesIt() {
        invalid(() -> client.createTable(request -> request.tableName("no-throughput")
                        .keySchema(KeySchemaElement.builder()
                                .attributeName("pk")
                                .keyType(KeyType.HASH)
                                .build())
                        .attributeDefinitions(AttributeDefinition.builder()
                                .attributeName("pk")
                                .attributeType(ScalarAttributeType.S)
                                .build())))
                .isEqualTo("One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must "
                        + "both be specified when BillingMode is PROVISIONED");
        invalid(() -> client.createTable(request -> request.tableName("a")
                        .billingMode(BillingMode.PAY_PER_REQUEST)
                        .keySchema(KeySchemaElement.builder()
                                .attributeName("pk")
                                .keyType(KeyType.HASH)
                                .build())
                        .attributeDefinitions(AttributeDefinition.builder()
                                .attributeName("pk")
                                .attributeType(ScalarAttributeType.S)
                                .build())))
                .isEqualTo("1 validation error detected: Value 'a' at 'tableName' failed to satisfy constraint: "
                        + "Member must have length greater than or equal to 3");
    }

    @Test
    @AwsDoc(Docs.DESCRIBE_TABLE)
    void describingAMissingTableIsResourceNotFoundNamingIt() {
        refused(ResourceNotFoundException.class, () -> client.describeTable(request -> request.tableName("nowhere")))
                .isEqualTo("Requested resource not found: Table: nowhere not found");
    }

    @Test
    @AwsDoc(Docs.DELETE_TABLE)
    void deleteTableAnswersDeletingAndTheTableIsGone() {
        String table = hashTable();

        assertThat(client.deleteTable(request -> request.tableName(table))
                        .tableDescription()
                        .tableStatus())
                .isEqualTo(TableStatus.DELETING);
        refused(
                        ResourceNotFoundException.class,
                        () -> client.getItem(request -> request.tableName(table).key(Values.item("pk", "x"))))
                .isEqualTo("Requested resource not found");
    }

    @Test
    @AwsDoc(Docs.LIST_TABLES)
    void listTablesPagesInNameOrderWithLastEvaluatedTableName() {
        List<String> mine = List.of(hashTable(), hashTable(), hashTable());
        List<String> all = new ArrayList<>();
        ListTablesResponse page = client.listTables(request -> request.limit(2));
        all.addAll(page.tableNames());
        while (page.lastEvaluatedTableName() != null) {
            String after = page.lastEvaluatedTableName();
            assertThat(page.tableNames()).hasSize(2).endsWith(after);
            page = client.listTables(request -> request.limit(2).exclusiveStartTableName(after));
            all.addAll(page.tableNames());
        }
        assertThat(all).isSorted().doesNotHaveDuplicates().containsAll(mine);
        assertThat(client.listTablesPaginator().tableNames().stream().toList()).isEqualTo(all);
    }
}
