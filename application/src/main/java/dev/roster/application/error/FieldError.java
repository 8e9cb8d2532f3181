package dev.roster.application.error;

import java.util.Objects;

/** One problem with one input field: {@code field} names it as the caller sent it, {@code message} says what is wrong. */
public record FieldError(String field, String message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
