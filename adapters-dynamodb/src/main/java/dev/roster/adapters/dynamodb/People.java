package dev.roster.adapters.dynamodb;

import dev.roster.adapters.dynamodb.item.Keys;
import dev.roster.adapters.dynamodb.item.PersonAggregate;
import dev.roster.adapters.dynamodb.item.Values;
import dev.roster.domain.influencer.AccountId;
import dev.roster.domain.influencer.InfluencerId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** The reads every port shares: strongly consistent, so a caller always sees its own writes. */
final class People {

    private final Dynamo dynamo;

    People(Dynamo dynamo) {
        this.dynamo = dynamo;
    }

    Optional<Map<String, AttributeValue>> get(String table, Map<String, AttributeValue> key) {
        Map<String, AttributeValue> item = dynamo.call(() -> dynamo.client()
                .getItem(request -> request.tableName(table).key(key).consistentRead(true))
                .item());
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /** Who a guard or pointer of the {@code keys} table names as owner. */
    Optional<InfluencerId> owner(String key) {
        return get(dynamo.tables().keys(), Keys.key(key))
                .flatMap(item -> InfluencerId.parse(Values.string(item, Keys.OWNER)));
    }

    Optional<InfluencerId> ownerOf(AccountId account) {
        return owner(Keys.account(account));
    }

    /** The person's whole partition: person, accounts, consent forms. */
    Optional<PersonAggregate> aggregate(InfluencerId id) {
        return PersonAggregate.of(partition(id, null));
    }

    /** The items of the person's partition whose sort key starts with {@code prefix} (all when {@code null}). */
    List<Map<String, AttributeValue>> partition(InfluencerId id, String prefix) {
        String condition = "#influencer = :id" + (prefix == null ? "" : " AND begins_with(#item, :prefix)");
        Map<String, AttributeValue> values = prefix == null
                ? Map.of(":id", Values.s(id.value()))
                : Map.of(":id", Values.s(id.value()), ":prefix", Values.s(prefix));
        QueryRequest query = QueryRequest.builder()
                .tableName(dynamo.tables().people())
                .consistentRead(true)
                .keyConditionExpression(condition)
                .expressionAttributeNames(Expressions.names(condition))
                .expressionAttributeValues(values)
                .build();
        return dynamo.queryAll(query);
    }
}
