package dev.roster.application.validation;

import dev.roster.domain.influencer.AccountDetails;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Free-text notes: at most 2,000 characters; line breaks and tabs, but no other control characters (NUL above all). */
@Size(max = AccountDetails.MAX_NOTES_LENGTH, message = "must be at most {max} characters")
@Pattern(
        regexp = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*",
        message = "must not contain control characters other than line breaks and tabs")
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface NotesText {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
