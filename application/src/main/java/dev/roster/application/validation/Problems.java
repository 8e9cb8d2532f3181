package dev.roster.application.validation;

import dev.roster.application.error.FieldError;
import dev.roster.application.error.InvalidInputException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The field problems found so far in one input. Checks keep going after a problem, so the caller hears about every
 * field at once, then {@link #throwIfAny()} refuses the input.
 */
public final class Problems {

    private final List<FieldError> errors = new ArrayList<>();

    public void add(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /**
     * Builds a domain value from a field, turning the domain's refusal ({@link IllegalArgumentException}) into a
     * problem with that field. Returns {@code null} when the field already has a problem or is refused now.
     */
    public <T> T value(String field, Supplier<T> factory) {
        if (has(field)) {
            return null;
        }
        try {
            return factory.get();
        } catch (IllegalArgumentException refused) {
            add(field, refused.getMessage());
            return null;
        }
    }

    /** Refuses the input with every problem found, ordered by field and message; does nothing when there is none. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            List<FieldError> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
            throw new InvalidInputException(sorted);
        }
    }
}
