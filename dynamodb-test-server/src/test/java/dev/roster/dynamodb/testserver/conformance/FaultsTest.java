package dev.roster.dynamodb.testserver.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.roster.dynamodb.testserver.DynamoDbTestServer;
import dev.roster.dynamodb.testserver.Fault;
import dev.roster.dynamodb.testserver.operation.Operation;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListTablesResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/** Injected throttling, server errors and latency, as the SDK meets them: retried, then surfaced. */
class FaultsTest {

    private final DynamoDbTestServer server = DynamoDbTestServer.builder().start();
    private final DynamoDbClient retrying = TestServer.client(server.endpoint(), 4);
    private final DynamoDbClient once = TestServer.client(server.endpoint(), 1);

    @AfterEach
    void stop() {
        retrying.close();
        once.close();
        server.close();
    }

    @Test
    @AwsDoc(Docs.ERRORS)
    void throttlingIsRetriedByTheClientUntilItClears() {
        server.faults()
                .failNext(Operation.ListTables, 2, Fault.PROVISIONED_THROUGHPUT_EXCEEDED)
                .failNext(Operation.ListTables, 1, Fault.THROTTLING);

        ListTablesResponse answered = retrying.listTables();

        assertThat(answered.sdkHttpResponse().isSuccessful()).isTrue();
        assertThat(server.faults().injected()).isEqualTo(3);
    }

    @Test
    @AwsDoc(Docs.ERRORS)
    void aThrottlingErrorCarriesDynamoDbsTypeAndMessage() {
        server.faults().failNext(1, Fault.PROVISIONED_THROUGHPUT_EXCEEDED);

        Conformance.refused(ProvisionedThroughputExceededException.class, once::listTables)
                .startsWith("You exceeded your maximum allowed provisioned throughput");
    }

    @Test
    @AwsDoc(Docs.ERRORS)
    void serverErrorsAreRetriedAndSurfaceWhenTheyDoNotStop() {
        server.faults().failNext(1, Fault.INTERNAL_SERVER_ERROR);
        assertThat(retrying.listTables().tableNames()).isEmpty();

        server.faults().failNext(4, Fault.INTERNAL_SERVER_ERROR);
        Conformance.refused(InternalServerErrorException.class, retrying::listTables)
                .isNotBlank();
        assertThat(server.faults().injected()).isEqualTo(5);
    }

    @Test
    @AwsDoc(Docs.TRANSACTIONS)
    void aTransactionConflictCancelsEveryActionAndWritesNothing() {
        once.createTable(request -> request.tableName("conflict")
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .keySchema(KeySchemaElement.builder()
                        .attributeName("pk")
                        .keyType(KeyType.HASH)
                        .build())
                .attributeDefinitions(AttributeDefinition.builder()
                        .attributeName("pk")
                        .attributeType(ScalarAttributeType.S)
                        .build()));
        server.faults().failNext(Operation.TransactWriteItems, 1, Fault.TRANSACTION_CONFLICT);

        TransactionCanceledException cancelled = catchThrowableOfType(
                TransactionCanceledException.class,
                () -> once.transactWriteItems(request -> request.transactItems(put("a"), put("b"))));

        assertThat(cancelled.cancellationReasons())
                .extracting(CancellationReason::code)
                .containsExactly("TransactionConflict", "TransactionConflict");
        assertThat(once.scan(request -> request.tableName("conflict")).count()).isZero();
        once.transactWriteItems(request -> request.transactItems(put("a"), put("b")));
        assertThat(once.scan(request -> request.tableName("conflict")).count()).isEqualTo(2);
    }

    private static TransactWriteItem put(String key) {
        return TransactWriteItem.builder()
                .put(Put.builder()
                        .tableName("conflict")
                        .item(Values.item("pk", key))
                        .build())
                .build();
    }

    @Test
    @AwsDoc(Docs.ERRORS)
    void faultsForOneOperationLeaveTheOthersAlone() {
        server.faults().failNext(Operation.PutItem, 1, Fault.INTERNAL_SERVER_ERROR);

        assertThat(once.listTables().tableNames()).isEmpty();
        assertThat(server.faults().injected()).isZero();
    }

    @Test
    @AwsDoc(Docs.ERRORS)
    void latencySlowsEveryRequestOfItsOperation() {
        server.faults().delay(Operation.ListTables, Duration.ofMillis(150));

        long started = System.nanoTime();
        once.listTables();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }
}
