package dev.roster.application.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Objects;

/**
 * Checks commands against their Jakarta Validation annotations. Building a validator is expensive, so one instance is
 * made at start-up and shared; it is thread-safe.
 */
public final class InputRules {

    private final Validator validator;

    public InputRules(Validator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** Rules checked by the Jakarta Validation provider on the class path (Hibernate Validator). */
    public static InputRules withDefaultProvider() {
        ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
        return new InputRules(factory.getValidator());
    }

    /** Every annotation problem of {@code command}, by field; more problems can be added before throwing. */
    public Problems check(Object command) {
        Problems problems = new Problems();
        for (ConstraintViolation<Object> violation : validator.validate(command)) {
            problems.add(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return problems;
    }
}
