package dev.roster.bootstrap.config;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.roster.adapters.browser.rules.Css;
import dev.roster.domain.platform.MetricName;
import dev.roster.domain.platform.PlatformCode;
import dev.roster.domain.platform.PlatformHost;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The text (when given) is one the core reads as a {@link Text}: the check is the core's own parser, so the file's
 * rules and the domain's cannot drift apart, and the message is the parser's own.
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = ParsesAs.Check.class)
@interface ParsesAs {

    String CODE_RULE = "must be 1-32 lower-case letters, digits, '_' or '-', starting with a letter";

    Text value();

    String message() default "is not valid";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The kinds of text the file holds, each with the core's parser and what to say when it refuses. */
    enum Text {
        PLATFORM_CODE(PlatformCode::of, refused -> CODE_RULE),
        HOST(PlatformHost::parse, RuntimeException::getMessage),
        METRIC(MetricName::of, RuntimeException::getMessage),
        DURATION(
                Duration::parse,
                refused -> "must be an ISO-8601 duration such as P1D or PT12H, not '"
                        + ((DateTimeParseException) refused).getParsedString() + "'"),
        CSS(
                css -> {
                    Css.check("css", css);
                    return css;
                },
                refused -> refused.getMessage().substring("css: ".length())),
        REGEX(
                Pattern::compile,
                refused -> "is not a regular expression: " + ((PatternSyntaxException) refused).getDescription());

        private final Function<String, ?> parser;
        private final Function<RuntimeException, String> complaint;

        Text(Function<String, ?> parser, Function<RuntimeException, String> complaint) {
            this.parser = parser;
            this.complaint = complaint;
        }

        /** Whether {@code text} reads as this kind. */
        boolean reads(String text) {
            return problem(text).isEmpty();
        }

        /** What is wrong with {@code text}, if anything. */
        Optional<String> problem(String text) {
            try {
                parser.apply(text);
                return Optional.empty();
            } catch (IllegalArgumentException | DateTimeParseException refused) {
                return Optional.of(complaint.apply(refused));
            }
        }
    }

    /** Runs the kind's parser; no text is left to {@code @NotNull} where it is required. */
    final class Check implements ConstraintValidator<ParsesAs, String> {

        private Text kind;

        @Override
        public void initialize(ParsesAs annotation) {
            kind = annotation.value();
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            Optional<String> problem = text == null ? Optional.empty() : kind.problem(text);
            problem.ifPresent(message -> PlatformsFileRules.report(context, message));
            return problem.isEmpty();
        }
    }
}
