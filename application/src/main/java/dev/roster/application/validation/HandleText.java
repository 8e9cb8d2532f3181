package dev.roster.application.validation;

import dev.roster.domain.influencer.Handle;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A handle as typed: one word of at most 100 characters; a leading {@code @} is dropped. Empty counts as absent. */
@Size(max = Handle.MAX_LENGTH, message = "must be at most {max} characters")
@Pattern(
        regexp = "(?U)(@?[^\\s\\p{Z}\\p{Cntrl}@]+)?",
        message = "must be one word without spaces or control characters")
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface HandleText {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
