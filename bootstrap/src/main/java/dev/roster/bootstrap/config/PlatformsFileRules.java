package dev.roster.bootstrap.config;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import dev.roster.application.collection.PlatformCollection;
import dev.roster.bootstrap.config.ParsesAs.Text;
import dev.roster.bootstrap.config.PlatformsFileShape.CollectShape;
import dev.roster.bootstrap.config.PlatformsFileShape.PlatformShape;
import dev.roster.bootstrap.config.PlatformsFileShape.PostsShape;
import dev.roster.domain.platform.PlatformHosts;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The platforms file's rules across fields, as Jakarta Validation constraints on its records. Each tolerates fields
 * that are themselves wrong (those are told by their own constraints), so that every problem is told at once.
 */
final class PlatformsFileRules {

    private PlatformsFileRules() {}

    /** Reports {@code message} as it is (no template), at the place the validation is at, or below it at {@code field}. */
    static void report(ConstraintValidatorContext context, String message, String... field) {
        context.disableDefaultConstraintViolation();
        var violation = context.buildConstraintViolationWithTemplate(literal(message));
        if (field.length == 0) {
            violation.addConstraintViolation();
        } else {
            violation.addPropertyNode(String.join(".", field)).addConstraintViolation();
        }
    }

    /** {@code text} as a message template that says exactly it: no parameters, no expressions. */
    private static String literal(String text) {
        return text.replace("\\", "\\\\")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("$", "\\$");
    }

    /** No two platforms have one code. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = DistinctCodes.Check.class)
    @interface DistinctCodes {
        String message() default "is used by another platform too";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Names the second and later platforms with a code already used. */
        final class Check implements ConstraintValidator<DistinctCodes, PlatformsFileShape> {
            @Override
            public boolean isValid(PlatformsFileShape file, ConstraintValidatorContext context) {
                if (file.platforms() == null) {
                    return true;
                }
                Set<String> seen = new HashSet<>();
                boolean distinct = true;
                context.disableDefaultConstraintViolation();
                for (int i = 0; i < file.platforms().size(); i++) {
                    PlatformShape platform = file.platforms().get(i);
                    if (platform != null && platform.code() != null && !seen.add(platform.code())) {
                        distinct = false;
                        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                                .addPropertyNode("platforms")
                                .addPropertyNode("code")
                                .inIterable()
                                .atIndex(i)
                                .addConstraintViolation();
                    }
                }
                return distinct;
            }
        }
    }

    /** A profile URL template has {@code {handle}}, is an absolute http(s) URL, and is on one of the hosts. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = ProfileUrlOnHosts.Check.class)
    @interface ProfileUrlOnHosts {
        String message() default "is not on the platform's hosts";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Checks the template against hosts that are all well formed (the others are told on their own). */
        final class Check implements ConstraintValidator<ProfileUrlOnHosts, PlatformShape> {
            @Override
            public boolean isValid(PlatformShape platform, ConstraintValidatorContext context) {
                String template = platform.profileUrl();
                PlatformHosts hosts = platform.platformHosts();
                if (template == null || hosts == null) {
                    return true;
                }
                String problem = problem(template, hosts);
                if (problem != null) {
                    report(context, problem, "profileUrl");
                }
                return problem == null;
            }

            private static String problem(String template, PlatformHosts hosts) {
                if (!template.contains(PlatformCollection.HANDLE)) {
                    return "must contain " + PlatformCollection.HANDLE;
                }
                try {
                    URI uri = URI.create(template.replace(PlatformCollection.HANDLE, "handle"));
                    String scheme =
                            uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                        return "must be an absolute http(s) URL";
                    }
                    return hosts.accept(uri)
                            ? null
                            : "its host " + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                                    + " is not one of hosts [" + hosts + "]";
                } catch (IllegalArgumentException malformed) {
                    return "is not a URL: " + malformed.getMessage();
                }
            }
        }
    }

    /** A collected platform has a rule for each of its metrics, and none for metrics it does not have. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = RulesForEveryMetric.Check.class)
    @interface RulesForEveryMetric {
        String message() default "must give a rule for each metric";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Compares the rules' names with the metrics that are well formed. */
        final class Check implements ConstraintValidator<RulesForEveryMetric, PlatformShape> {
            @Override
            public boolean isValid(PlatformShape platform, ConstraintValidatorContext context) {
                CollectShape collect = platform.collect();
                if (collect == null || platform.metrics() == null) {
                    return true;
                }
                List<String> metrics = platform.metrics().stream()
                        .filter(metric -> metric != null && Text.METRIC.reads(metric))
                        .toList();
                if (collect.rules() == null) {
                    report(context, "must give a rule for each metric: " + metrics, "collect", "rules");
                    return false;
                }
                boolean valid = true;
                for (String name : collect.rules().keySet()) {
                    if (!metrics.contains(name)) {
                        valid = false;
                        report(context, "is not one of the platform's metrics " + metrics, "collect", "rules", name);
                    }
                }
                for (String metric : metrics) {
                    if (!collect.rules().containsKey(metric)) {
                        valid = false;
                        report(
                                context,
                                "is required: { css: \"...\", regex: \"...\" (optional) }",
                                "collect",
                                "rules",
                                metric);
                    }
                }
                return valid;
            }
        }
    }

    /** The collection settings are within the ranges {@link PlatformCollection} accepts (the ranges' one home). */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = CollectionSettings.Check.class)
    @interface CollectionSettings {
        String message() default "is not valid";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Builds the settings; the durations that do not parse are told on their own. */
        final class Check implements ConstraintValidator<CollectionSettings, CollectShape> {
            @Override
            public boolean isValid(CollectShape collect, ConstraintValidatorContext context) {
                if (collect.every() != null && !Text.DURATION.reads(collect.every())) {
                    return true;
                }
                try {
                    collect.settings(null);
                    return true;
                } catch (IllegalArgumentException refused) {
                    report(context, refused.getMessage());
                    return false;
                }
            }
        }
    }

    /** A post page's {@code private:} notice, checked here because its component cannot bear the keyword's name. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = PrivateNotice.Check.class)
    @interface PrivateNotice {
        String message() default "is not valid";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Tells a missing or unreadable selector at {@code private.css}, as the file names it. */
        final class Check implements ConstraintValidator<PrivateNotice, PostsShape> {
            @Override
            public boolean isValid(PostsShape posts, ConstraintValidatorContext context) {
                if (posts.privateNotice() == null) {
                    return true;
                }
                String css = posts.privateNotice().css();
                String problem = css == null || css.isBlank()
                        ? "is required: { css: \"...\" }"
                        : Text.CSS.problem(css).orElse(null);
                if (problem != null) {
                    report(context, problem, "private", "css");
                }
                return problem == null;
            }
        }
    }

    /** Posts are read by the platform's source: a {@code posts:} section needs a {@code collect:} one. */
    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = PostsNeedASource.Check.class)
    @interface PostsNeedASource {
        String message() default "needs a collect: section too: its source (http or browser) reads the posts";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        /** Reports at {@code posts}. */
        final class Check implements ConstraintValidator<PostsNeedASource, PlatformShape> {
            @Override
            public boolean isValid(PlatformShape platform, ConstraintValidatorContext context) {
                if (platform.posts() == null && platform.comments() == null || platform.collect() != null) {
                    return true;
                }
                report(
                        context,
                        "needs a collect: section too: its source (http or browser) reads the posts",
                        platform.posts() != null ? "posts" : "comments");
                return false;
            }
        }
    }
}
