package dev.roster.application.validation;

import dev.roster.domain.influencer.PersonName;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A person's name as typed: at most 100 characters, no control characters. Blank counts as absent. */
@Size(max = PersonName.MAX_LENGTH, message = "must be at most {max} characters")
@Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NameText {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
