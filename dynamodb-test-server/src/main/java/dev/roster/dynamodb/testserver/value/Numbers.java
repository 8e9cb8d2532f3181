package dev.roster.dynamodb.testserver.value;

import dev.roster.dynamodb.testserver.error.DynamoDbException;
import java.math.BigDecimal;

/**
 * DynamoDB's numbers: up to 38 significant digits, magnitudes from 1E-130 to 9.9999999999999999999999999999999999999E+125
 * (positive or negative) or zero, leading and trailing zeros trimmed.
 */
public final class Numbers {

    private static final BigDecimal MAX = new BigDecimal("9.9999999999999999999999999999999999999E+125");
    private static final BigDecimal MIN = new BigDecimal("1E-130");

    private Numbers() {}

    /** The number {@code text} stands for, normalised, or the {@code ValidationException} DynamoDB answers. */
    public static BigDecimal parse(String text) {
        BigDecimal number;
        try {
            number = new BigDecimal(text.strip());
        } catch (NumberFormatException notANumber) {
            throw DynamoDbException.validation("A value provided cannot be converted into a number");
        }
        return check(number);
    }

    /** {@code number} normalised, if DynamoDB can hold it. */
    public static BigDecimal check(BigDecimal number) {
        BigDecimal normal = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        if (normal.precision() > 38) {
            throw DynamoDbException.validation("Attempting to store more than 38 significant digits in a Number");
        }
        BigDecimal magnitude = normal.abs();
        if (magnitude.compareTo(MAX) > 0) {
            throw DynamoDbException.validation(
                    "Number overflow. Attempting to store a number with magnitude larger than supported range");
        }
        if (normal.signum() != 0 && magnitude.compareTo(MIN) < 0) {
            throw DynamoDbException.validation(
                    "Number underflow. Attempting to store a number with magnitude smaller than supported range");
        }
        return normal;
    }

    /** The text DynamoDB returns for a number: plain digits, no exponent, no trailing zeros. */
    public static String format(BigDecimal number) {
        return number.toPlainString();
    }

    /** Bytes a number takes in an item: one per two significant digits, plus one. */
    public static int size(BigDecimal number) {
        return (number.precision() + 1) / 2 + 1;
    }
}
