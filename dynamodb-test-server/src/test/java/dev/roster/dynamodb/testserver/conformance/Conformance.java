package dev.roster.dynamodb.testserver.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.roster.dynamodb.testserver.DynamoDbTestServer;
import java.util.Map;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** What every conformance test has: the JVM's server, a real SDK client for it, fresh tables. */
abstract class Conformance {

    protected final TestServer shared = TestServer.shared();
    protected final DynamoDbTestServer server = shared.server();
    protected final DynamoDbClient client = shared.client();

    /** A new table keyed by the string {@code pk} alone. */
    protected String hashTable() {
        return shared.table(null);
    }

    /** A new table keyed by the string {@code pk} and {@code sk} of {@code sortType}. */
    protected String rangeTable(ScalarAttributeType sortType) {
        return shared.table(sortType);
    }

    protected void put(String table, Map<String, AttributeValue> item) {
        client.putItem(request -> request.tableName(table).item(item));
    }

    protected Map<String, AttributeValue> get(String table, Map<String, AttributeValue> key) {
        return client.getItem(request -> request.tableName(table).key(key).consistentRead(true))
                .item();
    }

    /** The message of the {@code ValidationException} {@code call} fails with. */
    protected static AbstractStringAssert<?> invalid(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(AwsServiceException.class);
        assertThat(((AwsServiceException) thrown).awsErrorDetails().errorCode()).isEqualTo("ValidationException");
        return assertThat(((AwsServiceException) thrown).awsErrorDetails().errorMessage());
    }

    /** The message of the error {@code call} fails with, which must be of {@code type}. */
    protected static AbstractStringAssert<?> refused(Class<? extends AwsServiceException> type, ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(type);
        return assertThat(((AwsServiceException) thrown).awsErrorDetails().errorMessage());
    }
}
