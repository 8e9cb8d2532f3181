package dev.roster.dynamodb.testserver.operation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.dynamodb.testserver.error.DynamoDbException;
import dev.roster.dynamodb.testserver.table.Database;
import dev.roster.dynamodb.testserver.table.KeySchema;
import dev.roster.dynamodb.testserver.table.Table;
import dev.roster.dynamodb.testserver.table.TimeToLive;
import dev.roster.dynamodb.testserver.value.Type;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code CreateTable}, {@code DescribeTable}, {@code DeleteTable}, {@code ListTables}, {@code UpdateTimeToLive} and
 * {@code DescribeTimeToLive}. Tables are usable as soon as they are created: {@code CreateTable} answers
 * {@code CREATING} as DynamoDB does, and the first {@code DescribeTable} already says {@code ACTIVE}.
 */
final class TableOperations {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String INVALID = "One or more parameter values were invalid: ";
    private static final Duration TTL_CHANGE_INTERVAL = Duration.ofHours(1);

    private final Database database;

    TableOperations(Database database) {
        this.database = database;
    }

    ObjectNode createTable(Request request) {
        String name = request.required("TableName");
        checkName(name);
        for (String index : List.of("GlobalSecondaryIndexes", "LocalSecondaryIndexes")) {
            if (request.has(index)) {
                throw DynamoDbException.validation("This test server does not support secondary indexes: " + index);
            }
        }
        KeySchema schema = schema(request);
        Table.Billing billing = billing(request);
        return database.write(() -> {
            Table table = database.create(name, schema, billing);
            return JSON.objectNode().set("TableDescription", description(table, "CREATING"));
        });
    }

    ObjectNode describeTable(Request request) {
        String name = request.required("TableName");
        return database.read(() -> JSON.objectNode().set("Table", description(existing(name), "ACTIVE")));
    }

    ObjectNode deleteTable(Request request) {
        String name = request.required("TableName");
        return database.write(() -> {
            Table table = existing(name);
            database.drop(name);
            return JSON.objectNode().set("TableDescription", description(table, "DELETING"));
        });
    }

    ObjectNode listTables(Request request) {
        String after = request.text("ExclusiveStartTableName");
        Integer limit = request.atLeast("Limit", 1);
        request.atMost("Limit", 100);
        int atMost = limit == null ? 100 : limit;
        return database.read(() -> {
            List<String> names = database.names(after, atMost);
            ObjectNode response = JSON.objectNode();
            ArrayNode list = response.putArray("TableNames");
            names.forEach(list::add);
            if (names.size() == atMost && database.hasTableAfter(names.get(names.size() - 1))) {
                response.put("LastEvaluatedTableName", names.get(names.size() - 1));
            }
            return response;
        });
    }

    ObjectNode updateTimeToLive(Request request) {
        String name = request.required("TableName");
        Request specification = request.part("TimeToLiveSpecification");
        String attribute = specification.required("AttributeName");
        boolean enable = specification.flag("Enabled");
        return database.write(() -> {
            Table table = existing(name);
            TimeToLive current = table.timeToLive();
            if (current.enabled() == enable) {
                throw DynamoDbException.validation(
                        enable ? "TimeToLive is already enabled" : "TimeToLive is already disabled");
            }
            Instant now = database.clock().instant();
            if (current.changedAt() != null
                    && current.changedAt().plus(TTL_CHANGE_INTERVAL).isAfter(now)) {
                throw DynamoDbException.validation(
                        "Time to live has been modified multiple times within a fixed interval");
            }
            table.timeToLive(new TimeToLive(attribute, enable, now));
            ObjectNode response = JSON.objectNode();
            response.putObject("TimeToLiveSpecification")
                    .put("AttributeName", attribute)
                    .put("Enabled", enable);
            return response;
        });
    }

    ObjectNode describeTimeToLive(Request request) {
        String name = request.required("TableName");
        return database.read(() -> {
            TimeToLive ttl = existing(name).timeToLive();
            ObjectNode response = JSON.objectNode();
            ObjectNode description = response.putObject("TimeToLiveDescription")
                    .put("TimeToLiveStatus", ttl.enabled() ? "ENABLED" : "DISABLED");
            if (ttl.enabled()) {
                description.put("AttributeName", ttl.attributeName());
            }
            return response;
        });
    }

    private Table existing(String name) {
        Table table = database.find(name);
        if (table == null) {
            throw DynamoDbException.resourceNotFound("Requested resource not found: Table: " + name + " not found");
        }
        return table;
    }

    private static void checkName(String name) {
        String problem = name.length() < 3
                ? "Member must have length greater than or equal to 3"
                : name.length() > 255
                        ? "Member must have length less than or equal to 255"
                        : !name.matches("[a-zA-Z0-9_.-]+")
                                ? "Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+"
                                : null;
        if (problem != null) {
            throw DynamoDbException.validation("1 validation error detected: Value '" + name
                    + "' at 'tableName' failed " + "to satisfy constraint: " + problem);
        }
    }

    private static KeySchema schema(Request request) {
        Map<String, Type> definitions = new LinkedHashMap<>();
        for (JsonNode definition : request.requiredNode("AttributeDefinitions")) {
            Request attribute = new Request(definition);
            Type type = Type.of(attribute.required("AttributeType"));
            if (type == null || !type.scalar()) {
                throw DynamoDbException.validation("1 validation error detected: Value '"
                        + attribute.text("AttributeType") + "' at 'attributeDefinitions.1.member.attributeType' failed "
                        + "to satisfy constraint: Member must satisfy enum value set: [B, N, S]");
            }
            definitions.put(attribute.required("AttributeName"), type);
        }
        JsonNode keys = request.requiredNode("KeySchema");
        if (keys.size() < 1 || keys.size() > 2) {
            throw DynamoDbException.validation(
                    "1 validation error detected: Value '" + keys + "' at 'keySchema' failed to "
                            + "satisfy constraint: Member must have length less than or equal to 2");
        }
        String partition = keyElement(keys.get(0), "HASH", "The first KeySchemaElement is not a HASH key type");
        String sort = keys.size() == 2
                ? keyElement(keys.get(1), "RANGE", "The second KeySchemaElement is not a RANGE key type")
                : null;
        if (partition.equals(sort)) {
            throw DynamoDbException.validation("Invalid KeySchema: Both the Hash Key and the Range Key element in the "
                    + "KeySchema have the same name");
        }
        List<String> keyNames = sort == null ? List.of(partition) : List.of(partition, sort);
        if (!definitions.keySet().containsAll(keyNames)) {
            throw DynamoDbException.validation(INVALID + "Some index key attributes are not defined in "
                    + "AttributeDefinitions. Keys: " + keyNames + ", AttributeDefinitions: " + definitions.keySet());
        }
        if (definitions.size() != keyNames.size()) {
            throw DynamoDbException.validation(INVALID + "Number of attributes in KeySchema does not exactly match "
                    + "number of attributes defined in AttributeDefinitions");
        }
        return new KeySchema(partition, definitions.get(partition), sort, sort == null ? null : definitions.get(sort));
    }

    private static String keyElement(JsonNode node, String type, String wrongType) {
        Request element = new Request(node);
        if (!type.equals(element.required("KeyType"))) {
            throw DynamoDbException.validation("Invalid KeySchema: " + wrongType);
        }
        return element.required("AttributeName");
    }

    private static Table.Billing billing(Request request) {
        String mode = request.choice("BillingMode", List.of("PROVISIONED", "PAY_PER_REQUEST"), "PROVISIONED");
        JsonNode throughput = request.node("ProvisionedThroughput");
        if (mode.equals("PAY_PER_REQUEST")) {
            if (throughput != null) {
                throw DynamoDbException.validation(INVALID + "Neither ReadCapacityUnits nor WriteCapacityUnits can be "
                        + "specified when BillingMode is PAY_PER_REQUEST");
            }
            return new Table.Billing(mode, 0, 0);
        }
        if (throughput == null) {
            throw DynamoDbException.validation(INVALID + "ReadCapacityUnits and WriteCapacityUnits must both be "
                    + "specified when BillingMode is PROVISIONED");
        }
        Request units = new Request(throughput);
        Integer read = units.atLeast("ReadCapacityUnits", 1);
        Integer write = units.atLeast("WriteCapacityUnits", 1);
        if (read == null || write == null) {
            throw DynamoDbException.validation(INVALID + "ReadCapacityUnits and WriteCapacityUnits must both be "
                    + "specified when BillingMode is PROVISIONED");
        }
        return new Table.Billing(mode, read, write);
    }

    private static ObjectNode description(Table table, String status) {
        ObjectNode description = JSON.objectNode();
        KeySchema schema = table.schema();
        ArrayNode definitions = description.putArray("AttributeDefinitions");
        ArrayNode keys = description.putArray("KeySchema");
        definitions
                .addObject()
                .put("AttributeName", schema.partitionKey())
                .put("AttributeType", schema.partitionType().name());
        keys.addObject().put("AttributeName", schema.partitionKey()).put("KeyType", "HASH");
        if (schema.hasSortKey()) {
            definitions
                    .addObject()
                    .put("AttributeName", schema.sortKey())
                    .put("AttributeType", schema.sortType().name());
            keys.addObject().put("AttributeName", schema.sortKey()).put("KeyType", "RANGE");
        }
        description
                .put("TableName", table.name())
                .put("TableStatus", status)
                .put("CreationDateTime", table.created().toEpochMilli() / 1000.0)
                .put("ItemCount", table.itemCount())
                .put("TableSizeBytes", table.sizeBytes())
                .put("TableArn", "arn:aws:dynamodb:us-east-1:000000000000:table/" + table.name())
                .put("TableId", table.id())
                .put("DeletionProtectionEnabled", false);
        description
                .putObject("ProvisionedThroughput")
                .put("NumberOfDecreasesToday", 0)
                .put("ReadCapacityUnits", table.billing().readUnits())
                .put("WriteCapacityUnits", table.billing().writeUnits());
        description
                .putObject("BillingModeSummary")
                .put("BillingMode", table.billing().mode());
        return description;
    }
}
