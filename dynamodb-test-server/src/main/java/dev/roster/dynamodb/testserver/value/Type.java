package dev.roster.dynamodb.testserver.value;

/** DynamoDB's data types, by the descriptor the wire format uses. */
public enum Type {
    S("STRING"),
    N("NUMBER"),
    B("BINARY"),
    BOOL("BOOLEAN"),
    NULL("NULL"),
    L("LIST"),
    M("MAP"),
    SS("STRING_SET"),
    NS("NUMBER_SET"),
    BS("BINARY_SET");

    private final String operandName;

    Type(String operandName) {
        this.operandName = operandName;
    }

    /** How DynamoDB names the type in "incorrect operand type" messages. */
    public String operandName() {
        return operandName;
    }

    /** Whether {@code <}, {@code >}, {@code BETWEEN} and key ordering apply: strings, numbers and binaries. */
    public boolean scalar() {
        return this == S || this == N || this == B;
    }

    public boolean set() {
        return this == SS || this == NS || this == BS;
    }

    /** The type named {@code descriptor} ({@code "SS"}, {@code "BOOL"}...), or {@code null}. */
    public static Type of(String descriptor) {
        for (Type type : values()) {
            if (type.name().equals(descriptor)) {
                return type;
            }
        }
        return null;
    }
}
