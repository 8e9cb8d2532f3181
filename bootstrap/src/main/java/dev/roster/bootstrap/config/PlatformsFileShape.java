package dev.roster.bootstrap.config;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.roster.adapters.browser.rules.CommentRules;
import dev.roster.adapters.browser.rules.MetricRule;
import dev.roster.adapters.browser.rules.PageRules;
import dev.roster.adapters.browser.rules.PostRules;
import dev.roster.adapters.browser.rules.TextRule;
import dev.roster.application.collection.PlatformCollection;
import dev.roster.bootstrap.config.ParsesAs.Text;
import dev.roster.bootstrap.config.PlatformsFileRules.CollectionSettings;
import dev.roster.bootstrap.config.PlatformsFileRules.DistinctCodes;
import dev.roster.bootstrap.config.PlatformsFileRules.ProfileUrlOnHosts;
import dev.roster.bootstrap.config.PlatformsFileRules.RulesForEveryMetric;
import dev.roster.domain.platform.MetricName;
import dev.roster.domain.platform.Platform;
import dev.roster.domain.platform.PlatformCode;
import dev.roster.domain.platform.PlatformHost;
import dev.roster.domain.platform.PlatformHosts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The platforms file as it is written: records Jackson binds and Jakarta Validation checks. A new section (such as a
 * platform's {@code posts:}) is a new component with its annotations; unknown fields and wrong kinds of value are told
 * by {@link BindingProblems}, field rules by the annotations, rules across fields by {@link PlatformsFileRules}.
 */
@DistinctCodes
record PlatformsFileShape(
        @NotEmpty(message = "must be a list of at least one platform")
        List<@NotNull(message = "must be an object with code, name, hosts, metrics") @Valid PlatformShape> platforms) {

    /** One platform: what it is, where its pages are, what is measured, and (optionally) how it is collected. */
    @ProfileUrlOnHosts
    @RulesForEveryMetric
    @PlatformsFileRules.PostsNeedASource
    record PlatformShape(
            @NotNull(message = ParsesAs.CODE_RULE) @ParsesAs(Text.PLATFORM_CODE)
            String code,

            @NotBlank(message = "is required") String name,

            @NotEmpty(
                    message = "is required: the hosts its pages are on, such as [blog.example] (a name also covers"
                            + " its subdomains; add :port to allow only that port)")
            List<@NotNull(message = "must hold text only") @ParsesAs(Text.HOST) String> hosts,

            Boolean allowPrivateAddresses,
            String profileUrl,

            @NotEmpty(message = "must list at least one metric, such as [followers]")
            List<@NotNull(message = "must hold text only") @ParsesAs(Text.METRIC) String> metrics,

            @Valid CollectShape collect,
            @Valid PostsShape posts,
            @Valid CommentsShape comments) {

        Platform platform() {
            return new Platform(PlatformCode.of(code), name, metricNames(), platformHosts());
        }

        List<MetricName> metricNames() {
            return metrics.stream().map(MetricName::of).toList();
        }

        /** The hosts, or {@code null} while any of them is not a host. */
        PlatformHosts platformHosts() {
            if (hosts == null || hosts.isEmpty() || !hosts.stream().allMatch(Text.HOST::reads)) {
                return null;
            }
            return new PlatformHosts(
                    hosts.stream().map(PlatformHost::parse).toList(), Boolean.TRUE.equals(allowPrivateAddresses));
        }
    }

    /** How a platform is collected; left out, the platform is known but never collected. */
    @CollectionSettings
    record CollectShape(
            @NotNull(message = "is required (http or browser)")
            SourceDefinition.Kind source,

            @ParsesAs(Text.DURATION) String every,
            Integer ratePerMinute,
            Integer concurrency,
            PlatformCollection.Collector collector,
            @ParsesAs(Text.DURATION) String timeout,
            Map<
                            String,
                            @NotNull(message = "is required: \\{ css: \"...\", regex: \"...\" (optional) \\}") @Valid
                            RuleShape>
                    rules,
            @Valid SelectorShape privateWhen,
            @Valid SelectorShape missingWhen) {

        private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

        PlatformCollection settings(String profileUrl) {
            PlatformCollection defaults = PlatformCollection.defaults();
            return new PlatformCollection(
                    profileUrl,
                    every == null ? defaults.every() : Duration.parse(every),
                    Objects.requireNonNullElse(ratePerMinute, defaults.ratePerMinute()),
                    Objects.requireNonNullElse(concurrency, defaults.concurrency()),
                    Objects.requireNonNullElse(collector, defaults.collector()));
        }

        SourceDefinition definition(List<MetricName> metrics, PostsShape posts, CommentsShape comments) {
            List<MetricRule> metricRules = metrics.stream()
                    .map(metric -> rules.get(metric.value()).rule(metric))
                    .toList();
            return new SourceDefinition(
                    source,
                    new PageRules(metricRules, css(privateWhen), css(missingWhen)),
                    timeout == null ? DEFAULT_TIMEOUT : Duration.parse(timeout),
                    posts == null ? null : posts.rules(),
                    comments == null ? null : comments.rules());
        }

        private static String css(SelectorShape selector) {
            return selector == null ? null : selector.css();
        }
    }

    /** Where one metric is on the page, and (optionally) the pattern whose first group is its number. */
    record RuleShape(
            @NotBlank(message = "is required") String css,
            @ParsesAs(Text.REGEX) String regex) {

        MetricRule rule(MetricName metric) {
            return new MetricRule(metric, css, regex == null ? null : java.util.regex.Pattern.compile(regex));
        }
    }

    /** An element whose presence says something about the page (private, missing). */
    record SelectorShape(
            @NotBlank(message = "is required: \\{ css: \"...\" \\}") @ParsesAs(Text.CSS)
            String css) {}

    /**
     * How post pages are read ({@code posts:}): what says a post is deleted (statuses or a notice), private or behind a
     * login, and where its author is. {@code private} is a Java keyword, so that section is bound by name and checked
     * by {@link PlatformsFileRules.PrivateNotice}, which names it as the file does.
     */
    @PlatformsFileRules.PrivateNotice
    record PostsShape(
            @Valid MissingShape missing,
            @JsonProperty("private") SelectorShape privateNotice,
            @Valid SelectorShape restricted,
            @Valid TextRuleShape author) {

        PostRules rules() {
            return new PostRules(
                    missing == null || missing.status() == null ? null : Set.copyOf(missing.status()),
                    missing == null ? null : missing.css(),
                    privateNotice == null ? null : privateNotice.css(),
                    restricted == null ? null : restricted.css(),
                    author == null ? null : author.rule());
        }
    }

    /**
     * How comments are read ({@code comments:}): one element per comment ({@code item}), within it the commenter's
     * profile URL, the text and the time; the link to the next page; how many pages at most.
     */
    record CommentsShape(
            @NotBlank(message = "is required: the selector of one comment's element, such as \".comment\"")
            @ParsesAs(Text.CSS)
            String item,

            @NotNull(message = "is required: \\{ css: \"...\", attr: href \\}") @Valid
            TextRuleShape author,

            @NotNull(message = "is required: \\{ css: \"...\" \\}") @Valid
            TextRuleShape text,

            @Valid TextRuleShape time,
            @Valid TextRuleShape next,

            @Min(value = 1, message = "must be 1-1000") @Max(value = 1000, message = "must be 1-1000")
            Integer maxPages) {

        CommentRules rules() {
            return new CommentRules(
                    item,
                    author.rule(),
                    text.rule(),
                    time == null ? null : time.rule(),
                    next == null ? null : next.rule(),
                    Objects.requireNonNullElse(maxPages, CommentRules.DEFAULT_MAX_PAGES));
        }
    }

    /** What says a post is deleted: any of these statuses, or the notice. */
    record MissingShape(
            List<
                            @NotNull(message = "must hold HTTP statuses only")
                            @Min(value = 400, message = "must be an HTTP error " + "status (400-599)")
                            @Max(value = 599, message = "must be an HTTP error status (400-599)") Integer>
                    status,
            @ParsesAs(Text.CSS) String css) {}

    /** Where a piece of text or a link is: a CSS selector, optionally an attribute and a regex on the value. */
    record TextRuleShape(
            @NotBlank(message = "is required: \\{ css: \"...\", attr: \"href\" (optional) \\}") @ParsesAs(Text.CSS)
            String css,

            @Pattern(regexp = "[A-Za-z_:][-A-Za-z0-9_:.]*", message = "must be an attribute name, such as href")
            String attr,

            @ParsesAs(Text.REGEX) String regex) {

        TextRule rule() {
            return new TextRule(css, attr, regex == null ? null : java.util.regex.Pattern.compile(regex));
        }
    }
}
