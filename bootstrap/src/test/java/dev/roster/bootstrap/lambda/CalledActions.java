package dev.roster.bootstrap.lambda;

import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

/**
 * Records the IAM actions of the DynamoDB calls a client makes, as IAM checks them: a transaction as the actions of its
 * items ({@code TransactWriteItems} of a Put and an Update is {@code PutItem} and {@code UpdateItem}).
 */
final class CalledActions implements ExecutionInterceptor {

    private final Set<String> actions = new ConcurrentSkipListSet<>();

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (context.request() instanceof TransactWriteItemsRequest transaction) {
            transaction.transactItems().forEach(item -> actions.add(action(item)));
        } else if (context.request() instanceof TransactGetItemsRequest) {
            actions.add("dynamodb:GetItem");
        } else {
            actions.add("dynamodb:" + attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
        }
    }

    private static String action(TransactWriteItem item) {
        if (item.put() != null) {
            return "dynamodb:PutItem";
        }
        if (item.update() != null) {
            return "dynamodb:UpdateItem";
        }
        if (item.delete() != null) {
            return "dynamodb:DeleteItem";
        }
        return "dynamodb:ConditionCheckItem";
    }

    Set<String> actions() {
        return Set.copyOf(actions);
    }
}
