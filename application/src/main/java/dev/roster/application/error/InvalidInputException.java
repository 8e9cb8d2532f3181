package dev.roster.application.error;

import java.util.List;
import java.util.stream.Collectors;

/** The input broke the rules; lists every field problem at once so the caller can fix them in one go. */
public final class InvalidInputException extends RosterException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(describe(errors), null, true);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("invalid input needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream()
                .map(error -> error.field() + " " + error.message())
                .collect(Collectors.joining("; "));
    }
}
