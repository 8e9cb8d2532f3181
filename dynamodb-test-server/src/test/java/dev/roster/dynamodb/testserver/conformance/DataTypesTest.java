package dev.roster.dynamodb.testserver.conformance;

import static dev.roster.dynamodb.testserver.conformance.Values.item;
import static dev.roster.dynamodb.testserver.conformance.Values.n;
import static dev.roster.dynamodb.testserver.conformance.Values.s;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Types, their ordering as sort keys, and what DynamoDB refuses of them. */
class DataTypesTest extends Conformance {

    @Test
    @AwsDoc(Docs.DATA_TYPES)
    void everyTypeRoundTrips() {
        String table = hashTable();
        Map<String, AttributeValue> item = item(
                "pk",
                "all",
                "s",
                s("텍스트"),
                "n",
                n("-12.5"),
                "b",
                AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] {0, -1})),
                "bool",
                AttributeValue.fromBool(false),
                "null",
                AttributeValue.fromNul(true),
                "l",
                AttributeValue.fromL(List.of(s("x"), n("1"))),
                "m",
                AttributeValue.fromM(item("k", s("v"))),
                "ss",
                AttributeValue.fromSs(List.of("a", "b")),
                "ns",
                AttributeValue.fromNs(List.of("1", "2.5")),
                "bs",
                AttributeValue.fromBs(List.of(SdkBytes.fromUtf8String("x"))));
        put(table, item);

        assertThat(get(table, item("pk", "all"))).isEqualTo(item);
    }

    @Test
    @AwsDoc(Docs.DATA_TYPES)
    void numbersLoseLeadingAndTrailingZerosAndCompareAsNumbers() {
        String table = rangeTable(ScalarAttributeType.N);
        for (String number : List.of("10", "9", "-1.50", "0.001", "1E+3", "100.000")) {
            put(table, item("pk", "p", "sk", n(number)));
        }

        assertThat(client.query(request -> request.tableName(table)
                                .keyConditionExpression("pk = :p")
                                .expressionAttributeValues(item(":p", "p")))
                        .items())
                .extracting(found -> found.get("sk").n())
                .containsExactly("-1.5", "0.001", "9", "10", "100", "1000");
    }

    @Test
    @AwsDoc(Docs.DATA_TYPES)
    void numbersHoldThirtyEightDigitsAndNoMore() {
        String table = hashTable();
        put(table, item("pk", "big", "n", n("12345678901234567890123456789012345678")));
        assertThat(get(table, item("pk", "big")).get("n").n()).isEqualTo("12345678901234567890123456789012345678");

        invalid(() -> put(table, item("pk", "too-big", "n", n("123456789012345678901234567890123456789"))))
                .isEqualTo("Attempting to store more than 38 significant digits in a Number");
        invalid(() -> put(table, item("pk", "huge", "n", n("1E+126"))))
                .isEqualTo("Number overflow. Attempting to store a number with magnitude larger than supported range");
        invalid(() -> put(table, item("pk", "tiny", "n", n("1E-131"))))
                .isEqualTo(
                        "Number underflow. Attempting to store a number with magnitude smaller than supported range");
        invalid(() -> put(table, item("pk", "nan", "n", n("twelve"))))
                .isEqualTo("A value provided cannot be converted into a number");
    }

    @Test
    @AwsDoc(Docs.DATA_TYPES)
    void binariesCompareAsUnsignedBytes() {
        String table = rangeTable(ScalarAttributeType.B);
        for (byte[] bytes : List.of(
                new byte[] {(byte) 0xFF}, new byte[] {0x01}, new byte[] {0x7F, 0x00}, new byte[] {(byte) 0x80})) {
            put(table, item("pk", "p", "sk", AttributeValue.fromB(SdkBytes.fromByteArray(bytes))));
        }

        assertThat(client.query(request -> request.tableName(table)
                                .keyConditionExpression("pk = :p")
                                .expressionAttributeValues(item(":p", "p")))
                        .items())
                .extracting(found -> found.get("sk").b().asByteArray()[0] & 0xFF)
                .containsExactly(0x01, 0x7F, 0x80, 0xFF);
    }

    @Test
    @AwsDoc(Docs.DATA_TYPES)
    void stringsCompareByTheirUtf8Bytes() {
        String table = rangeTable(ScalarAttributeType.S);
        // U+FF61 sorts after U+1F600's high surrogate in UTF-16, but before it in UTF-8 (EF BD A1 < F0 9F 98 80)
        for (String text : List.of("\uD83D\uDE00", "\uFF61", "a", "B", "가")) {
            put(table, item("pk", "p", "sk", s(text)));
        }

        assertThat(client.query(request -> request.tableName(table)
                                .keyConditionExpression("pk = :p")
                                .expressionAttributeValues(item(":p", "p")))
                        .items())
                .extracting(found -> found.get("sk").s())
                .containsExactly("B", "a", "가", "\uFF61", "\uD83D\uDE00");
    }

    @Test
    @AwsDoc(Docs.DATA_TYPES)
    void emptyStringsAreAllowedExceptInKeys() {
        String table = hashTable();
        put(table, item("pk", "empty", "note", s("")));
        assertThat(get(table, item("pk", "empty")).get("note").s()).isEmpty();

        invalid(() -> put(table, item("pk", s(""))))
                .isEqualTo("One or more parameter values are not valid. The AttributeValue for a key attribute cannot "
                        + "contain an empty string value. Key: pk");
    }

    @Test
    @AwsDoc(Docs.DATA_TYPES)
    void setsAreNeverEmptyAndHoldNoDuplicates() {
        String table = hashTable();
        invalid(() -> put(table, item("pk", "x", "ss", AttributeValue.fromSs(List.of()))))
                .isEqualTo("One or more parameter values were invalid: An string set  may not be empty");
        invalid(() -> put(table, item("pk", "x", "ns", AttributeValue.fromNs(List.of("1", "1.0")))))
                .isEqualTo("One or more parameter values were invalid: Input collection [1, 1.0] contains duplicates.");
        invalid(() -> put(table, item("pk", "x", "null", AttributeValue.fromNul(false))))
                .isEqualTo("One or more parameter values were invalid: Null attribute value types must have the value "
                        + "of true");
    }

    @Test
    @AwsDoc(Docs.DATA_TYPES)
    void keyAttributesMustHaveTheirSchemaType() {
        String table = rangeTable(ScalarAttributeType.N);
        invalid(() -> put(table, item("pk", "p", "sk", s("one"))))
                .isEqualTo("One or more parameter values were invalid: Type mismatch for key sk expected: N actual: S");
        invalid(() -> put(table, item("pk", "p")))
                .isEqualTo("One or more parameter values were invalid: Missing the key sk in the item");
        invalid(() -> client.getItem(request -> request.tableName(table).key(item("pk", "p"))))
                .isEqualTo("The provided key element does not match the schema");
    }
}
