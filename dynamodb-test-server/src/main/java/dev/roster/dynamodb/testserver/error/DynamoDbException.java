package dev.roster.dynamodb.testserver.error;

import java.util.Map;

/**
 * An error the server answers with, as DynamoDB shapes it: an HTTP status, the {@code __type} of the JSON body and its
 * message, plus any fields the error carries (a {@code ConditionalCheckFailedException}'s {@code Item}, a cancelled
 * transaction's {@code CancellationReasons}).
 */
public class DynamoDbException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";

    private final int status;
    private final String type;
    private final transient Map<String, Object> fields;

    public DynamoDbException(int status, String type, String message, Map<String, Object> fields) {
        super(message, null, false, false);
        this.status = status;
        this.type = type;
        this.fields = Map.copyOf(fields);
    }

    public DynamoDbException(int status, String type, String message) {
        this(status, type, message, Map.of());
    }

    public int status() {
        return status;
    }

    /** The {@code __type}, e.g. {@code com.amazonaws.dynamodb.v20120810#ResourceNotFoundException}. */
    public String type() {
        return type;
    }

    /** The short name of the error, e.g. {@code ResourceNotFoundException}. */
    public String code() {
        return type.substring(type.indexOf('#') + 1);
    }

    /** Fields of the error body besides {@code __type} and {@code message}. */
    public Map<String, Object> fields() {
        return fields;
    }

    /** A request DynamoDB refuses as invalid; the message says what, as DynamoDB words it. */
    public static DynamoDbException validation(String message) {
        return new DynamoDbException(400, "com.amazon.coral.validate#ValidationException", message);
    }

    /** A body that is not the JSON the operation takes. */
    public static DynamoDbException serialization(String message) {
        return new DynamoDbException(400, "com.amazon.coral.service#SerializationException", message);
    }

    public static DynamoDbException unknownOperation() {
        return new DynamoDbException(400, "com.amazon.coral.service#UnknownOperationException", null);
    }

    public static DynamoDbException resourceNotFound(String message) {
        return new DynamoDbException(400, DYNAMODB + "ResourceNotFoundException", message);
    }

    /** A table that does not exist, in the words of the item operations. */
    public static DynamoDbException tableNotFound() {
        return resourceNotFound("Requested resource not found");
    }

    public static DynamoDbException resourceInUse(String message) {
        return new DynamoDbException(400, DYNAMODB + "ResourceInUseException", message);
    }

    public static DynamoDbException dynamo(int status, String code, String message) {
        return new DynamoDbException(status, DYNAMODB + code, message);
    }

    public static DynamoDbException dynamo(String code, String message, Map<String, Object> fields) {
        return new DynamoDbException(400, DYNAMODB + code, message, fields);
    }
}
