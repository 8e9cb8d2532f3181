package dev.roster.bench.dynamodb;

import java.util.List;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Asks DynamoDB for the capacity each request consumed and adds it up, with the number of requests: the SDK's own
 * figures, as the issue asks, for whatever the store sends.
 */
final class CapacityMeter implements ExecutionInterceptor {

    /** Read units, write units and requests since the last {@link #reset()}. */
    record Reading(double read, double write, long requests) {}

    private final DoubleAdder read = new DoubleAdder();
    private final DoubleAdder write = new DoubleAdder();
    private final LongAdder requests = new LongAdder();

    Reading reset() {
        return new Reading(read.sumThenReset(), write.sumThenReset(), requests.sumThenReset());
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        ReturnConsumedCapacity total = ReturnConsumedCapacity.TOTAL;
        SdkRequest request = context.request();
        if (request instanceof GetItemRequest get) {
            return get.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof QueryRequest query) {
            return query.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof ScanRequest scan) {
            return scan.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof PutItemRequest put) {
            return put.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof UpdateItemRequest update) {
            return update.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof DeleteItemRequest delete) {
            return delete.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof TransactWriteItemsRequest transaction) {
            return transaction.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof BatchGetItemRequest batch) {
            return batch.toBuilder().returnConsumedCapacity(total).build();
        } else if (request instanceof BatchWriteItemRequest batch) {
            return batch.toBuilder().returnConsumedCapacity(total).build();
        }
        return request;
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
        requests.increment();
        SdkResponse response = context.response();
        if (response instanceof GetItemResponse get) {
            add(get.consumedCapacity(), false);
        } else if (response instanceof QueryResponse query) {
            add(query.consumedCapacity(), false);
        } else if (response instanceof ScanResponse scan) {
            add(scan.consumedCapacity(), false);
        } else if (response instanceof PutItemResponse put) {
            add(put.consumedCapacity(), true);
        } else if (response instanceof UpdateItemResponse update) {
            add(update.consumedCapacity(), true);
        } else if (response instanceof DeleteItemResponse delete) {
            add(delete.consumedCapacity(), true);
        } else if (response instanceof TransactWriteItemsResponse transaction) {
            addAll(transaction.consumedCapacity(), true);
        } else if (response instanceof BatchGetItemResponse batch) {
            addAll(batch.consumedCapacity(), false);
        } else if (response instanceof BatchWriteItemResponse batch) {
            addAll(batch.consumedCapacity(), true);
        }
    }

    private void addAll(List<ConsumedCapacity> capacities, boolean writing) {
        capacities.forEach(capacity -> add(capacity, writing));
    }

    /** Adds one figure; where DynamoDB gives only the total, the operation says whether it read or wrote. */
    private void add(ConsumedCapacity capacity, boolean writing) {
        if (capacity == null) {
            return;
        }
        if (capacity.readCapacityUnits() != null || capacity.writeCapacityUnits() != null) {
            read.add(capacity.readCapacityUnits() == null ? 0 : capacity.readCapacityUnits());
            write.add(capacity.writeCapacityUnits() == null ? 0 : capacity.writeCapacityUnits());
        } else if (capacity.capacityUnits() != null) {
            (writing ? write : read).add(capacity.capacityUnits());
        }
    }
}
