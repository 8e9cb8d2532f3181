package dev.roster.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.adapters.browser.rules.CommentRules;
import dev.roster.adapters.browser.rules.PostRules;
import dev.roster.adapters.browser.rules.TextRule;
import dev.roster.application.collection.PlatformCollection;
import dev.roster.domain.platform.MetricName;
import dev.roster.domain.platform.PlatformCode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformsFileTest {

    private static final String ISSUE_EXAMPLE = """
            platforms:
              - code: a
                name: Platform A
                hosts: [blog.example]
                profileUrl: "https://blog.example/{handle}"
                metrics: [followers, dailyVisitors]
                collect:
                  source: http
                  every: P1D
                  ratePerMinute: 60
                  concurrency: 2
                  rules:
                    followers: { css: ".followers" }
                    dailyVisitors: { css: "#stats", regex: "Today ([0-9.,]+[KkMm만천]?)" }
              - code: b
                name: Platform B
                hosts: [b.example, "intranet.example:8443"]
                allowPrivateAddresses: true
                metrics: [followers]
                collect:
                  source: browser
                  every: PT12H
                  ratePerMinute: 20
                  concurrency: 1
                  collector: office
                  privateWhen: { css: ".private" }
                  rules:
                    followers: { css: "[data-testid=followers]" }
              - code: c
                name: Not collected
                hosts: [c.example]
                metrics: [followers]
            """;

    @TempDir
    Path dir;

    @Test
    void readsTheShapeTheIssueGives() throws IOException {
        PlatformDefinitions read = PlatformsFile.read(write("platforms.yaml", ISSUE_EXAMPLE));

        assertThat(read.catalog().all())
                .extracting(platform -> platform.code().value())
                .containsExactly("a", "b", "c");
        assertThat(read.catalog().find("a").orElseThrow().metrics())
                .containsExactly(MetricName.FOLLOWERS, MetricName.DAILY_VISITORS);
        assertThat(read.catalog().find("a").orElseThrow().acceptsProfileUrl(URI.create("https://www.blog.example/x")))
                .isTrue();
        assertThat(read.catalog().find("a").orElseThrow().hosts().privateAddressesAllowed())
                .isFalse();
        assertThat(read.catalog().find("b").orElseThrow().hosts().privateAddressesAllowed())
                .isTrue();
        assertThat(read.catalog()
                        .find("b")
                        .orElseThrow()
                        .acceptsProfileUrl(URI.create("https://intranet.example:8443/x")))
                .isTrue();
        assertThat(read.catalog().find("b").orElseThrow().acceptsProfileUrl(URI.create("https://intranet.example/x")))
                .as("only the port named")
                .isFalse();
        PlatformCollection a = read.collection().get(PlatformCode.of("a"));
        assertThat(a.profileUrlTemplate()).isEqualTo("https://blog.example/{handle}");
        assertThat(a.collector()).isEqualTo(PlatformCollection.Collector.SERVER);
        PlatformCollection b = read.collection().get(PlatformCode.of("b"));
        assertThat(b.every()).isEqualTo(Duration.ofHours(12));
        assertThat(b.collector()).isEqualTo(PlatformCollection.Collector.OFFICE);
        assertThat(read.sources().get(PlatformCode.of("b")).kind()).isEqualTo(SourceDefinition.Kind.BROWSER);
        assertThat(read.sources().get(PlatformCode.of("b")).rules().privateWhen())
                .isEqualTo(".private");
        assertThat(read.sources()
                        .get(PlatformCode.of("a"))
                        .rules()
                        .metrics()
                        .get(1)
                        .regex()
                        .pattern())
                .isEqualTo("Today ([0-9.,]+[KkMm만천]?)");
        assertThat(read.collection()).doesNotContainKey(PlatformCode.of("c"));
    }

    @Test
    void readsJsonToo() throws IOException {
        PlatformDefinitions read = PlatformsFile.read(write("platforms.json", """
                {"platforms": [{"code": "blog", "name": "Blog", "hosts": ["blog.example"], "metrics": ["followers"],
                  "collect": {"source": "http", "rules": {"followers": {"css": ".f"}}}}]}"""));

        assertThat(read.collection().get(PlatformCode.of("blog")))
                .isEqualTo(
                        new PlatformCollection(null, Duration.ofDays(1), 60, 2, PlatformCollection.Collector.SERVER));
    }

    @Test
    void listsEveryProblemNamingThePlatformAndTheField() throws IOException {
        Path bad = write("bad.yaml", """
                platforms:
                  - code: a
                    name: Platform A
                    hosts: [blog.example]
                    profileUrl: "https://elsewhere.example/{handle}"
                    metrics: [followers, dailyVisitors]
                    collect:
                      source: carrier-pigeon
                      every: daily
                      ratePerMinute: -5
                      rulez: {}
                      rules:
                        followers: { css: ".f", regex: "([0-9" }
                        likes: { css: ".l" }
                  - code: a
                    name: ""
                    metrics: []
                  - code: d
                    name: D
                    hosts: ["*.wild.example", "blog.example:http", "[::1"]
                    allowPrivateAddresses: "yes"
                    metrics: [followers]
                  - code: e
                    name: E
                    metrics: [followers]
                """);

        assertThatThrownBy(() -> PlatformsFile.read(bad))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("ROSTER_PLATFORMS_FILE")
                .hasMessageContaining("platform a: profileUrl: its host elsewhere.example is not one of hosts")
                .hasMessageContaining("platform a: collect.source: must be http or browser, not 'carrier-pigeon'")
                .hasMessageContaining("platform a: collect.every: must be an ISO-8601 duration")
                .hasMessageContaining("platform a: collect.rulez: is not a known field")
                .hasMessageContaining("platform a: collect.rules.followers.regex: is not a regular expression")
                .hasMessageContaining("platform a: collect.rules.likes: is not one of the platform's metrics")
                .hasMessageContaining("platform a: collect.rules.dailyVisitors: is required")
                .hasMessageContaining("platform a: code: is used by another platform too")
                .hasMessageContaining("platform a: name: is required")
                .hasMessageContaining("platform a: metrics: must list at least one metric")
                .hasMessageContaining("platform a: hosts: is required")
                .hasMessageContaining("platform d: hosts: not a host name or IP address: '*.wild.example'")
                .hasMessageContaining("platform d: hosts: 'blog.example:http' has no port after its ':'")
                .hasMessageContaining("platform d: hosts: '[::1' is not [IPv6 address]")
                .hasMessageContaining("platform d: allowPrivateAddresses: must be true or false")
                .hasMessageContaining("platform e: hosts: is required")
                .hasMessageContaining("(at platforms[3].hosts)")
                .hasMessageContaining("(at platforms[2].hosts[0])")
                .hasMessageContaining("(at platforms[0].collect.rules.followers.regex)")
                .hasMessageContaining("(at platforms[1].code)")
                .hasMessageNotContaining("collect.source: is required")
                .hasMessageNotContaining("Exception");
    }

    @Test
    void valuesOfTheWrongKindAreToldWithTheirPathAndTheRestIsStillChecked() throws IOException {
        Path bad = write("kinds.yaml", """
                colour: blue
                platforms:
                  - just a name
                  - code: b
                    name: B
                    hosts: b.example
                    metrics: [followers]
                    collect: { source: http, ratePerMinute: fast, rules: [followers] }
                  - code: C
                    name: { first: C }
                    hosts: [c.example]
                    metrics: [followers, "not a metric"]
                """);

        assertThatThrownBy(() -> PlatformsFile.read(bad))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("colour: is not a known field")
                .hasMessageContaining("platform #1: must be an object, not just a name (at platforms[0])")
                .hasMessageContaining("platform b: hosts: must be a list, not b.example (at platforms[1].hosts)")
                .hasMessageContaining("platform b: collect.ratePerMinute: must be a whole number, not 'fast' "
                        + "(at platforms[1].collect.ratePerMinute)")
                .hasMessageContaining("platform b: collect.rules: must be an object (at platforms[1].collect.rules)")
                .hasMessageContaining("platform C: code: must be 1-32 lower-case letters")
                .hasMessageContaining("platform C: name: must be text (at platforms[2].name)")
                .hasMessageContaining("platform C: metrics: ")
                .hasMessageContaining("(at platforms[2].metrics[1])");
        Path fraction = write("fraction.yaml", """
                platforms:
                  - code: a
                    name: A
                    hosts: [a.example]
                    metrics: [followers]
                    collect: { source: http, concurrency: 1.5, rules: { followers: { css: ".f" } } }
                """);
        assertThatThrownBy(() -> PlatformsFile.read(fraction))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("platform a: collect.concurrency: must be a whole number, not 1.5 "
                        + "(at platforms[0].collect.concurrency)")
                .hasMessageNotContaining("Integer");
    }

    @Test
    void refusesOutOfRangeCollectionSettingsNamingThem() throws IOException {
        Path bad = write("rate.yaml", """
                platforms:
                  - code: a
                    name: A
                    hosts: [a.example]
                    metrics: [followers]
                    collect: { source: http, ratePerMinute: -5, rules: { followers: { css: ".f" } } }
                """);

        assertThatThrownBy(() -> PlatformsFile.read(bad))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("platform a: collect: ratePerMinute must be 0 (no limit) to 60000: -5");
    }

    @Test
    void aTemplateMustBeOnTheHostsAndPortItsPlatformNames() throws IOException {
        Path bad = write("port.yaml", """
                platforms:
                  - code: a
                    name: A
                    hosts: ["127.0.0.1:8088"]
                    profileUrl: "http://127.0.0.1:9999/p/{handle}"
                    metrics: [followers]
                """);

        assertThatThrownBy(() -> PlatformsFile.read(bad))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(
                        "platform a: profileUrl: its host 127.0.0.1:9999 is not one of hosts " + "[127.0.0.1:8088]");
    }

    @Test
    void saysWhenTheFileIsMissingOrNotYaml() throws IOException {
        PlatformOptions options = new PlatformOptions();
        options.platformsFile = dir.resolve("nowhere.yaml");

        assertThatThrownBy(options::load)
                .hasMessageContaining("ROSTER_PLATFORMS_FILE")
                .hasMessageContaining("no such");
        assertThatThrownBy(() -> PlatformsFile.read(write("x.yaml", "platforms: [unclosed")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("cannot read");
        assertThatThrownBy(() -> PlatformsFile.read(write("y.yaml", "other: 1")))
                .hasMessageContaining("platforms: must be a list of at least one platform");
    }

    @Test
    void withoutAFileTheBuiltInPlatformsAreUsedAndNothingIsCollected() {
        PlatformDefinitions defaults = new PlatformOptions().load();

        assertThat(defaults.catalog().all()).hasSize(2);
        assertThat(defaults.collection()).isEmpty();
    }

    @Test
    void readsThePostsSectionTheReportsIssueGives() throws IOException {
        PlatformDefinitions read = PlatformsFile.read(write("posts.yaml", """
                platforms:
                  - code: a
                    name: Platform A
                    hosts: [blog.example]
                    metrics: [followers]
                    collect:
                      source: http
                      rules:
                        followers: { css: ".followers" }
                    posts:
                      missing:    { status: [404, 410], css: ".deleted-notice" }
                      private:    { css: ".private-notice" }
                      restricted: { css: ".login-wall" }
                      author:     { css: ".post-author a", attr: href }
                    comments:
                      item:   ".comment"
                      author: { css: ".comment-author", attr: href }
                      text:   { css: ".comment-text" }
                      time:   { css: "time", attr: datetime }
                      next:   { css: "a.next-comments", attr: href }
                      maxPages: 20
                """));

        PostRules posts = read.sources().get(PlatformCode.of("a")).posts();
        assertThat(posts)
                .isEqualTo(new PostRules(
                        Set.of(404, 410),
                        ".deleted-notice",
                        ".private-notice",
                        ".login-wall",
                        new TextRule(".post-author a", "href", null)));
        assertThat(read.sources().get(PlatformCode.of("a")).comments())
                .isEqualTo(new CommentRules(
                        ".comment",
                        new TextRule(".comment-author", "href", null),
                        TextRule.text(".comment-text"),
                        new TextRule("time", "datetime", null),
                        new TextRule("a.next-comments", "href", null),
                        20));
    }

    @Test
    void aBadPostsSectionStopsStartUpNamingEachField() throws IOException {
        Path bad = write("bad-posts.yaml", """
                platforms:
                  - code: a
                    name: Platform A
                    hosts: [blog.example]
                    metrics: [followers]
                    collect:
                      source: http
                      rules:
                        followers: { css: ".followers" }
                    posts:
                      missing:    { status: [200, "x"], css: "div[[" }
                      private:    { }
                      restricted: { css: ".login-wall", colour: red }
                      author:     { attr: "href=" }
                    comments:
                      item: ""
                      text: { css: ".t", regex: "(" }
                      maxPages: 0
                  - code: b
                    name: Platform B
                    hosts: [b.example]
                    metrics: [followers]
                    posts:
                      private: { css: "p[[" }
                """);

        assertThatThrownBy(() -> PlatformsFile.read(bad))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("platform a: posts.missing.status: must be an HTTP error status (400-599)")
                .hasMessageContaining("platform a: posts.missing.status: must be a whole number")
                .hasMessageContaining("platform a: posts.missing.css: not a CSS selector: div[[")
                .hasMessageContaining("platform a: posts.private.css: is required")
                .hasMessageContaining("platform a: posts.restricted.colour: is not a known field")
                .hasMessageContaining("platform a: posts.author.css: is required")
                .hasMessageContaining("platform a: posts.author.attr: must be an attribute name")
                .hasMessageContaining("platform b: posts.private.css: not a CSS selector: p[[")
                .hasMessageContaining("platform b: posts: needs a collect: section too")
                .hasMessageContaining("(at platforms[0].posts.private.css)")
                .hasMessageContaining("platform a: comments.item: is required")
                .hasMessageContaining("platform a: comments.author: is required")
                .hasMessageContaining("platform a: comments.text.regex: is not a regular expression")
                .hasMessageContaining("platform a: comments.maxPages: must be 1-1000");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }
}
