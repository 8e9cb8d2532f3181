package dev.roster.domain.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/*
 * Uses platforms without metrics: MetricName cannot be initialised (see the report: its constants are declared
 * before the pattern they are checked against), and touching it would poison every later test in this JVM.
 */
class PlatformTest {

    private static Platform withHosts(String... hosts) {
        return new Platform(PlatformCode.of("blog"), "Blog", List.of(), PlatformHosts.of(hosts));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://blog.example/minji",
                "http://m.blog.example/x",
                "https://a.b.blog.example/",
                "HTTPS://BLOG.EXAMPLE/minji",
                "https://M.Blog.Example:8443/x",
                "https://shop.example/y",
                "https://blog.example./trailing-dot"
            })
    void acceptsConfiguredHostsAndTheirSubdomainsInAnyCaseOnAnyPort(String url) {
        assertThat(withHosts("blog.example", "shop.example").acceptsProfileUrl(URI.create(url)))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://evilblog.example/",
                "https://blog.example.evil.com/",
                "https://example/",
                "https://log.example/",
                "https://blog.exampl/",
                "https://blog-example/",
                "https://other.example/",
                "https://blog.examplex/",
                "ftp://blog.example/",
                "file://blog.example/etc/passwd",
                "https://user@blog.example/",
                "https://user:pass@blog.example/",
                "mailto:someone@blog.example",
                "/relative/path",
                "javascript://blog.example/%0aalert(1)"
            })
    void refusesLookAlikeHostsOtherSchemesAndUserInformation(String url) {
        assertThat(withHosts("blog.example").acceptsProfileUrl(URI.create(url))).isFalse();
    }

    @Test
    void refusesNoUrl() {
        assertThat(withHosts("blog.example").acceptsProfileUrl(null)).isFalse();
    }

    @Test
    void anEntryWithAPortTakesOnlyThatPort() {
        Platform platform = withHosts("127.0.0.1:8088");

        assertThat(platform.acceptsProfileUrl(URI.create("http://127.0.0.1:8088/p/minji")))
                .isTrue();
        assertThat(platform.acceptsProfileUrl(URI.create("http://127.0.0.1:8089/p/minji")))
                .isFalse();
        assertThat(platform.acceptsProfileUrl(URI.create("http://127.0.0.1/p/minji")))
                .as("port 80")
                .isFalse();
    }

    @Test
    void anEntryWithoutAPortTakesTheSchemesDefaultToo() {
        Platform platform = withHosts("blog.example:443");

        assertThat(platform.acceptsProfileUrl(URI.create("https://blog.example/minji")))
                .isTrue();
        assertThat(platform.acceptsProfileUrl(URI.create("http://blog.example/minji")))
                .isFalse();
    }

    @Test
    void anAddressMatchesOnlyItselfNotASubdomainOfIt() {
        Platform platform = withHosts("127.0.0.1", "[::1]:8088");

        assertThat(platform.acceptsProfileUrl(URI.create("http://127.0.0.1:9000/")))
                .isTrue();
        assertThat(platform.acceptsProfileUrl(URI.create("http://[::1]:8088/"))).isTrue();
        assertThat(platform.acceptsProfileUrl(URI.create("http://x.127.0.0.1/")))
                .isFalse();
        assertThat(platform.acceptsProfileUrl(URI.create("http://127.0.0.2/"))).isFalse();
        assertThat(platform.acceptsProfileUrl(URI.create("http://[::1]:8089/"))).isFalse();
        assertThat(platform.acceptsProfileUrl(URI.create("http://[::ffff:127.0.0.1]:8088/")))
                .as("another spelling")
                .isFalse();
    }

    @Test
    void hostsAreRequired() {
        PlatformCode code = PlatformCode.of("blog");

        assertThatNullPointerException().isThrownBy(() -> new Platform(code, "Blog", List.of(), null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Platform(code, "Blog", List.of(), new PlatformHosts(List.of(), false)))
                .withMessageContaining("at least one host");
    }

    @Test
    void hostsAndMetricsAreCopied() {
        List<PlatformHost> hosts = new ArrayList<>(List.of(PlatformHost.parse("blog.example")));
        Platform platform = new Platform(PlatformCode.of("blog"), "Blog", List.of(), new PlatformHosts(hosts, false));

        hosts.add(PlatformHost.parse("evil.example"));

        assertThat(platform.acceptsProfileUrl(URI.create("https://evil.example/")))
                .isFalse();
        assertThat(platform.hosts().entries()).containsExactly(PlatformHost.parse("blog.example"));
        assertThat(platform.metrics()).isEmpty();
    }

    @Test
    void nameMustBe1To100Characters() {
        PlatformCode code = PlatformCode.of("blog");
        PlatformHosts hosts = PlatformHosts.of("blog.example");

        assertThat(new Platform(code, "n".repeat(100), List.of(), hosts).name()).hasSize(100);
        assertThatIllegalArgumentException().isThrownBy(() -> new Platform(code, "n".repeat(101), List.of(), hosts));
        assertThatIllegalArgumentException().isThrownBy(() -> new Platform(code, "", List.of(), hosts));
        assertThatIllegalArgumentException().isThrownBy(() -> new Platform(code, "  ", List.of(), hosts));
        assertThatNullPointerException().isThrownBy(() -> new Platform(code, null, List.of(), hosts));
        assertThatNullPointerException().isThrownBy(() -> new Platform(null, "Blog", List.of(), hosts));
    }
}
