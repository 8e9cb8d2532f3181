package dev.roster.application.validation;

import dev.roster.domain.influencer.AccountDetails;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** An absolute http(s) URL with a host, at most 2,048 characters. Empty counts as absent. */
@Size(max = AccountDetails.MAX_PROFILE_URL_LENGTH, message = "must be at most {max} characters")
@Documented
@Constraint(validatedBy = WebUrlValidator.class)
@Target({ElementType.FIELD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface WebUrl {

    String message() default "must be an absolute http or https URL";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
