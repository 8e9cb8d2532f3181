package dev.roster.application.validation;

import dev.roster.domain.influencer.AccountDetails;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An email address: well formed, at most 254 characters. Empty counts as absent. */
@Email(message = "must be a well-formed email address")
@Size(max = AccountDetails.MAX_EMAIL_LENGTH, message = "must be at most {max} characters")
@Documented
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface EmailText {

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
